import type { DateSpan } from '../schemas/date-span';
import type { Visit } from '../schemas/visit';

/** Visits need only their id and date to be ordered. */
type Dated = Pick<Visit, 'id' | 'date'>;

/**
 * Return a sort key for a date span's start: `2023-11-13`, with missing month or day as `00`
 * so that `2023` sorts before `2023-03`; `--02-27` becomes `02-27`; null when there is no start.
 */
export function dateSortKey(span: DateSpan): string | null {
  const start = span.start;
  if (start === null) return null;
  if (start.startsWith('--')) return `${start.slice(2)}-00`.slice(0, 5);
  const [y, m = '00', d = '00'] = start.split('-');
  return `${y}-${m}-${d}`;
}

/** 0: dated; 1: the year is unknown (`--MM-DD`); 2: no date at all. */
function dateRank(v: Dated): number {
  if (v.date.start === null) return 2;
  return v.date.start.startsWith('--') ? 1 : 0;
}

/** Compare two visits by date key, then by id, oldest first. */
function compareKeys(a: Dated, b: Dated): number {
  const ka = dateSortKey(a.date) ?? '';
  const kb = dateSortKey(b.date) ?? '';
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Return the visits sorted by date, `newest` first or `oldest` first. Either way, visits
 * whose year is unknown come after the dated ones (in calendar order) and undated visits last.
 */
export function sortVisitsByDate<T extends Dated>(
  visits: readonly T[],
  order: 'newest' | 'oldest',
): T[] {
  return [...visits].sort((a, b) => {
    const byRank = dateRank(a) - dateRank(b);
    if (byRank !== 0) return byRank;
    // Within the unknown-year group the calendar order is kept: there is no "newest".
    const sign = order === 'newest' && dateRank(a) === 0 ? -1 : 1;
    return sign * compareKeys(a, b);
  });
}
