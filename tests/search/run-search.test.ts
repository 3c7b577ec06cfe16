/** [run-search] filters for Pagefind, the order of checked results, fragments only for those shown. */
import { describe, expect, test } from 'vitest';
import type { Pagefind, PagefindFragment } from '../../src/scripts/search/pagefind-api';
import {
  checkUpTo,
  type Hit,
  orderChecked,
  runSearch,
  toPagefindFilters,
} from '../../src/scripts/search/run-search';

const fragment = (content: string): PagefindFragment => ({
  url: `/${content}/`,
  content,
  excerpt: content,
  meta: { title: '' },
  filters: {},
});
const hit = (content: string, exact: boolean | null = null): Hit => ({
  id: content,
  score: 1,
  exact,
  data: exact === null ? null : fragment(content),
  load: async () => fragment(content),
});

describe('[run-search] toPagefindFilters', () => {
  test.each([
    [{ to: ['昆山市'] }, { to: '昆山市' }],
    [{ to: ['昆山市', '苏州市'] }, { to: { any: ['昆山市', '苏州市'] } }],
    [{ to: ['昆山市', '昆山市'], year: [] }, { to: '昆山市' }],
    [
      { to: ['昆山市'], year: ['2025', ''] },
      { to: '昆山市', year: '2025' },
    ],
  ])('%j → %j', (filters, expected) => {
    expect(toPagefindFilters(filters)).toEqual(expected);
  });
});

describe('[run-search] orderChecked', () => {
  test('intact matches first, each group in order; what lacks a character is dropped', () => {
    const batch = [
      hit('最强、县', false),
      hit('最强县级市甲', true),
      hit('企业', false),
      hit('最强县级市乙', true),
    ];
    expect(orderChecked(batch, ['最强县'], []).map((h) => h.id)).toEqual([
      '最强县级市甲',
      '最强县级市乙',
      '最强、县',
    ]);
  });

  test('for the same match an article comes after the visit it reports (ARTICLE_FACTOR)', () => {
    const article = { ...hit('园区乙', true), score: 1 };
    article.data = { ...fragment('园区乙'), filters: { type: ['报道'] } };
    const visit = { ...hit('园区甲', true), score: 0.8 };
    const place = { ...hit('园区丙', true), score: 1.3 };
    expect(orderChecked([article, visit, place], ['园区'], []).map((h) => h.id)).toEqual([
      '园区丙',
      '园区甲',
      '园区乙',
    ]);
  });

  test('a quoted term must be there intact', () => {
    const batch = [hit('最强、县', false), hit('最强县级市', true)];
    expect(orderChecked(batch, ['最强县'], ['最强县']).map((h) => h.id)).toEqual(['最强县级市']);
  });
});

/** A Pagefind stub returning `contents` in order, counting the fragments loaded. */
function stub(contents: string[]) {
  const loaded: string[] = [];
  const pagefind = {
    search: async () => ({
      results: contents.map((c, i) => ({
        id: c,
        score: contents.length - i,
        data: async () => {
          loaded.push(c);
          return fragment(c);
        },
      })),
      unfilteredResultCount: contents.length,
    }),
  } as unknown as Pagefind;
  return { pagefind, loaded };
}

describe('[run-search] fragments only for the results shown', () => {
  const contents = Array.from({ length: 35 }, (_, i) => (i % 3 === 0 ? `园区${i}` : `园、区${i}`));

  test('a first page loads 10 fragments; the next page 10 more', async () => {
    const { pagefind, loaded } = stub(contents);
    const first = await runSearch(pagefind, { q: '园区', filters: {} });
    expect(loaded).toHaveLength(10);
    expect(first.checked).toBe(10);
    expect(first.hits).toHaveLength(35);
    expect(first.hits.slice(0, 4).map((h) => h.exact)).toEqual([true, true, true, true]);
    expect(first.hits.slice(4, 10).every((h) => h.exact === false)).toBe(true);
    const next = await checkUpTo(first, 20);
    expect(loaded).toHaveLength(20);
    expect(next.checked).toBe(20);
    expect(next.hits.slice(0, 10)).toEqual(first.hits.slice(0, 10));
  });

  test('a quoted query checks up to 40 and keeps only those holding it', async () => {
    const { pagefind, loaded } = stub(contents);
    const found = await runSearch(pagefind, { q: '"园区"', filters: {} });
    expect(loaded).toHaveLength(35);
    expect(found.hits.every((h) => h.exact)).toBe(true);
    expect(found.hits).toHaveLength(12);
  });
});
