/**
 * Search in Chromium: bytes fetched and milliseconds until the first results of first queries (each
 * on a fresh page, empty cache), then the median of the next queries, simplified and traditional.
 * Uses the site's /search/ page when it has a search script; otherwise Pagefind's JS API in a blank
 * page served beside the site (`mode: 'api'`). Bytes are as transferred: the bench's server gzips
 * text like any static host, Pagefind's files come gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { type StaticServer, serveDist } from './static-server';
import { median } from './stats';

/** One kind of first query, measured cold. */
export interface FirstQueryFigures {
  kind: string;
  q: string;
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
}

/** Queries: first ones (each cold), then the next ones (simplified and traditional). */
export interface SearchQueries {
  firsts: { kind: string; q: string; budgeted: boolean }[];
  next: string[];
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

/** Runs one query through Pagefind's API and loads the first five results; returns ms and count. */
async function apiQuery(
  page: Page,
  origin: string,
  query: string,
): Promise<{ ms: number; results: number }> {
  return page.evaluate(
    async ({ url, q }) => {
      type Pagefind = {
        search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const w = window as unknown as { pf?: Pagefind };
      const t0 = performance.now();
      const pf: Pagefind = w.pf ?? (await import(url));
      w.pf = pf;
      const found = await pf.search(q);
      await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
      return { ms: performance.now() - t0, results: found.results.length };
    },
    { url: `${origin}/pagefind/pagefind.js`, q: query },
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

/** Notes in the page (window.__firstAt, Date.now()) when a result link or a status sentence first appears. */
const WATCH = `(() => { ${FIND} window.__firstAt = 0;
  const note = () => { if (!window.__firstAt && (results?.querySelector('a[href]') || (status?.textContent ?? '').trim() !== '')) window.__firstAt = Date.now(); };
  const watcher = new MutationObserver(note);
  for (const e of [results, status]) if (e) watcher.observe(e, { childList: true, subtree: true, characterData: true }); })()`;
const DONE = `(() => { ${FIND} return (status?.textContent ?? '').trim() !== '' && !results?.hasAttribute('aria-busy'); })()`;

/** A query's time, result count and, for a page query, when its first result appeared (Date.now()). */
interface QueryRun {
  ms: number;
  results: number;
  at: number | null;
}

/**
 * Types a query into the search page and submits it (Enter: no typing delay), having emptied the
 * results first. Its time runs to the moment a result link or a status sentence (a zero-result
 * search shows only the sentence) is put into the page, as a MutationObserver notes it; then the
 * search is waited for to the end (status said, results no longer busy) and its count read from
 * the sentence (找到 N 条), else counted as links.
 */
async function pageQuery(page: Page, query: string): Promise<QueryRun> {
  await page.evaluate(CLEAR);
  await page.evaluate(WATCH);
  const input = page.locator('input[type="search"]').first();
  const t0 = Date.now();
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction(SHOWN, undefined, { polling: 'raf', timeout: 30_000 });
  const at = Number(await page.evaluate('window.__firstAt')) || Date.now();
  await page.waitForFunction(DONE, undefined, { timeout: 30_000 }).catch(() => undefined);
  return { ms: at - t0, results: Number(await page.evaluate(COUNT)), at };
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

/** Measures search on a built site. */
export async function measureSearch(
  dist: string,
  queries: SearchQueries,
  repeat = 3,
): Promise<SearchFigures> {
  const mode = searchPageUsesPagefind(dist) ? 'page' : 'api';
  const server = await serveDist(dist, { [BLANK]: BLANK_HTML });
  const browser = await launchBrowser();
  try {
    const results: Record<string, number> = {};
    const nextMs: number[] = [];
    const cold = async (q: string) => {
      const runs: { ms: number; bytes: number; results: number }[] = [];
      for (let r = 0; r < repeat; r++) {
        const c = await coldQuery(browser, server, mode, q);
        runs.push(c);
        results[q] = c.results;
        // The next queries, on the warm page of the first first query.
        if (q === queries.firsts[0]?.q) {
          for (const next of queries.next) {
            const warm = await c.run(next);
            nextMs.push(warm.ms);
            results[next] = warm.results;
          }
        }
        await c.close();
      }
      return {
        ms: median(runs.map((x) => x.ms)),
        bytes: median(runs.map((x) => x.bytes)),
        results: runs[0]?.results ?? 0,
      };
    };
    const firstQueries: FirstQueryFigures[] = [];
    for (const f of queries.firsts) firstQueries.push({ ...f, ...(await cold(f.q)) });
    const trad = await cold(queries.traditionalFirst);
    const main = firstQueries[0];
    return {
      mode,
      firstQuery: main?.q ?? '',
      firstQueryMs: main?.ms ?? 0,
      firstQueryBytes: main?.bytes ?? 0,
      firstQueryResults: main?.results ?? 0,
      firstQueries,
      nextQueryMsMedian: median(nextMs),
      traditionalFirstQuery: queries.traditionalFirst,
      traditionalFirstQueryMs: trad.ms,
      traditionalFirstQueryBytes: trad.bytes,
      results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
