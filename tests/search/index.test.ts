/**
 * The search index of the built site, queried in Node with the search page's own code
 * (runSearch): each case's pages among the first five results, traditional = simplified,
 * exact matches first, quoted queries exact, filters and meta in the index, no results.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  runSearch,
  type SearchOutcome,
  type SearchRequest,
} from '../../src/scripts/search/run-search';
import { NO_RESULTS, SEARCH_CASES } from './cases';
import { loadNodePagefind, type NodePagefind } from './support/node-pagefind';

let site: NodePagefind;
beforeAll(async () => {
  site = await loadNodePagefind(inject('siteRoot'));
});
afterAll(async () => {
  await site?.close();
});

/** Run a search and list the result paths in order. */
async function search(
  request: SearchRequest,
): Promise<{ outcome: SearchOutcome; paths: string[] }> {
  const outcome = await runSearch(site.pagefind, request);
  const data = await Promise.all(outcome.hits.map(async (h) => h.data ?? (await h.load())));
  return { outcome, paths: data.map((d) => site.path(d.url)) };
}

describe('search cases: expected pages among the first five', () => {
  test.each(SEARCH_CASES)('$kind: $q $filters', async (c) => {
    const { paths } = await search({ q: c.q, filters: c.filters ?? {} });
    const top5 = paths.slice(0, 5);
    for (const page of c.top5) expect(top5, `${page} in ${paths.join(' ')}`).toContain(page);
    for (const page of c.absent ?? []) expect(paths).not.toContain(page);
    if (c.same) {
      const same = await search({ q: c.same, filters: c.filters ?? {} });
      expect(paths).toEqual(same.paths);
    }
  });

  test(`${NO_RESULTS} finds nothing, before and after other searches`, async () => {
    // Pagefind shortens a word it does not know (企鹅 → 企, in 企业) over whatever index chunks
    // earlier searches loaded; what holds not every character of the query is dropped.
    expect((await search({ q: NO_RESULTS, filters: {} })).outcome.hits).toEqual([]);
    for (const q of ['企业', '昆山', '民营经济', 'xyzzy']) await search({ q, filters: {} });
    expect((await search({ q: NO_RESULTS, filters: {} })).outcome.hits).toEqual([]);
    expect((await search({ q: 'xyzzy', filters: {} })).outcome.hits).toEqual([]);
  });
});

describe('precision: the query as typed first', () => {
  test('最强县级市: pages holding it come first, the rest (最, 强, 县 apart) after', async () => {
    const { outcome } = await search({ q: '最强县级市', filters: {} });
    const flags = outcome.hits.map((h) => h.exact);
    expect(outcome.exactCount).toBeGreaterThan(0);
    expect(outcome.exactCount).toBeLessThan(outcome.hits.length);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    for (const hit of outcome.hits) {
      expect(`${hit.data?.meta.title} ${hit.data?.content}`.includes('最强县级市')).toBe(hit.exact);
    }
  });

  test('a quoted query keeps only the pages that hold it', async () => {
    const plain = await search({ q: '最强县级市', filters: {} });
    const quoted = await search({ q: '“最强县级市”', filters: {} });
    expect(quoted.outcome.quoted).toBe(true);
    expect(quoted.outcome.hits).toHaveLength(plain.outcome.exactCount);
    expect(quoted.outcome.hits.every((h) => h.exact)).toBe(true);
  });

  test('a visit ranks above the article that reports it for the same match', async () => {
    const { paths } = await search({ q: '昆山市考察团', filters: {} });
    const visit = paths.indexOf('visits/kunshan-2025-shenzhen-dongguan/');
    const article = paths.indexOf('articles/000_a21bf360e6243a78/');
    expect(visit).toBeGreaterThanOrEqual(0);
    expect(visit).toBeLessThan(article);
  });
});

describe('traditional queries convert before the search', () => {
  test.each([
    ['蘇州', '苏州'],
    ['陳麗艷', '陈丽艳'],
    ['無錫 跨江融合發展', '无锡 跨江融合发展'],
  ])('%s is searched as %s', async (traditional, simplified) => {
    const { outcome } = await search({ q: traditional, filters: {} });
    expect(outcome.converted).toBe(true);
    expect(outcome.searched).toBe(simplified);
  });

  test('a simplified query is searched as typed', async () => {
    const { outcome } = await search({ q: '乾县 著名', filters: {} });
    expect(outcome.converted).toBe(false);
    expect(outcome.searched).toBe('乾县 著名');
  });
});

describe('filters and meta in the index', () => {
  test('a visit page carries its type, places, officials, sectors, year and meta', async () => {
    const { outcome, paths } = await search({ q: '陈丽艳', filters: { type: ['考察'] } });
    const visit = outcome.hits[paths.indexOf('visits/kunshan-2025-shenzhen-dongguan/')]?.data;
    expect(visit?.filters).toMatchObject({
      type: ['考察'],
      from: ['昆山市'],
      to: ['深圳市', '东莞市'],
      official: expect.arrayContaining(['陈丽艳']),
      sector: expect.arrayContaining(['低空经济']),
      year: ['2025'],
    });
    expect(visit?.meta).toMatchObject({
      route: '昆山市 → 深圳市、东莞市',
      date: expect.stringContaining('2025'),
    });
    // Meta given as `key:value` is not in the page's text.
    expect(visit?.content).not.toContain('昆山市 → 深圳市');
  });

  test.each([
    ['type', '地点', 'places/kunshan/'],
    ['type', '人物', 'officials/chenliyan/'],
    ['type', '报道', 'articles/000_a21bf360e6243a78/'],
    ['from', '南通市', 'visits/nantong-2020-suzhou-jiangsu-wuxi-changzhou/'],
    ['official', '黄钦', 'visits/wuxi-2020-nantong-taizhou-jiangsu/'],
    ['year', '2023', 'visits/zhuzhou-2023-yiwu-jinhua-shaoxing-kunshan/'],
  ])('filter %s=%s finds %s', async (key, value, page) => {
    const { paths } = await search({ q: '', filters: { [key]: [value] } });
    expect(paths).toContain(page);
  });

  test('a visit without a known year has no year filter', async () => {
    const { paths } = await search({ q: '启东', filters: { year: ['2025'] } });
    expect(paths).not.toContain('visits/qidong-nantong-undated-wujiang-suzhou/');
  });
});

describe('the index holds each page’s own content', () => {
  test.each(['党政代表团', '学习考察'])(
    '%s (in every report and visit) finds no place, official or sector page: their lists are not indexed',
    async (q) => {
      const { outcome } = await search({ q, filters: {} });
      const data = await Promise.all(outcome.hits.map(async (h) => h.data ?? (await h.load())));
      const types = new Set(data.map((d) => d.filters.type?.[0]));
      expect(outcome.hits.length).toBeGreaterThan(0);
      // Reports, and visits whose own facts say it (their quoted passages are not indexed).
      expect(types.has('报道')).toBe(true);
      expect([...types].filter((t) => t !== '报道' && t !== '考察')).toEqual([]);
    },
  );

  test('a sector is found on its own page, as a 领域 result', async () => {
    const { paths, outcome } = await search({ q: '低空经济', filters: { type: ['领域'] } });
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(paths[0]).toMatch(/^sectors\//);
    expect(outcome.hits[0]?.data?.meta.title).toBe('低空经济');
  });
});
