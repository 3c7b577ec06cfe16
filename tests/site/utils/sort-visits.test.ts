import { describe, expect, test } from 'vitest';
import { dateSortKey, sortVisitsByDate } from '../../../src/utils/sort-visits';
import { date, visit } from './helpers';

const visits = [
  visit('a', { date: date('2020-09-25') }),
  visit('b', { date: date('--02-27') }),
  visit('c', { date: date('2023-11-13') }),
  visit('d', { date: date(null, { precision: 'unknown' }) }),
  visit('e', { date: date('2020') }),
  visit('f', { date: date('--01-05') }),
  visit('g', { date: date('2020-09') }),
];

describe('[sort-visits] orders visits by date', () => {
  test.each([
    ['2023-11-13', '2023-11-13'],
    ['2023-11', '2023-11-00'],
    ['2023', '2023-00-00'],
    ['--02-27', '02-27'],
    ['--02', '02-00'],
  ])('dateSortKey(%s) → %s', (start, key) => {
    expect(dateSortKey(date(start))).toBe(key);
  });

  test('oldest first: dated, then yearless in calendar order, then undated', () => {
    expect(sortVisitsByDate(visits, 'oldest').map((v) => v.id)).toEqual([
      'e',
      'g',
      'a',
      'c',
      'f',
      'b',
      'd',
    ]);
  });

  test('newest first: dated newest first, yearless still after them in calendar order', () => {
    expect(sortVisitsByDate(visits, 'newest').map((v) => v.id)).toEqual([
      'c',
      'a',
      'g',
      'e',
      'f',
      'b',
      'd',
    ]);
  });

  test('ties are broken by id and the input is not changed', () => {
    const same = [visit('z'), visit('y')];
    expect(sortVisitsByDate(same, 'oldest').map((v) => v.id)).toEqual(['y', 'z']);
    expect(same.map((v) => v.id)).toEqual(['z', 'y']);
  });
});
