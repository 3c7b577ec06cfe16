import type { Visit } from '../schemas/visit';
import { sortVisitsByDate } from './sort-visits';

/** One group of the timeline: a year, or the visits whose year is not known. */
export interface TimelineGroup<T> {
  /** Anchor id of the group, e.g. `y2023` or `year-unknown`. */
  id: string;
  /** Heading: 2023年 or 年份不详. */
  label: string;
  /** The year, or null for the group of unknown years. */
  year: number | null;
  /** Its visits, oldest first; in the unknown group `--MM-DD` dates in calendar order, undated last. */
  visits: T[];
}

/**
 * Group visits by year, oldest year first, with every visit whose year is unknown
 * (`--02-27`, or no date at all) in a last group of its own: none is dropped.
 */
export function groupVisitsByYear<T extends Pick<Visit, 'id' | 'date'>>(
  visits: readonly T[],
): TimelineGroup<T>[] {
  const groups: TimelineGroup<T>[] = [];
  const unknown: T[] = [];
  for (const visit of sortVisitsByDate(visits, 'oldest')) {
    const start = visit.date.start;
    if (start === null || start.startsWith('--')) {
      unknown.push(visit);
      continue;
    }
    const year = Number(start.slice(0, 4));
    const last = groups.at(-1);
    if (last?.year === year) last.visits.push(visit);
    else groups.push({ id: `y${year}`, label: `${year}年`, year, visits: [visit] });
  }
  if (unknown.length > 0) {
    groups.push({ id: 'year-unknown', label: '年份不详', year: null, visits: unknown });
  }
  return groups;
}
