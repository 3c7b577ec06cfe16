import { describe, expect, test } from 'vitest';
import {
  findArticleDates,
  findDates,
  nextReference,
  resolveDate,
} from '../../scripts/extract/dates';

type Expect = [start: string | null, end: string | null, precision: string, inferred: boolean];
const span = (
  text: string,
  published: string | null,
  reference: string | null = null,
): Expect | null => {
  const s = resolveDate(text, published, reference);
  return s && [s.start, s.end, s.precision, s.inferred];
};

describe('[dates] written dates', () => {
  test.each<[string, string | null, Expect]>([
    ['2020年4月12日', null, ['2020-04-12', null, 'day', false]],
    ['2020年04月12日16:58', null, ['2020-04-12', null, 'day', false]],
    ['2020年04月12日16：58', '2023', ['2020-04-12', null, 'day', false]],
    ['2月27日', null, ['--02-27', null, 'day', false]],
    ['2月27日', '2024', ['2024-02-27', null, 'day', true]],
    ['11月13日至16日', '2023-11', ['2023-11-13', '2023-11-16', 'day', true]],
    ['4月7日至10日', '2020-04-12', ['2020-04-07', '2020-04-10', 'day', true]],
    ['3月5日至7日', null, ['--03-05', '--03-07', 'day', false]],
    ['3月30日至4月2日', '2021-04', ['2021-03-30', '2021-04-02', 'day', true]],
    ['12月30日至1月2日', '2021', ['2021-12-30', '2022-01-02', 'day', true]],
    ['2019年12月30日—2020年1月2日', null, ['2019-12-30', '2020-01-02', 'day', false]],
    ['9月22号', '2020-09', ['2020-09-22', null, 'day', true]],
    ['12月28日', '2024-01-05', ['2023-12-28', null, 'day', true]],
    ['５月８日', '2024', ['2024-05-08', null, 'day', true]],
    ['3月上旬', '2025', ['2025-03', null, 'month', true]],
    ['1月中旬', null, ['--01', null, 'month', false]],
    ['2020年4月', null, ['2020-04', null, 'month', false]],
    ['今年4月', '2020-09', ['2020-04', null, 'month', true]],
    ['今年2月以来', '2025', ['2025-02', null, 'month', true]],
    ['去年9月', '2023-11', ['2022-09', null, 'month', true]],
    ['今年1月至4月', '2020-09', ['2020-01', '2020-04', 'month', true]],
    ['2022年', null, ['2022', null, 'year', false]],
    ['2017年至2019年', null, ['2017', '2019', 'year', false]],
    ['今年上半年', '2020-09', ['2020-01', '2020-06', 'month', true]],
    ['2024年下半年', null, ['2024-07', '2024-12', 'month', false]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(span(text, published)).toEqual(expected);
  });

  test('the wording is kept as the span’s text', () => {
    expect(findDates('2020年04月12日16:58  来源：新华报业网', null)[0]?.span.text).toBe(
      '2020年04月12日16:58',
    );
  });
});

describe('[dates] a day alone takes its month from the reference or the publication', () => {
  test.each<[string, string | null, string | null, Expect]>([
    ['25日', '2020-09', null, ['2020-09-25', null, 'day', true]],
    ['26日', null, '2020-09-25', ['2020-09-26', null, 'day', true]],
    ['26日', null, '--02-27', ['--02-26', null, 'day', true]],
    ['25日', '2020-04-12', null, ['2020-03-25', null, 'day', true]],
    ['25日至26日', '2020-09', null, ['2020-09-25', '2020-09-26', 'day', true]],
    ['30日至2日', '2020-09', null, ['2020-09-30', '2020-10-02', 'day', true]],
    ['6日', '2020-04-12', '2020-03-05', ['2020-03-06', null, 'day', true]],
    ['25日', '2020-09', '2003-08-29', ['2020-09-25', null, 'day', true]],
    ['25日', null, null, [null, null, 'unknown', false]],
  ])('%s (published %s, reference %s)', (text, published, reference, expected) => {
    expect(span(text, published, reference)).toEqual(expected);
  });
});

describe('[dates] relative dates are resolved against the publication date', () => {
  test.each<[string, string | null, Expect]>([
    ['上周', '2025', ['2025', null, 'year', true]],
    ['上周', '2024-01', ['2024-01', null, 'month', true]],
    ['上周', '2020-04-15', ['2020-04-06', '2020-04-12', 'day', true]],
    ['上周', '2020-04-12', ['2020-03-30', '2020-04-05', 'day', true]],
    ['本周', '2020-04-12', ['2020-04-06', '2020-04-12', 'day', true]],
    ['过去一周', '2020-04-12', ['2020-04-05', '2020-04-11', 'day', true]],
    ['刚刚过去的一周', '2020-09', ['2020-09', null, 'month', true]],
    ['近日', '2020-04-12', ['2020-04-05', '2020-04-12', 'day', true]],
    ['日前', '2025', ['2025', null, 'year', true]],
    ['昨天', '2020-03-01', ['2020-02-29', null, 'day', true]],
    ['上月', '2020-01-10', ['2019-12', null, 'month', true]],
    ['今年', '2025', ['2025', null, 'year', true]],
    ['去年', '2025', ['2024', null, 'year', true]],
    ['去年', '2020-04-12', ['2019', null, 'year', true]],
    ['上周', null, [null, null, 'unknown', false]],
    ['今年', null, [null, null, 'unknown', false]],
    ['今年2月以来', null, ['--02', null, 'month', false]],
    // A weekday of this week or the last: 2022-09-30 was a Friday, 2020-04-12 a Sunday.
    ['本周二', '2022-09-30', ['2022-09-27', null, 'day', true]],
    ['上周五', '2022-09-30', ['2022-09-23', null, 'day', true]],
    ['上星期三', '2020-04-12', ['2020-04-01', null, 'day', true]],
    ['本周日', '2020-04-12', ['2020-04-12', null, 'day', true]],
    ['这周一', '2020-04-12', ['2020-04-06', null, 'day', true]],
    ['本周二', '2022-09', ['2022-09', null, 'month', true]],
    ['上周三', null, [null, null, 'unknown', false]],
  ])('%s (published %s)', (text, published, expected) => {
    expect(span(text, published)).toEqual(expected);
  });
});

describe('[dates] numbers that are not dates', () => {
  test.each([
    '完善“2+6+X”产业布局',
    '去年实现地区生产总值5126亿元',
    '连续20年霸榜',
    '今年前8个月的增幅',
    '24小时不间断',
    '上世纪60年代',
    '拥有5000年历史',
    '近2000年来',
    '第15个年头',
    '12345政府公共服务中心',
    '3个月内完成',
    '30日内办结',
    '推出2日游线路',
    '13月45日',
  ])('%s', (text) => {
    expect(findDates(text.replace(/今年|去年/u, ''), '2020-09')).toEqual([]);
  });
});

describe('[dates] 为期N天 after a start day gives the last day', () => {
  test.each<[string, string, Expect]>([
    [
      '代表团昨日抵港，展开为期四天的访问行程。',
      '2024-10-15',
      ['2024-10-14', '2024-10-17', 'day', true],
    ],
    [
      '10月30日起，代表团开展为期3天的考察。',
      '2024-11-05',
      ['2024-10-30', '2024-11-01', 'day', true],
    ],
    [
      '11月20日，市委书记张三、市长李四率珠海市党政代表团访问澳门，开展为期两天的交流活动。',
      '2024-11-22',
      ['2024-11-20', '2024-11-21', 'day', true],
    ],
    ['5月8日，为期十二天的活动开幕。', '2024-05-09', ['2024-05-08', '2024-05-19', 'day', true]],
    ['3月5日至7日，为期3天。', '2024-03-09', ['2024-03-05', '2024-03-07', 'day', true]],
    [
      '5月8日，代表团出发。为期两天的活动随后开幕。',
      '2024-05-09',
      ['2024-05-08', null, 'day', true],
    ],
  ])('%s', (text, published, expected) => {
    expect(span(text, published)).toEqual(expected);
  });
});

describe('[dates] several dates in a paragraph', () => {
  test('each with its offsets, in order', () => {
    const text = '25日，代表团来到南通。这是继今年4月南通市党政代表团前往无锡考察后的再相聚。';
    expect(findDates(text, '2020-09').map((m) => [m.start, m.end, m.span.start])).toEqual([
      [0, 3, '2020-09-25'],
      [15, 19, '2020-04'],
    ]);
  });
});

describe('[dates] the reference date is carried along an article', () => {
  test('nextReference keeps the last date written with month and day', () => {
    const mentions = findDates('9月19日开幕，今年4月签约，25日到访', '2020-09');
    expect(nextReference(null, mentions)).toBe('2020-09-19');
    expect(nextReference('2020-09-01', findDates('今年4月', '2020-09'))).toBe('2020-09-01');
  });

  test('a day alone in a later paragraph takes the month of an earlier one', () => {
    const dates = findArticleDates(['3月5日，代表团出发。', '6日，代表团来到第二站。'], null);
    expect(dates.map((d) => d.map((m) => m.span.start))).toEqual([['--03-05'], ['--03-06']]);
  });
});

describe('[dates] a range whose first day lacks 日, and days of a month named relatively', () => {
  test.each<[string, string | null, Expect]>([
    ['3月5至7日', '2024-03-09', ['2024-03-05', '2024-03-07', 'day', true]],
    ['3月30至4月2日', '2024-04-05', ['2024-03-30', '2024-04-02', 'day', true]],
    ['本月5日至7日', '2024-03-09', ['2024-03-05', '2024-03-07', 'day', true]],
    ['当月12日', '2024-03-20', ['2024-03-12', null, 'day', true]],
    ['上月28日', '2024-01-05', ['2023-12-28', null, 'day', true]],
  ])('%s (published %s)', (text, published, want) => {
    expect(span(text, published)).toEqual(want);
  });

  test('a month and a number with no 日 anywhere is no day (3月5个项目)', () => {
    expect(findDates('3月5个项目签约', '2024-03-09').map((d) => d.span.text)).not.toContain('3月5');
  });
});
