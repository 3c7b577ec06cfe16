import { describe, expect, test } from 'vitest';
import { feedDate } from '../../../src/utils/feed-date';

describe('[feed-date] every dated visit gets a pubDate', () => {
  test.each([
    ['2020-04-12', '2020-04-07', '2020-04-12'],
    ['2020-09', '2020-09-25', '2020-09-25'],
    ['2020-09', null, '2020-09-01'],
    ['2025', '--02-27', '2025-01-01'],
    [null, '2023-11', '2023-11-01'],
  ])('published %s, started %s → %s', (published, start, day) => {
    expect(feedDate(published, start)?.toISOString().slice(0, 10)).toBe(day);
  });

  test('no year anywhere: none', () => {
    expect(feedDate(null, '--02-27')).toBeNull();
    expect(feedDate(null, null)).toBeNull();
  });
});
