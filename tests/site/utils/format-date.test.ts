import { describe, expect, test } from 'vitest';
import type { DateSpan } from '../../../src/schemas/date-span';
import {
  formatDateSpan,
  formatIsoPartial,
  isYearUnknown,
  parseIsoPartial,
  toHtmlDatetime,
} from '../../../src/utils/format-date';

const span = (start: string | null, end: string | null = null, inferred = false): DateSpan => ({
  start,
  end,
  text: '',
  precision: 'day',
  inferred,
});

describe('[format-date] formats DateSpans in Chinese', () => {
  test.each([
    [span('2023-11-13', '2023-11-16'), '2023年11月13日至16日'],
    [span('2023-11-30', '2023-12-02'), '2023年11月30日至12月2日'],
    [span('2023-12-30', '2024-01-02'), '2023年12月30日至2024年1月2日'],
    [span('2020-09-25', '2020-09-26', true), '2020年9月25日至26日（推断）'],
    [span('2025', null, true), '2025年（推断）'],
    [span('2020-04', null, true), '2020年4月（推断）'],
    [span('2020-04-12'), '2020年4月12日'],
    [span('--02-27'), '2月27日（年份不详）'],
    [span('--02-27', '--03-01'), '2月27日至3月1日（年份不详）'],
    [span('--03'), '3月（年份不详）'],
    [span('2020-04', '2020-05'), '2020年4月至5月'],
    [span('2020-04-07', '2020-04-07'), '2020年4月7日'],
    [span(null), '日期不详'],
  ])('%o → %s', (s, expected) => {
    expect(formatDateSpan(s)).toBe(expected);
  });

  test.each([
    ['2023-11-13', '2023年11月13日'],
    ['2023-11', '2023年11月'],
    ['2023', '2023年'],
    ['--02-27', '2月27日'],
    ['--02', '2月'],
    ['not a date', 'not a date'],
  ])('formatIsoPartial(%s) → %s', (iso, expected) => {
    expect(formatIsoPartial(iso)).toBe(expected);
  });

  test('parses yearless dates', () => {
    expect(parseIsoPartial('--02-27')).toEqual({ year: null, month: 2, day: 27 });
    expect(parseIsoPartial('2023-1')).toBeNull();
  });

  test('knows when the year is unknown', () => {
    expect(isYearUnknown(span('--02-27'))).toBe(true);
    expect(isYearUnknown(span('2025'))).toBe(false);
    expect(isYearUnknown(span(null))).toBe(false);
  });

  test.each([
    ['2023-11-13', '2023-11-13'],
    ['2023-11', '2023-11'],
    ['2023', '2023'],
    ['--02-27', '--02-27'],
    ['--02', null],
    [null, null],
  ])('toHtmlDatetime(%s) → %s', (iso, expected) => {
    expect(toHtmlDatetime(iso)).toBe(expected);
  });
});
