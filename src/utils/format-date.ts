import type { DateSpan } from '../schemas/date-span';

interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Split an ISO truncated date (`2023-11-13`, `2023-11`, `2023`, `--02-27`, `--02`) into parts. */
export function parseIsoPartial(iso: string): DateParts | null {
  const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (full) return { year: num(full[1]), month: num(full[2]), day: num(full[3]) };
  const yearless = /^--(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (yearless) return { year: null, month: num(yearless[1]), day: num(yearless[2]) };
  return null;
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/** Write parts in Chinese, leaving out the leading parts that `after` already gave. */
function partsToChinese(p: DateParts, after: DateParts | null = null): string {
  const sameYear = after !== null && p.year === after.year;
  const sameMonth = sameYear && p.month === after.month;
  let s = '';
  if (p.year !== null && !sameYear) s += `${p.year}年`;
  if (p.month !== null && !(sameMonth && p.day !== null)) s += `${p.month}月`;
  if (p.day !== null) s += `${p.day}日`;
  return s;
}

/** Format one ISO truncated date in Chinese: `2023-11-13` → 2023年11月13日, `--02-27` → 2月27日. */
export function formatIsoPartial(iso: string): string {
  const p = parseIsoPartial(iso);
  return p ? partsToChinese(p) : iso;
}

/** True when the span has a start but its year is not known (`--MM-DD`, `--MM`). */
export function isYearUnknown(span: DateSpan): boolean {
  return span.start?.startsWith('--') ?? false;
}

/**
 * Format a DateSpan in Chinese, saying what is inferred and what is unknown:
 * 2023年11月13日至16日 · 2月27日（年份不详） · 2025年（推断） · 日期不详.
 */
export function formatDateSpan(span: DateSpan): string {
  if (span.start === null) return '日期不详';
  const start = parseIsoPartial(span.start);
  if (!start) return span.text || '日期不详';
  let s = partsToChinese(start);
  const end = span.end === null ? null : parseIsoPartial(span.end);
  if (end && span.end !== span.start) s += `至${partsToChinese(end, start)}`;
  if (start.year === null) s += '（年份不详）';
  else if (span.inferred) s += '（推断）';
  return s;
}

/** Return a valid HTML `datetime` value for an ISO truncated date, or null (`--MM` has none). */
export function toHtmlDatetime(iso: string | null): string | null {
  if (iso === null) return null;
  return /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/.test(iso) ? iso : null;
}
