/**
 * A site indexed in several Pagefind shards (scripts/lib/run-pagefind.ts: a large corpus would
 * not fit one index in memory) searches as one: the seeds built with a tiny shard size find the
 * same pages holding the whole query, query for query, as the run's site in one index, and the
 * expected pages first. (Pages holding only part of a query may differ: Pagefind completes a word
 * it does not know from the index chunks it has loaded, and shards cut their chunks elsewhere.)
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { planShards } from '../../scripts/lib/run-pagefind';
import { runSearch } from '../../src/scripts/search/run-search';
import { hasTraditional } from '../../src/scripts/search/traditional-query';
import { runBuild } from '../robustness/run-build';
import { SEARCH_CASES } from './cases';
import { loadNodePagefind, type NodePagefind } from './support/node-pagefind';

describe('[shards] planShards', () => {
  const pages = (bytes: number[]) => bytes.map((b, i) => ({ file: `p${i}`, bytes: b }));

  test.each([
    ['under the limit: one shard', [10, 20, 30], 100, [['p0', 'p1', 'p2']]],
    [
      'twice the limit: two, every other page',
      [50, 50, 50, 50],
      100,
      [
        ['p0', 'p2'],
        ['p1', 'p3'],
      ],
    ],
    ['just over: two', [60, 50], 100, [['p0'], ['p1']]],
    ['no page: one empty shard', [], 100, [[]]],
  ])('%s', (_, bytes, limit, expected) => {
    expect(planShards(pages(bytes), limit)).toEqual(expected);
  });
});

describe('[shards] the seeds in several indexes search as in one', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kcl-shards-'));
  const site = join(scratch, 'dist');
  let one: NodePagefind;
  let many: NodePagefind;
  beforeAll(async () => {
    const run = await runBuild(['--out', site, '--content', join(scratch, 'content')], {
      env: { KCL_PAGEFIND_SHARD_MB: '0.3' },
    });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    one = await loadNodePagefind(inject('siteRoot'));
    many = await loadNodePagefind(site);
  }, 300_000);
  afterAll(async () => {
    await one?.close();
    await many?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('several shards, each a Pagefind bundle, listed in pagefind/shards.json', () => {
    const listed = JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8')) as string[];
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const path of listed)
      expect(existsSync(join(site, path, 'pagefind-entry.json'))).toBe(true);
    const onDisk = readdirSync(site).filter((d) => /^pagefind-\d+$/.test(d));
    expect(onDisk.map((d) => `${d}/`).sort()).toEqual([...listed].sort());
    expect(readFileSync(join(inject('siteRoot'), 'pagefind/shards.json'), 'utf8')).toBe('[]\n');
  });

  /** Every page Pagefind finds for `q` that holds it whole (title or text, as typed). */
  async function holding(site: NodePagefind, q: string): Promise<string[]> {
    const found = await site.pagefind.search(q);
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data
      .filter((d) => `${d.meta.title ?? ''} ${d.content}`.replace(/\s/g, '').includes(q))
      .map((d) => site.path(d.url))
      .sort();
  }

  /** The first results of the search page's own search, as site paths. */
  async function firstResults(site: NodePagefind, q: string): Promise<string[]> {
    const outcome = await runSearch(site.pagefind, { q, filters: {} });
    const data = await Promise.all(outcome.hits.map(async (h) => h.data ?? (await h.load())));
    return data.map((d) => site.path(d.url));
  }

  test.each(
    // One simplified word each: the page's own conversion and splitting are tested elsewhere.
    SEARCH_CASES.filter((c) => !c.filters && !/[\s“”"]/.test(c.q) && !hasTraditional(c.q)),
  )('$q: the same pages hold it, the expected ones first', async (c) => {
    const [whole, sharded] = [await holding(one, c.q), await holding(many, c.q)];
    expect(sharded.length).toBeGreaterThan(0);
    expect(sharded).toEqual(whole);
    const top = (await firstResults(many, c.q)).slice(0, 5);
    for (const page of c.top5) expect(top, page).toContain(page);
  });
});
