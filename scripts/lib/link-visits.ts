/** Gives visits their ids and links the reports of one trip across articles (alsoReportedIn). */
import type { DateSpan, Place, Visit } from '../../src/schemas';
import type { VisitDraft } from '../extract/visits/find-visits';

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

/** True when two drafts report the same trip: same origin, shared destination, compatible dates. */
export function sameTrip(a: VisitDraft, b: VisitDraft): boolean {
  if (a.article === b.article || a.origin.name !== b.origin.name) return false;
  if (!a.destinations.some((d) => b.destinations.some((e) => e.name === d.name))) return false;
  const [ya, yb] = [yearOf(a.date), yearOf(b.date)];
  if (ya !== null && yb !== null && ya !== yb) return false;
  const [ma, mb] = [monthOf(a.date), monthOf(b.date)];
  return ma === null || mb === null || ma === mb;
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
