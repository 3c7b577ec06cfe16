/** Written dates: 2020年4月12日, 11月13日至16日, 今年4月, 3月上旬, 2017年至2019年, 25日, 上周. */
import { RELATIVE_WORDS, resolveRelative, WEEKDAY_WORDS } from './date-relative';
import {
  type DateContext,
  dayOnly,
  type Groups,
  monthDay,
  monthOnly,
  type Span,
  yearOnly,
} from './date-spans';

const TO = '(?:至|到|—|－|-|~|～)';
const REL_YEAR = '(?<rel>今年|去年|前年|明年)';

/** A kind of written date: its pattern and how to resolve a match. */
export interface DatePattern {
  /** Global, unicode pattern with named groups. */
  re: RegExp;
  /** Builds the span, or null when the match is no date (13月, 1850年). */
  build: (g: Groups, ctx: DateContext) => Span | null;
}

const PART = '(?:上旬|中旬|下旬|初|底|末)?';

/** The written forms, most specific first: a later one never takes text an earlier one matched. */
export const DATE_PATTERNS: readonly DatePattern[] = [
  {
    // 本月5日至7日, 上月28日: the month of publication, or the one before.
    re: new RegExp(
      `(?<relm>本月|当月|上月)(?<d>\\d{1,2})[日号](?:${TO}(?<d2>\\d{1,2})[日号])?`,
      'gu',
    ),
    build: (g, ctx) => {
      const { year, month } = ctx.pub;
      if (year === null || month === null) return dayOnly(g, ctx);
      const back = g.relm === '上月' ? 1 : 0;
      const m = month - back < 1 ? 12 : month - back;
      const y = month - back < 1 ? year - 1 : year;
      const span = monthDay({ ...g, y: String(y), m: String(m) }, ctx);
      return span && { ...span, inferred: true };
    },
  },
  {
    re: new RegExp(
      `(?<![\\d.])(?:(?<y>\\d{4})年|${REL_YEAR})?(?<m>\\d{1,2})月(?<d>\\d{1,2})(?:[日号]|(?=${TO}(?:\\d{1,2}月)?\\d{1,2}[日号]))(?:\\s*\\d{1,2}[:：]\\d{2})?` +
        `(?:${TO}(?:(?<y2>\\d{4})年)?(?:(?<m2>\\d{1,2})月)?(?<d2>\\d{1,2})[日号])?`,
      'gu',
    ),
    build: monthDay,
  },
  {
    re: new RegExp(
      `(?<![\\d.])(?:(?<y>\\d{4})年|${REL_YEAR})?(?<m>\\d{1,2})月份?${PART}` +
        `(?:${TO}(?:(?<y2>\\d{4})年)?(?<m2>\\d{1,2})月份?${PART})?(?:以来)?(?![\\d日号])`,
      'gu',
    ),
    build: monthOnly,
  },
  {
    re: new RegExp(
      `(?<![\\d.近约逾超多第余])(?:(?<y>\\d{4})年|${REL_YEAR}(?=[上下]半年))(?<half>上半年|下半年)?` +
        `(?:初|底|末)?(?:${TO}(?<y2>\\d{4})年)?(?:以来)?(?!\\d)`,
      'gu',
    ),
    build: yearOnly,
  },
  {
    re: new RegExp(
      `(?<![\\d.月年号日近前后每第数几逾约超余])(?<d>\\d{1,2})日(?:${TO}(?<d2>\\d{1,2})日)?(?![游内均元])`,
      'gu',
    ),
    build: dayOnly,
  },
  {
    re: new RegExp(`(?<word>${WEEKDAY_WORDS}|${RELATIVE_WORDS})`, 'gu'),
    build: (g, ctx) => resolveRelative(g.word ?? '', ctx.pub),
  },
];
