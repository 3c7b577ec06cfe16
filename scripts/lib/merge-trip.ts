/** Merges the visits that several reports give of one trip into the trip's record. */
import type { DateSpan, Person, Place, Trip, Visit } from '../../src/schemas';
import { sharesPlace } from './shares-place';

const PRECISION: Record<DateSpan['precision'], number> = { day: 3, month: 2, year: 1, unknown: 0 };

/** Keeps the first of each key, in order. */
function uniqueBy<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(key(x)) && seen.add(key(x)) !== undefined);
}

/** The most precise date of the reports (a stated year over an inferred one); the first on a tie. */
export function preciseDate(dates: readonly DateSpan[]): DateSpan | undefined {
  const score = (d: DateSpan) => PRECISION[d.precision] * 2 + (d.inferred ? 0 : 1);
  return dates.reduce<DateSpan | undefined>(
    (best, d) => (best === undefined || score(d) > score(best) ? d : best),
    undefined,
  );
}

/** The main report's destinations, then each other report's that none of them is or contains. */
export function mergeDestinations(lists: readonly (readonly Place[])[]): Place[] {
  const merged: Place[] = [];
  for (const list of lists)
    for (const place of list)
      if (!merged.some((known) => sharesPlace(known, place))) merged.push(place);
  return merged;
}

/** People of one role over the reports, once each by name, leaving out names in `taken`. */
function mergePeople(lists: readonly (readonly Person[])[], taken: ReadonlySet<string>): Person[] {
  return uniqueBy(lists.flat(), (p) => p.name).filter((p) => !taken.has(p.name));
}

/**
 * Merges the reports of one trip, the main report first: its id, article, delegation, origin,
 * route and passages; destinations, people, sites and sectors of every report (each once);
 * the most precise date; mentioned only in passing when every report only mentions it.
 */
export function mergeTrip(reports: readonly [Visit, ...Visit[]]): Trip {
  const [main] = reports;
  const leaders = mergePeople(
    reports.map((r) => r.leaders),
    new Set(),
  );
  const hosts = mergePeople(
    reports.map((r) => r.hosts),
    new Set(leaders.map((p) => p.name)),
  );
  const members = mergePeople(
    reports.map((r) => r.members),
    new Set([...leaders, ...hosts].map((p) => p.name)),
  );
  return {
    ...main,
    alsoReportedIn: [...new Set(reports.slice(1).map((r) => r.article))].sort(),
    leaders,
    members,
    destinations: mergeDestinations(reports.map((r) => r.destinations)),
    date: preciseDate(reports.map((r) => r.date)) ?? main.date,
    hosts,
    sites: [...new Set(reports.flatMap((r) => r.sites))],
    sectors: [...new Set(reports.flatMap((r) => r.sectors))],
    mentionedOnly: reports.every((r) => r.mentionedOnly),
    reports: [...reports],
  };
}
