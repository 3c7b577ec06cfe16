/** Relative dates (上周, 近日, 今年, 上月) resolved against the publication date, as honestly as it allows. */
import type { DateSpan } from '../../src/schemas';
import { addDays, addMonths, type DateParts, isoDate, weekday } from './date-calendar';

type Span = Omit<DateSpan, 'text'>;

/** The words this module resolves, longest first, for the date finder's pattern. */
export const RELATIVE_WORDS =
  '刚刚过去的一周|过去的一周|过去一周|上一周|上星期|上周|这一周|本周|这周|近日|日前|近期|前天|昨天|昨日|今天|今日|上个月|上月|这个月|本月|前年|去年|今年|明年';

const RELATIVE = new RegExp(`^(?:${RELATIVE_WORDS})$`, 'u');

/** A day of this week or the last, written with its weekday (本周二, 上周五, 上星期三), for the date finder. */
export const WEEKDAY_WORDS =
  '(?:上一?周|上个?星期|本周|这一?周|本星期|这个?星期)[一二三四五六日天]';
const WEEKDAY = /^(上一?周|上个?星期|本周|这一?周|本星期|这个?星期)([一二三四五六日天])$/u;
const WEEKDAYS = '一二三四五六日';
/** True for a date written only as a relative word (近期, 上周, 今天): the text states no day of its own. */
export const isRelativeDate = (text: string): boolean => RELATIVE.test(text);

const yearShift: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };
const monthShift: Record<string, number> = { 上个月: -1, 上月: -1, 这个月: 0, 本月: 0 };
// Days back from publication: [first, last] of the span.
const dayRange: Record<string, [number, number]> = {
  前天: [-2, -2],
  昨天: [-1, -1],
  昨日: [-1, -1],
  今天: [0, 0],
  今日: [0, 0],
  刚刚过去的一周: [-7, -1],
  过去的一周: [-7, -1],
  过去一周: [-7, -1],
  近日: [-7, 0],
  日前: [-7, 0],
  近期: [-30, 0],
};

const span = (start: DateParts, end: DateParts | null, precision: Span['precision']): Span => ({
  start: isoDate(start),
  end: end === null ? null : isoDate(end),
  precision,
  inferred: true,
});

/** The publication's month or year when a relative date cannot be placed more precisely. */
export function coarse(pub: DateParts): Span {
  if (pub.year !== null && pub.month !== null) return span({ ...pub, day: null }, null, 'month');
  if (pub.year !== null) return span({ year: pub.year, month: null, day: null }, null, 'year');
  return { start: null, end: null, precision: 'unknown', inferred: false };
}

/** Resolves a relative word against the publication date's parts. */
export function resolveRelative(word: string, pub: DateParts): Span {
  const weekdayOf = WEEKDAY.exec(word);
  if (weekdayOf) {
    // 本周二 in a paper of Friday 30 September: Tuesday the 27th; 上周五: the Friday before that week.
    if (pub.day === null) return coarse(pub);
    const [, week = '', name = ''] = weekdayOf;
    const back = week.startsWith('上') ? 7 : 0;
    const day = WEEKDAYS.indexOf(name === '天' ? '日' : name);
    return span(addDays(pub, day - weekday(pub) - back), null, 'day');
  }
  const years = yearShift[word];
  if (years !== undefined) {
    return pub.year === null
      ? coarse(pub)
      : span({ year: pub.year + years, month: null, day: null }, null, 'year');
  }
  const months = monthShift[word];
  if (months !== undefined) {
    return pub.month === null ? coarse(pub) : span(addMonths(pub, months), null, 'month');
  }
  if (pub.day === null) return coarse(pub);
  const monday = addDays(pub, -weekday(pub));
  if (/^(上一?周|上星期)$/u.test(word))
    return span(addDays(monday, -7), addDays(monday, -1), 'day');
  if (/^(这一?周|本周)$/u.test(word)) return span(monday, pub, 'day');
  const [first, last] = dayRange[word] ?? [0, 0];
  return span(addDays(pub, first), first === last ? null : addDays(pub, last), 'day');
}
