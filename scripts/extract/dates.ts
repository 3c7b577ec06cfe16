/** Finds date expressions in a paragraph and resolves them against the publication date. */
import type { DateSpan } from '../../src/schemas';
import { addDays, dateParts, isoDate } from './date-calendar';
import { DATE_PATTERNS } from './date-patterns';
import type { DateMention } from './types';

// Full-width digits and colon as ASCII, one for one, so offsets stay those of the paragraph.
const asciiDigits = (s: string) =>
  s.replace(/[０-９：]/gu, (c) =>
    c === '：' ? ':' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );

/** Finds the dates of a paragraph; `reference` (an earlier full date of the article) places 25日 and 3月5日. */
export function findDates(
  paragraph: string,
  published: string | null,
  reference: string | null = null,
): DateMention[] {
  const text = asciiDigits(paragraph);
  const ctx = { pub: dateParts(published), ref: dateParts(reference) };
  const found: DateMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && f.start < e);
  for (const { re, build } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const [start, end] = [m.index, m.index + m[0].length];
      const span = taken(start, end) ? null : build(m.groups ?? {}, ctx);
      if (span) found.push({ start, end, span: { ...span, text: paragraph.slice(start, end) } });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => withDuration(text, f));
}

const NUMERALS = '一二三四五六七八九十';
// 10月14日……展开为期四天的访问: a start day and the length of the trip give its last day.
const DURATION = new RegExp(`^[^。！？；\\d]{0,60}?为期(?<n>\\d{1,2}|[两${NUMERALS}]{1,2})天`, 'u');

/** 四, 十二, 两, 3 as a number, or null. */
function countOf(written: string): number | null {
  if (/^\d+$/u.test(written)) return Number(written);
  const digit = (c: string | undefined) => (c === '两' ? 2 : NUMERALS.indexOf(c ?? '') + 1);
  const [a, b] = [...written];
  if (b === undefined) return digit(a) || null;
  if (a === '十') return 10 + digit(b);
  return b === '十' ? digit(a) * 10 : null;
}

/** A day without an end, followed in its sentence by 为期N天: the span ends N − 1 days later. */
function withDuration(text: string, mention: DateMention): DateMention {
  const { span } = mention;
  if (span.precision !== 'day' || span.end !== null || span.start === null) return mention;
  const n = countOf(DURATION.exec(text.slice(mention.end))?.groups?.n ?? '');
  const start = dateParts(span.start);
  if (n === null || n < 2 || start.year === null || start.day === null) return mention;
  return { ...mention, span: { ...span, end: isoDate(addDays(start, n - 1)) } };
}

/** Resolves one date expression (its first date), or null when it holds none. */
export function resolveDate(
  text: string,
  published: string | null,
  reference: string | null = null,
): DateSpan | null {
  return findDates(text, published, reference)[0]?.span ?? null;
}

/** The reference date after a paragraph: its last date written with a month and day (9月22日), else the one before. */
export function nextReference(
  reference: string | null,
  mentions: readonly DateMention[],
): string | null {
  const written = mentions.filter((m) => m.span.precision === 'day' && /月/u.test(m.span.text));
  return written.at(-1)?.span.start ?? reference;
}

/** Finds the dates of every paragraph, carrying the reference date from one paragraph to the next. */
export function findArticleDates(
  paragraphs: readonly string[],
  published: string | null,
): DateMention[][] {
  let reference: string | null = null;
  return paragraphs.map((paragraph) => {
    const mentions = findDates(paragraph, published, reference);
    reference = nextReference(reference, mentions);
    return mentions;
  });
}
