/** Calendar arithmetic on ISO truncated dates (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, --MM). */

/** The parts of an ISO truncated date; a missing part is null. */
export interface DateParts {
  /** Year, or null. */
  year: number | null;
  /** Month 1–12, or null. */
  month: number | null;
  /** Day 1–31, or null. */
  day: number | null;
}

const NONE: DateParts = { year: null, month: null, day: null };

/** Splits an ISO truncated date into its parts (all null for null or an unreadable string). */
export function dateParts(iso: string | null): DateParts {
  const m = iso?.match(/^(?:(\d{4})|-)(?:-(\d{2})(?:-(\d{2}))?)?$/u);
  if (!m) return NONE;
  const num = (s: string | undefined) => (s === undefined ? null : Number(s));
  return { year: num(m[1]), month: num(m[2]), day: num(m[3]) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes parts as an ISO truncated date: 2023-11-13, 2023-11, 2023, --02-27, --02; null when nothing is known. */
export function isoDate({ year, month, day }: DateParts): string | null {
  if (year === null)
    return month === null ? null : `--${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
  if (month === null) return String(year);
  return `${year}-${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
}

/** True when the parts name a real calendar day, month or year. */
export function isValid({ year, month, day }: DateParts): boolean {
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day === null) return true;
  const last = new Date(Date.UTC(year ?? 2000, month ?? 1, 0)).getUTCDate(); // leap year when unknown
  return day >= 1 && day <= last;
}

/** Adds days to a full date (year, month and day known). */
export function addDays(parts: DateParts, days: number): DateParts {
  const d = new Date(Date.UTC(parts.year ?? 2000, (parts.month ?? 1) - 1, (parts.day ?? 1) + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Adds months to a year and month. */
export function addMonths(parts: DateParts, months: number): DateParts {
  const index = (parts.year ?? 2000) * 12 + (parts.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: null };
}

/** Day of the week of a full date, Monday 0 … Sunday 6. */
export function weekday(parts: DateParts): number {
  const d = new Date(Date.UTC(parts.year ?? 2000, (parts.month ?? 1) - 1, parts.day ?? 1));
  return (d.getUTCDay() + 6) % 7;
}

/**
 * Compares two ISO dates of any precision (2023-11-04, 2023-11, --11-04) at the precision they share:
 * negative when `a` is earlier, 0 when the shared part is the same (2023-11 and 2023-11-04), positive
 * when later. A date without year is compared with one with a year by month and day.
 */
export function compareIsoDates(a: string, b: string): number {
  const [x, y] =
    a.startsWith('--') === b.startsWith('--')
      ? [a, b]
      : [a.replace(/^(?:\d{4}|-)-/u, '--'), b.replace(/^(?:\d{4}|-)-/u, '--')];
  const n = Math.min(x.length, y.length);
  const [p, q] = [x.slice(0, n), y.slice(0, n)];
  return p < q ? -1 : p > q ? 1 : 0;
}

/** The month of an ISO date of any precision as a count of months (year unknown: year 0), or null. */
export function monthIndex(iso: string): number | null {
  const m = /^(?:(\d{4})|-)-(\d{2})/u.exec(iso);
  return m ? Number(m[1] ?? 0) * 12 + Number(m[2]) - 1 : null;
}
