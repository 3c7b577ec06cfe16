/**
 * Search in Chromium: bytes fetched and milliseconds until the first results of first queries (each
 * on a fresh page, empty cache), then the next queries on the warm page, simplified and traditional.
 * Side by side in the same run, on the same dist/, the bare Pagefind API in a blank page served
 * beside the site (import pagefind.js, search(), the first 10 results' data()), for the same queries,
 * run by run in turn with the page, so that the machine's load weighs on both alike. Bytes are as
 * transferred: the bench's server gzips text like any static host, Pagefind's files come gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pagefindOptions } from '../../../src/scripts/search/pagefind-api';
import {
  groupRatios,
  type PairedRuns,
  type QueryGroup,
  type QueryRatio,
  queryRatio,
} from '../search-ratio';
import { launchBrowser } from './browser';
import { type StaticServer, serveDist } from './static-server';
import { median } from './stats';

/** One kind of first query, measured cold. */
export interface FirstQueryFigures {
  kind: string;
  q: string;
  group: QueryGroup;
  /** Whether the 300 KB budget is checked on it. */
  budgeted: boolean;
  /** Median ms from submitting the query to the first result (or the no-result sentence) in the page. */
  ms: number;
  /** Median bytes transferred for what the page requested before then, from navigation on. */
  bytes: number;
  results: number;
}

/** Search figures. */
export interface SearchFigures {
  /** 'page': the site's /search/; 'api': Pagefind's API in a blank page (the search page has none yet). */
  mode: 'page' | 'api';
  /** The first budgeted query (a place): the figures the issue names firstQuery…. */
  firstQuery: string;
  firstQueryMs: number;
  /** Bytes transferred (gzip where served so) from navigation until the first results. */
  firstQueryBytes: number;
  firstQueryResults: number;
  /** Every first query (place, person, sector word, a word on every page). */
  firstQueries: FirstQueryFigures[];
  nextQueryMsMedian: number;
  traditionalFirstQuery: string;
  traditionalFirstQueryMs: number;
  traditionalFirstQueryBytes: number;
  /** Results of each query, to see whether a traditional query finds what its simplified form does. */
  results: Record<string, number>;
  /** The bare Pagefind API on the same dist, same queries, same run (medians, ms). */
  baseline: {
    firstQueries: { kind: string; q: string; group: QueryGroup; ms: number }[];
    next: { q: string; group: QueryGroup; ms: number }[];
    nextQueryMsMedian: number;
  };
  /** The page's time over the bare API's: each query, and the median of each group of queries. */
  ratio: {
    first: QueryRatio[];
    next: QueryRatio[];
    firstByGroup: Partial<Record<QueryGroup, QueryRatio>>;
    nextByGroup: Partial<Record<QueryGroup, QueryRatio>>;
  };
}

/** Queries: first ones (each cold), then the next ones (simplified and traditional). */
export interface SearchQueries {
  firsts: { kind: string; q: string; budgeted: boolean; group: QueryGroup }[];
  next: { q: string; group: QueryGroup }[];
  traditionalFirst: string;
}

const BLANK = '/__bench__/search.html';
const BLANK_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>';

/** Says whether the built /search/ page has a search box and a script (else the API is measured in a blank page). */
export function searchPageUsesPagefind(dist: string): boolean {
  try {
    const html = readFileSync(join(dist, 'search/index.html'), 'utf8');
    return /<input\b[^>]*type="?search/i.test(html) && /<script\b[^>]*src=/i.test(html);
  } catch {
    return false;
  }
}

/** Results whose fragments the bare API loads: a first page of results, as the issue measures it. */
export const BARE_FRAGMENTS = 10;

/**
 * Runs one query through the bare Pagefind API (the first call imports pagefind.js and gives it the
 * search page's options: the same engine settings, so that the difference is the page's own work),
 * searches and loads the first BARE_FRAGMENTS results' data; returns ms and count.
 */
