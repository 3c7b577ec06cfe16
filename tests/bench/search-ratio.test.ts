/** [search-ratio] the search page's time over the bare engine's, per query and per group. */
import { describe, expect, test } from 'vitest';
import { groupRatios, queryRatio, worstRatio } from '../../scripts/bench/search-ratio';

describe('[search-ratio]', () => {
  test('medians of each side, then their ratio', () => {
    expect(
      queryRatio({ q: '淮安', group: 'name', page: [30, 10, 20], bare: [10, 5, 100] }),
    ).toEqual({ q: '淮安', group: 'name', pageMs: 20, bareMs: 10, ratio: 2 });
  });

  test('no bare time gives ratio 0 (not measured), not Infinity', () => {
    expect(queryRatio({ q: 'x', group: 'broad', page: [5], bare: [] }).ratio).toBe(0);
  });

  test('each group: the median of its queries’ medians', () => {
    const rows = [
      { q: 'a', group: 'name' as const, pageMs: 12, bareMs: 10, ratio: 1.2 },
      { q: 'b', group: 'name' as const, pageMs: 30, bareMs: 20, ratio: 1.5 },
      { q: 'c', group: 'broad' as const, pageMs: 100, bareMs: 100, ratio: 1 },
    ];
    expect(groupRatios(rows)).toEqual({
      name: { q: 'a、b', group: 'name', pageMs: 21, bareMs: 15, ratio: 21 / 15 },
      broad: { q: 'c', group: 'broad', pageMs: 100, bareMs: 100, ratio: 1 },
    });
    expect(worstRatio(rows)?.q).toBe('b');
    expect(worstRatio([])).toBeNull();
  });
});
