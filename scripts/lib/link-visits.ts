/**
 * Groups the reports of one trip across articles (the delegation's and the host's, or a passing
 * mention), gives visits and trips their ids, and links the reports (alsoReportedIn).
 */
import type { DateSpan, Place, Trip, Visit } from '../../src/schemas';
import type { VisitDraft } from '../extract/frames/find-visits';
import { mergeTrip } from './merge-trip';
import { sharesPlace } from './shares-place';

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

/** The publication date of an article (ISO truncated), or null when unknown. */
export type PublishedOf = (article: string) => string | null;

/**
 * Ranks the drafts for choosing a trip's main report: reports of the trip before passing
 * mentions, then the earliest published (unknown dates last), then article id and text order.
 * A report added later (published later) never takes the main place, so the trip keeps its id.
 */
function rankDrafts(drafts: readonly VisitDraft[], published: PublishedOf): number[] {
  const key = (d: VisitDraft) => published(d.article) ?? '\uffff';
  return [...drafts.keys()].sort((i, j) => {
    const [a, b] = [drafts[i] as VisitDraft, drafts[j] as VisitDraft];
    return (
      Number(a.mentionedOnly) - Number(b.mentionedOnly) ||
      key(a).localeCompare(key(b)) ||
      (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
      i - j
    );
  });
}

/**
 * Groups drafts (by index) into trips, in rank order: a draft joins the first trip that holds a
 * report of the same trip and none from its own article; otherwise it starts a trip.
 */
export function groupTrips(drafts: readonly VisitDraft[], published: PublishedOf): number[][] {
  const trips: number[][] = [];
  const byOrigin = new Map<string, number[][]>();
  for (const i of rankDrafts(drafts, published)) {
    const d = drafts[i] as VisitDraft;
    const candidates = byOrigin.get(d.origin.name) ?? [];
    const trip = candidates.find(
      (t) =>
        t.some((j) => sameTrip(d, drafts[j] as VisitDraft)) &&
        !t.some((j) => drafts[j]?.article === d.article),
    );
    if (trip) trip.push(i);
    else {
      const created = [i];
      trips.push(created);
      byOrigin.set(d.origin.name, [...candidates, created]);
    }
  }
  return trips;
}

/** Hands out unique ids: the first to ask for a slug gets it, the next ones a counter. */
function idAllocator(): (base: string) => string {
  const used = new Map<string, number>();
  return (base) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** The visits (one per draft, in draft order) and the trips (one per group, by main report). */
export interface LinkedReports {
  visits: Visit[];
  trips: Trip[];
}

/**
 * Groups the drafts into trips and gives ids: each trip's main report first (the trip's id is
 * its main visit's), then the other reports their own (their pages redirect to the trip's).
 */
export function linkTrips(
  drafts: readonly VisitDraft[],
  slug: PlaceSlugger,
  published: PublishedOf = () => null,
): LinkedReports {
  const groups = groupTrips(drafts, published);
  const allocate = idAllocator();
  const ids: string[] = [];
  for (const [main] of groups)
    if (main !== undefined) ids[main] = allocate(visitSlug(drafts[main] as VisitDraft, slug));
  for (const group of groups)
    for (const i of group.slice(1)) ids[i] = allocate(visitSlug(drafts[i] as VisitDraft, slug));
  const groupOf = new Map(groups.flatMap((g) => g.map((i) => [i, g] as const)));
  const visits = drafts.map((d, i): Visit => {
    const id = ids[i] ?? '';
    const others = (groupOf.get(i) ?? []).flatMap((j) => drafts[j]?.article ?? []);
    return {
      id,
      article: d.article,
      alsoReportedIn: [...new Set(others)].filter((a) => a !== d.article).sort(),
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
  const trips = [...groups]
    .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
    .map((g) => mergeTrip(g.map((i) => visits[i] as Visit) as [Visit, ...Visit[]]));
  return { visits, trips };
}

/** Gives every draft its visit, with ids and cross-article links (linkTrips without the trips). */
export function linkVisits(
  drafts: readonly VisitDraft[],
  slug: PlaceSlugger,
  published?: PublishedOf,
): Visit[] {
  return linkTrips(drafts, slug, published).visits;
}
