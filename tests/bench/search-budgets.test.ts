/** [budgets] search against the bare engine: ratio budgets, and the index's broad-word time halved. */
import { describe, expect, test } from 'vitest';
import { checkBudgets } from '../../scripts/bench/budgets';
import type { BenchResult } from '../../scripts/bench/results';

const row = (q: string, group: 'name' | 'broad', ms: number) => ({ q, group, ms, results: 1 });
const ratio = (group: 'name' | 'broad', pageMs: number, bareMs: number) => ({
  q: group,
  group,
  pageMs,
  bareMs,
  ratio: pageMs / bareMs,
});

/** A result with only what the search budgets read. */
function result(over: Partial<BenchResult>): BenchResult {
  return {
    sizes: [],
    lighthouse: {},
    search: null,
    indexComparison: null,
    ...over,
  } as unknown as BenchResult;
}

const budget = (r: BenchResult, name: RegExp) => checkBudgets(r).filter((b) => name.test(b.name));

describe('[budgets] search page against the bare API', () => {
  test('first ≤ 1.2×, next ≤ 1.5×, per group', () => {
    const search = {
      firstQueries: [],
      ratio: {
        first: [],
        next: [],
        firstByGroup: { name: ratio('name', 110, 100), broad: ratio('broad', 130, 100) },
        nextByGroup: { name: ratio('name', 149, 100), broad: ratio('broad', 151, 100) },
      },
    } as unknown as BenchResult['search'];
    expect(
      budget(result({ search }), /bare Pagefind API, (first|next) queries/).map((b) => b.ok),
    ).toEqual([true, false, true, false]);
  });

  test('not measured: not checked', () => {
    expect(budget(result({}), /search page ≤/).every((b) => b.ok === null)).toBe(true);
  });
});

describe('[budgets] broad words on the new index at most half the time', () => {
  test('sums over broad words, cold and warm each', () => {
    const indexComparison = {
      beforeDist: '/old',
      before: [row('淮安', 'name', 500), row('党政代表团', 'broad', 1000)],
      after: [row('淮安', 'name', 100), row('党政代表团', 'broad', 600)],
      beforeNext: [row('学习考察', 'broad', 300), row('营商环境', 'broad', 100)],
      afterNext: [row('学习考察', 'broad', 120), row('营商环境', 'broad', 80)],
    };
    const [cold, warm] = budget(result({ indexComparison }), /index of every page/);
    expect(cold).toMatchObject({ ok: false, actual: '0.60× (600 / 1000 ms)' });
    expect(warm).toMatchObject({ ok: true, actual: '0.50× (200 / 400 ms)' });
  });
});
