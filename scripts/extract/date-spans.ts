/** Resolves the parts of a written date (the pattern's named groups) into a span. */
import type { DateSpan } from '../../src/schemas';
import { addMonths, type DateParts, isoDate, isValid } from './date-calendar';

/** What a written date is resolved against. */
export interface DateContext {
  /** Publication date's parts. */
  pub: DateParts;
  /** An earlier full date of the article, for 25日 or 3月5日 without a year. */
  ref: DateParts;
}

/** A pattern's named groups: y, m, d (start), y2, m2, d2 (end), rel (今年), half (上半年). */
export type Groups = Partial<Record<string, string>>;
/** A span before its wording is attached. */
export type Span = Omit<DateSpan, 'text'>;

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

// The year of a date written without one: the publication's (a December date in a January
// article is last year's), else the reference's, else unknown.
function yearOf(
  g: Groups,
  month: number,
  ctx: DateContext,
): { year: number | null; inferred: boolean } {
  const stated = num(g.y);
  if (stated !== null) return { year: stated, inferred: false };
  const { pub, ref } = ctx;
  const base = pub.year ?? ref.year;
  if (base === null) return { year: null, inferred: false };
  const shift = g.rel === '去年' ? -1 : g.rel === '前年' ? -2 : g.rel === '明年' ? 1 : 0;
  const late =
    g.rel === undefined && pub.year !== null && pub.month !== null && month - pub.month > 6;
  return { year: base + shift - (late ? 1 : 0), inferred: true };
}

/** Builds 2020年4月12日, 11月13日至16日, 3月30日至4月2日. */
export function monthDay(g: Groups, ctx: DateContext): Span | null {
  const month = num(g.m) ?? 0;
  const { year, inferred } = yearOf(g, month, ctx);
  const start = { year, month, day: num(g.d) };
  const endMonth = num(g.m2) ?? month;
  const endYear = num(g.y2) ?? (year === null ? null : year + (endMonth < month ? 1 : 0));
  const end = g.d2 === undefined ? null : { year: endYear, month: endMonth, day: num(g.d2) };
  if (!isValid(start) || (end && !isValid(end))) return null;
  return { start: isoDate(start), end: end && isoDate(end), precision: 'day', inferred };
}

/** Builds 今年4月, 3月上旬, 今年1月至4月. */
export function monthOnly(g: Groups, ctx: DateContext): Span | null {
  const month = num(g.m) ?? 0;
  const end = num(g.m2);
  if (month < 1 || month > 12 || (end !== null && (end < 1 || end > 12))) return null;
  const { year, inferred } = yearOf(g, month, ctx);
  const endYear =
    num(g.y2) ?? (year === null || end === null ? year : year + (end < month ? 1 : 0));
  const endIso = end === null ? null : isoDate({ year: endYear, month: end, day: null });
  return { start: isoDate({ year, month, day: null }), end: endIso, precision: 'month', inferred };
}

/** Builds 2022年, 2017年至2019年, 今年上半年. */
export function yearOnly(g: Groups, ctx: DateContext): Span | null {
  const shift = g.rel === '去年' ? -1 : g.rel === '前年' ? -2 : g.rel === '明年' ? 1 : 0;
  const relYear = g.rel === undefined || ctx.pub.year === null ? null : ctx.pub.year + shift;
  if (g.rel !== undefined && relYear === null) {
    return { start: null, end: null, precision: 'unknown', inferred: false }; // 今年上半年, no year known
  }
  const [y, y2] = [num(g.y) ?? relYear ?? 0, num(g.y2)];
  if (y < 1900 || y > 2100 || (y2 !== null && (y2 < y || y2 > 2100))) return null;
  const half = g.half === '上半年' ? ['01', '06'] : g.half === '下半年' ? ['07', '12'] : null;
  const inferred = relYear !== null;
  if (half)
    return { start: `${y}-${half[0]}`, end: `${y}-${half[1]}`, precision: 'month', inferred };
  return { start: String(y), end: y2 === null ? null : String(y2), precision: 'year', inferred };
}

// 25日: the month of the reference date when it is near the publication, else the publication's
// (a day after the publication's day is last month's).
/** Builds 25日, 25日至26日. */
export function dayOnly(g: Groups, { pub, ref }: DateContext): Span | null {
  const [day, day2] = [num(g.d) ?? 0, num(g.d2)];
  const monthIndex = (p: DateParts) => (p.year ?? 0) * 12 + (p.month ?? 0);
  const near =
    pub.year === null || ref.year === null || Math.abs(monthIndex(pub) - monthIndex(ref)) <= 2;
  const late = pub.day !== null && day > pub.day;
  const base =
    ref.month !== null && near ? ref : pub.month === null ? null : late ? addMonths(pub, -1) : pub;
  if (base === null) return { start: null, end: null, precision: 'unknown', inferred: false };
  const start = { year: base.year, month: base.month, day };
  const end =
    day2 === null
      ? null
      : day2 > day
        ? { ...start, day: day2 }
        : { ...addMonths(start, 1), day: day2 };
  if (!isValid(start) || (end && !isValid(end))) return null;
  return { start: isoDate(start), end: end && isoDate(end), precision: 'day', inferred: true };
}
