import { describe, expect, test } from 'vitest';
import {
  facetValues,
  levelListPath,
  provinceListPath,
  visitLists,
  yearListPath,
} from '../../../src/utils/visit-lists';
import { date, place, visit } from './helpers';

const trips = [
  visit('wuxi', { date: date('2020-09-25') }),
  visit('zhuzhou', {
    date: date('2023-11-13'),
    origin: place('株洲市', { province: '湖南省', parent: '湖南省' }),
    destinations: [
      place('义乌市', { province: '浙江省', level: 'county' }),
      place('绍兴市', { province: '浙江省' }),
      place('昆山市', { province: '江苏省', level: 'county' }),
    ],
  }),
  visit('qidong', {
    date: date('--02-27'),
    origin: place('启东市', { level: 'county' }),
    destinations: [place('吴江区', { level: 'district' })],
  }),
  visit('qinzhou', {
    date: date('2023-05', { precision: 'month' }),
    origin: place('钦州市', { province: '广西壮族自治区', parent: '广西壮族自治区' }),
    destinations: [place('新加坡', { level: 'foreign', province: null, parent: null })],
  }),
];
const lists = (facet: Parameters<typeof visitLists>[1]) =>
  visitLists(trips, facet).map((p) => [p.path, p.label, p.visits.map((v) => v.id)]);

describe('[visit-lists] groups trips into the pages of a question', () => {
  test('by year: newest year first, unknown years last, trips newest first', () => {
    expect(lists('year')).toEqual([
      ['/visits/year/2023/', '2023年', ['zhuzhou', 'qinzhou']],
      ['/visits/year/2020/', '2020年', ['wuxi']],
      ['/visits/year/unknown/', '年份不详', ['qidong']],
    ]);
  });

  test('by origin province, in division-code order', () => {
    expect(lists('from')).toEqual([
      ['/visits/from/jiangsu/', '江苏省', ['wuxi', 'qidong']],
      ['/visits/from/hunan/', '湖南省', ['zhuzhou']],
      ['/visits/from/guangxi/', '广西壮族自治区', ['qinzhou']],
    ]);
  });

  test('by destination province: a trip to two provinces under both, once each; abroad last', () => {
    expect(lists('to')).toEqual([
      ['/visits/to/jiangsu/', '江苏省', ['zhuzhou', 'wuxi', 'qidong']],
      ['/visits/to/zhejiang/', '浙江省', ['zhuzhou']],
      ['/visits/to/other/', '境外及其他', ['qinzhou']],
    ]);
    expect(facetValues(trips[1] as (typeof trips)[number], 'to')).toHaveLength(2);
  });

  test('by origin level, from province down', () => {
    expect(lists('level')).toEqual([
      ['/visits/level/prefecture/', '地级市', ['zhuzhou', 'qinzhou', 'wuxi']],
      ['/visits/level/county/', '县级行政区', ['qidong']],
    ]);
  });

  test.each([
    [yearListPath(visit('a', { date: date('2024-03') })), '/visits/year/2024/'],
    [yearListPath(visit('a', { date: date(null) })), '/visits/year/unknown/'],
    [provinceListPath('from', place('昆山市')), '/visits/from/jiangsu/'],
    [provinceListPath('to', place('上海市', { province: '上海市' })), '/visits/to/shanghai/'],
    [
      provinceListPath('to', place('纽约', { level: 'foreign', province: null })),
      '/visits/to/other/',
    ],
    [levelListPath(place('望城区', { level: 'district' })), '/visits/level/district/'],
  ])('a fact links its list: %s', (path, expected) => {
    expect(path).toBe(expected);
  });

  test('nothing in, nothing out', () => {
    expect(visitLists([], 'year')).toEqual([]);
  });
});
