/** [facet-counts] counts beside filter values: OR within a filter, AND across. */
import { describe, expect, test } from 'vitest';
import {
  facetCounts,
  filtersToRecount,
  withoutFilter,
} from '../../src/scripts/search/facet-counts';

describe('[facet-counts]', () => {
  test('only filters with choices are counted again', () => {
    expect(filtersToRecount({ to: ['昆山市'], year: [], type: ['考察'] })).toEqual(['type', 'to']);
  });

  test('the request without one filter keeps the query and the others', () => {
    expect(withoutFilter({ q: '园区', filters: { to: ['昆山市'], year: ['2025'] } }, 'to')).toEqual(
      { q: '园区', filters: { year: ['2025'] } },
    );
  });

  test('a filter with choices takes its counts from the search without them', () => {
    const main = { to: { 昆山市: 3, 苏州市: 0 }, year: { 2025: 3 } };
    const withoutTo = { to: { 昆山市: 3, 苏州市: 5 }, year: { 2025: 8 } };
    expect(facetCounts(main, { to: withoutTo })).toEqual({
      to: { 昆山市: 3, 苏州市: 5 },
      year: { 2025: 3 },
    });
  });

  test('no counts (filters not loaded) give none', () => {
    expect(facetCounts(undefined, {})).toEqual({});
  });
});