async function apiQuery(
  page: Page,
  origin: string,
  query: string,
): Promise<{ ms: number; results: number }> {
  return page.evaluate(
    async ({ url, q, options, n }) => {
      type Pagefind = {
        options: (o: unknown) => Promise<void>;
        mergeIndex: (path: string, o: unknown) => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const w = window as unknown as { pf?: Pagefind };
      const t0 = performance.now();
      let pf = w.pf;
      if (!pf) {
        pf = (await import(url)) as Pagefind;
        await pf.options(options);
        // A site indexed in several shards is searched as one (a build without the list: one).
        const listed = await fetch(url.replace(/pagefind\.js$/, 'shards.json'));
        const shards = listed.ok ? ((await listed.json()) as string[]) : [];
        const { basePath: _, ...shared } = options as Record<string, unknown>;
        const root = url.replace(/pagefind\/pagefind\.js$/, '');
        for (const path of shards) await pf.mergeIndex(`${root}${path}`, shared);
        w.pf = pf;
      }
      const found = await pf.search(q);
      await Promise.all(found.results.slice(0, n).map((r) => r.data()));
      return { ms: performance.now() - t0, results: found.results.length };
    },
    {
      url: `${origin}/pagefind/pagefind.js`,
      q: query,
      options: pagefindOptions(`${origin}/`),
      n: BARE_FRAGMENTS,
    },
  );
}

// Where the search page shows results and says what it found: the site's ids, else generic ones,
// tried in order (a selector list would take whichever comes first in the document, e.g. main).
const RESULTS = ['#search-results', '[data-search-results]', '.pagefind-ui__results-area', 'main'];
const STATUS = ['#search-status', '[role="status"]'];
// Page-side code as strings: functions would be sent through the bundler's helpers (__name).
const FIND = `const find = (list) => list.map((s) => document.querySelector(s)).find((e) => e) ?? null;
  const results = find(${JSON.stringify(RESULTS)}); const status = find(${JSON.stringify(STATUS)});`;
const CLEAR = `(() => { ${FIND} results?.replaceChildren(); if (status) status.textContent = ''; })()`;
const SHOWN = `(() => { ${FIND} return !!results?.querySelector('a[href]') || (status?.textContent ?? '').trim() !== ''; })()`;
const COUNT = `(() => { ${FIND} const said = /找到\\s*(\\d+)\\s*条/.exec(status?.textContent ?? '');
  return said ? Number(said[1]) : (results?.querySelectorAll('a[href]').length ?? 0); })()`;

/**
 * Notes in the page when the query is submitted (window.__submitAt, performance.now(), in the
 * capture phase, before the page's own handler) and when a result link or a status sentence first
 * appears (__firstAt, and __firstAtMs: Date.now(), for the server's log of requests).
 */
const WATCH = `(() => { ${FIND} window.__firstAt = 0; window.__submitAt = 0;
  document.addEventListener('submit', () => { window.__submitAt = performance.now(); }, { capture: true, once: true });
  const note = () => { if (!window.__firstAt && (results?.querySelector('a[href]') || (status?.textContent ?? '').trim() !== '')) { window.__firstAt = performance.now(); window.__firstAtMs = Date.now(); } };
  const watcher = new MutationObserver(note);
  for (const e of [results, status]) if (e) watcher.observe(e, { childList: true, subtree: true, characterData: true }); })()`;
const DONE = `(() => { ${FIND} return (status?.textContent ?? '').trim() !== '' && !document.querySelector('[aria-busy="true"]'); })()`;

/** A query's time, result count and, for a page query, when its first result appeared (Date.now()). */
interface QueryRun {
  ms: number;
  results: number;
  at: number | null;
}

/**
 * Types a query into the search page and submits it (Enter: no typing delay), having emptied the
 * results first. Its time runs, in the page's own clock (as the bare API's does: no DevTools round
 * trip in either), from the form's submit event to the moment a result link or a status sentence
 * (a zero-result search shows only the sentence) is put into the page, as a MutationObserver notes
 * it; then the search is waited for to the end (status said, nothing busy: results, filter counts)
 * and its count read from the sentence (找到 N 条), else counted as links.
 */
async function pageQuery(page: Page, query: string): Promise<QueryRun> {
  await page.evaluate(CLEAR);
  await page.evaluate(WATCH);
  const input = page.locator('input[type="search"]').first();
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction(SHOWN, undefined, { polling: 'raf', timeout: 30_000 });
  const [submitAt, firstAt, at] = (await page.evaluate(
    '[window.__submitAt, window.__firstAt, window.__firstAtMs]',
  )) as number[];
  await page.waitForFunction(DONE, undefined, { timeout: 30_000 }).catch(() => undefined);
  return {
    ms: (firstAt ?? 0) - (submitAt ?? 0),
    results: Number(await page.evaluate(COUNT)),
    at: at || Date.now(),
  };
}

/**
 * Opens a fresh page (empty cache) and runs a first query. Bytes: what the server sent for the
 * requests it had received by the time the first result appeared (worker fetches included), from
 * navigation on; in API mode, everything until the query returned.
 */
async function coldQuery(
  browser: Browser,
  server: StaticServer,
  mode: SearchFigures['mode'],
  query: string,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  server.resetBytes();
  await page.goto(server.origin + (mode === 'page' ? '/search/' : BLANK), { waitUntil: 'load' });
  const run = async (q: string): Promise<QueryRun> =>
    mode === 'page'
      ? pageQuery(page, q)
      : { ...(await apiQuery(page, server.origin, q)), at: null };
  const first = await run(query);
  const bytes = first.at === null ? server.bytesSent() : server.bytesRequestedBefore(first.at);
  return { ...first, bytes, run, close: () => context.close() };
}

/** Page and bare runs of the first queries and of the next ones, by query. */
interface Runs {
  first: Map<string, { page: ColdRun[]; bare: number[] }>;
  next: Map<string, { page: number[]; bare: number[] }>;
  results: Record<string, number>;
}

type ColdRun = { ms: number; bytes: number; results: number };

/**
 * One repetition: every first query cold on the page then on the bare API; on the first one's warm
 * page and warm bare page, every next query, page then bare.
 */
async function repetition(
  browser: Browser,
  server: StaticServer,
  mode: SearchFigures['mode'],
  queries: SearchQueries,
  runs: Runs,
): Promise<void> {
  const firsts = [...queries.firsts.map((f) => f.q), queries.traditionalFirst];
  for (const [i, q] of firsts.entries()) {
    const page = await coldQuery(browser, server, mode, q);
    const bare = await coldQuery(browser, server, 'api', q);
    const entry = runs.first.get(q) ?? { page: [], bare: [] };
    entry.page.push(page);
    entry.bare.push(bare.ms);
    runs.first.set(q, entry);
    runs.results[q] = page.results;
    if (i === 0) {
      for (const { q: next } of queries.next) {
        const warmPage = await page.run(next);
        const warmBare = await bare.run(next);
        const n = runs.next.get(next) ?? { page: [], bare: [] };
        n.page.push(warmPage.ms);
        n.bare.push(warmBare.ms);
        runs.next.set(next, n);
        runs.results[next] = warmPage.results;
      }
    }
    await page.close();
    await bare.close();
  }
}

/** Measures search on a built site: the page and the bare API side by side, `repeat` times. */
export async function measureSearch(
  dist: string,
  queries: SearchQueries,
  repeat = 3,
): Promise<SearchFigures> {
  const mode = searchPageUsesPagefind(dist) ? 'page' : 'api';
  const server = await serveDist(dist, { [BLANK]: BLANK_HTML });
  const browser = await launchBrowser();
  try {
    const runs: Runs = { first: new Map(), next: new Map(), results: {} };
    for (let r = 0; r < repeat; r++) await repetition(browser, server, mode, queries, runs);
    const cold = (q: string) => {
      const of = runs.first.get(q) ?? { page: [], bare: [] };
      return {
        ms: median(of.page.map((x) => x.ms)),
        bytes: median(of.page.map((x) => x.bytes)),
        results: of.page[0]?.results ?? 0,
        bareMs: median(of.bare),
      };
    };
    const firstQueries: FirstQueryFigures[] = queries.firsts.map((f) => {
      const { bareMs: _bare, ...figures } = cold(f.q);
      return { ...f, ...figures };
    });
    const trad = cold(queries.traditionalFirst);
    const main = firstQueries[0];
    const firstPairs: PairedRuns[] = [
      ...queries.firsts.map((f) => ({ q: f.q, group: f.group })),
      { q: queries.traditionalFirst, group: 'name' as const },
    ].map(({ q, group }) => {
      const of = runs.first.get(q) ?? { page: [], bare: [] };
      return { q, group, page: of.page.map((x) => x.ms), bare: of.bare };
    });
    const nextPairs: PairedRuns[] = queries.next.map(({ q, group }) => ({
      q,
      group,
      ...(runs.next.get(q) ?? { page: [], bare: [] }),
    }));
    const first = firstPairs.map(queryRatio);
    const next = nextPairs.map(queryRatio);
    return {
      mode,
      firstQuery: main?.q ?? '',
      firstQueryMs: main?.ms ?? 0,
      firstQueryBytes: main?.bytes ?? 0,
      firstQueryResults: main?.results ?? 0,
      firstQueries,
      nextQueryMsMedian: median(nextPairs.flatMap((p) => p.page)),
      traditionalFirstQuery: queries.traditionalFirst,
      traditionalFirstQueryMs: trad.ms,
      traditionalFirstQueryBytes: trad.bytes,
      results: runs.results,
      baseline: {
        firstQueries: first.map((f, i) => ({
          kind: queries.firsts[i]?.kind ?? 'traditional place',
          q: f.q,
          group: f.group,
          ms: f.bareMs,
        })),
        next: next.map((n) => ({ q: n.q, group: n.group, ms: n.bareMs })),
        nextQueryMsMedian: median(nextPairs.flatMap((p) => p.bare)),
      },
      ratio: { first, next, firstByGroup: groupRatios(first), nextByGroup: groupRatios(next) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The bare API's median time and result count for one query on one dist. */
export interface BareFigures {
  q: string;
  group: QueryGroup;
  ms: number;
  results: number;
}

/**
 * The bare API alone on several dists (the same corpus indexed otherwise), run by run in turn:
 * medians of `repeat` cold runs of each first query on each dist, and of the next queries warm on
 * the page of the first (the engine's own time for a query, its start-up excluded).
 */
export async function measureBareSearch(
  dists: readonly string[],
  queries: Pick<SearchQueries, 'firsts' | 'next'>,
  repeat = 3,
): Promise<{ first: BareFigures[]; next: BareFigures[] }[]> {
  const servers = await Promise.all(dists.map((d) => serveDist(d, { [BLANK]: BLANK_HTML })));
  const browser = await launchBrowser();
  const blank = () => ({ ms: [] as number[], results: 0 });
  try {
    const cold = dists.map(() => queries.firsts.map(blank));
    const warm = dists.map(() => queries.next.map(blank));
    for (let r = 0; r < repeat; r++) {
      for (const [qi, { q }] of queries.firsts.entries()) {
        for (const [di, server] of servers.entries()) {
          const run = await coldQuery(browser, server, 'api', q);
          const c = cold[di]?.[qi];
          c?.ms.push(run.ms);
          if (c) c.results = run.results;
          if (qi === 0) {
            for (const [ni, { q: next }] of queries.next.entries()) {
              const w = await run.run(next);
              const n = warm[di]?.[ni];
              n?.ms.push(w.ms);
              if (n) n.results = w.results;
            }
          }
          await run.close();
        }
      }
    }
    const figures = (list: { q: string; group: QueryGroup }[], runs: ReturnType<typeof blank>[]) =>
      list.map(({ q, group }, i) => ({
        q,
        group,
        ms: median(runs[i]?.ms ?? []),
        results: runs[i]?.results ?? 0,
      }));
    return dists.map((_, di) => ({
      first: figures(queries.firsts, cold[di] ?? []),
      next: figures(queries.next, warm[di] ?? []),
    }));
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
