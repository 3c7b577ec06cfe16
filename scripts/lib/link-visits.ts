/** Gives visits their ids and links the reports of one trip across articles (alsoReportedIn). */
import type { DateSpan, Place, Visit } from '../../src/schemas';
import type { VisitDraft } from '../extract/frames/find-visits';

/** Turns a place into its ASCII slug. */
export type PlaceSlugger = (place: Place) => string;

/** The year part of a span's start, or null when unknown. */
export function yearOf(span: DateSpan): string | null {
  return span.start !== null && /^\d{4}/.test(span.start) ? span.start.slice(0, 4) : null;
}

/** Month part (MM) of a span's start, with or without a year. */
function monthOf(span: DateSpan): string | null {
  const m = /^(?:\d{4}|-)-(\d{2})/.exec(span.start ?? '');
  return m?.[1] ?? null;
}

/** The days a dated span covers, as [first, last] ISO days, or null without a year. */
function daysOf(span: DateSpan): [string, string] | null {
  const widen = (iso: string, last: boolean): string =>
    iso.length === 4
      ? `${iso}-${last ? '12-31' : '01-01'}`
      : iso.length === 7
        ? `${iso}-${last ? '31' : '01'}`
        : iso;
  if (yearOf(span) === null || span.start === null) return null;
  const end = span.end !== null && /^\d{4}/.test(span.end) ? span.end : span.start;
  return [widen(span.start, false), widen(end, true)];
}

/** True when one destination is the other or lies within it (深圳市 and its 南山区). */
function sharesPlace(a: Place, b: Place): boolean {
  const within = (x: Place, y: Place) =>
    y.level !== 'foreign' &&
    x.level !== 'foreign' &&
    (x.parent === y.name || x.province === y.name);
  return a.name === b.name || within(a, b) || within(b, a);
}

/**
 * True when two drafts report the same trip: same origin, a shared destination (or one within the
 * other: the host district's own report), dates of one month or overlapping (2月28日至3月1日 and 3月1日).
 */
export function sameTrip(a: VisitDraft, b: VisitDraft): boolean {
  if (a.article === b.article || a.origin.name !== b.origin.name) return false;
  if (!a.destinations.some((d) => b.destinations.some((e) => sharesPlace(d, e)))) return false;
  const [ya, yb] = [yearOf(a.date), yearOf(b.date)];
  if (ya !== null && yb !== null && ya !== yb) return false;
  const [ma, mb] = [monthOf(a.date), monthOf(b.date)];
  if (ma === null || mb === null || ma === mb) return true;
  const [da, db] = [daysOf(a.date), daysOf(b.date)];
  return da !== null && db !== null && da[0] <= db[1] && db[0] <= da[1];
}

/** A slug for a visit: origin, year (or undated), up to three destinations. */
export function visitSlug(draft: VisitDraft, slug: PlaceSlugger): string {
  const parts = [
    slug(draft.origin),
    yearOf(draft.date) ?? 'undated',
    ...draft.destinations.slice(0, 3).map(slug),
  ];
  return parts.join('-').replace(/-+/g, '-');
}

/** Assigns unique ids (deterministic: drafts sorted by article then text order) and cross-links. */
export function linkVisits(drafts: readonly VisitDraft[], slug: PlaceSlugger): Visit[] {
  const used = new Map<string, number>();
  const ids = drafts.map((d) => {
    const base = visitSlug(d, slug);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
  return drafts.map((d, i) => {
    const others = drafts.filter((e) => sameTrip(d, e)).map((e) => e.article);
    const id = ids[i] ?? '';
    return {
      id,
      article: d.article,
      alsoReportedIn: [...new Set(others)].sort(),
      delegation: d.delegation,
      origin: d.origin,
      leaders: d.leaders,
      members: d.members,
      destinations: d.destinations,
      stops: d.stops,
      date: d.date,
      hosts: d.hosts,
      sites: d.sites,
      sectors: d.sectors,
      mentionedOnly: d.mentionedOnly,
      evidence: d.evidence,
      url: `/visits/${id}/`,
    };
  });
}
