import { describe, expect, test } from 'vitest';
import { compareIsoDates, monthIndex } from '../../scripts/extract/date-calendar';

describe('[calendar] comparing dates of any precision', () => {
  test.each([
    ['2023-11-04', '2023-11-05', -1],
    ['2023-12', '2023-11-30', 1],
    // The same at the precision they share.
    ['2023-11', '2023-11-04', 0],
    ['2023', '2023-06-01', 0],
    // A date without its year is compared with a dated one by month and day.
    ['--11-04', '2023-11-03', 1],
    ['2024-01-05', '--11', -1],
    ['--02-27', '--02-26', 1],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareIsoDates(a, b))).toBe(sign);
  });
});

describe('[calendar] months as a count', () => {
  test('consecutive months across a year are one apart', () => {
    expect((monthIndex('2024-01-05') ?? 0) - (monthIndex('2023-12') ?? 0)).toBe(1);
  });

  test('a date without its year counts from year 0; a year alone has no month', () => {
    expect(monthIndex('--03-01')).toBe(2);
    expect(monthIndex('2023')).toBeNull();
  });
});
