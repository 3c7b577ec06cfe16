import { describe, expect, test } from 'vitest';
import { groupVisitsByYear } from '../../../src/utils/timeline';
import { date, visit } from './helpers';

describe('[timeline] groups visits by year, keeping unknown years', () => {
  test('years oldest first, unknown years last, none dropped', () => {
    const groups = groupVisitsByYear([
      visit('q', { date: date('--02-27') }),
      visit('z', { date: date('2023-11-13') }),
      visit('w', { date: date('2020-09-25') }),
      visit('n', { date: date('2020-04', { precision: 'month' }) }),
      visit('u', { date: date(null, { precision: 'unknown' }) }),
      visit('j', { date: date('--01-10') }),
    ]);
    expect(groups.map((g) => [g.id, g.label, g.year, g.visits.map((v) => v.id)])).toEqual([
      ['y2020', '2020年', 2020, ['n', 'w']],
      ['y2023', '2023年', 2023, ['z']],
      ['year-unknown', '年份不详', null, ['j', 'q', 'u']],
    ]);
  });

  test('no unknown group when every year is known', () => {
    expect(groupVisitsByYear([visit('a')]).map((g) => g.id)).toEqual(['y2020']);
  });

  test('nothing in, nothing out', () => {
    expect(groupVisitsByYear([])).toEqual([]);
  });
});
