/**
 * The part of Pagefind's browser API (pagefind.js, written into the site by the build) that the
 * search page uses, typed, and its loader. Pagefind segments the query by the page's `<html lang>`,
 * which is zh-CN, so the query is cut into Chinese words as the index was.
 */

/** Filters: one value, several (all must match), or `{ any: [...] }` (one must match) per key. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

/** Results per filter value: `{ to: { 昆山市: 12 } }`. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

/** What `data()` loads for one result (its fragment). */
export interface PagefindFragment {
  /** The page's URL, with the site's base. */
  url: string;
  /** The indexed text of the page. */
  content: string;
  /** A passage with the matched words in `<mark>`; HTML-escaped, so safe as innerHTML. */
  excerpt: string;
  /** Meta: title, date, route, summary. */
  meta: Record<string, string>;
  /** The page's filters. */
  filters: Record<string, string[]>;
}

/** One result of a search, before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

/** What a search returns. */
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Once `filters()` has loaded them: results with each value added to the current filters. */
  filters?: PagefindFilterCounts;
  /** Once `filters()` has loaded them: results with each value instead of the current filters. */
  totalFilters?: PagefindFilterCounts;
}

/** The API of pagefind.js. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: PagefindFilters },
  ) => Promise<PagefindResponse>;
  preload: (term: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  /** Load every filter (then searches also count results per value). */
  filters: () => Promise<PagefindFilterCounts>;
  /** Search another index (a shard of the site's) with this one. */
  mergeIndex: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

/**
 * The site's further indexes: the build writes a large site as several (scripts/lib/run-pagefind.ts)
 * and lists them in `pagefind/shards.json`, relative to the base (`[]` for one index).
 */
export async function listShards(base: string): Promise<string[]> {
  const root = base.replace(/\/?$/, '/');
  const response = await fetch(`${root}pagefind/shards.json`);
  const shards = response.ok ? ((await response.json()) as string[]) : [];
  return shards.map((path) => `${root}${path}`);
}

/** Merge the site's further indexes (listShards, asked for already) into `pagefind`. */
async function mergeShards(
  pagefind: Pagefind,
  shards: Promise<string[]>,
  options: Record<string, unknown>,
): Promise<void> {
  await Promise.all((await shards).map((path) => pagefind.mergeIndex(path, options)));
}

/**
 * Meta fields that boost a page when the query matches them (Pagefind searches every meta field;
 * `title` is 5 by default): an entity's page has its name as title, a visit names its leaders,
 * hosts and members (`people`), places (`route`) and sectors (`sectors`), so a name, a place or a
 * sector puts that page and those visits above the articles and lists that merely mention it.
 */
export const META_WEIGHTS = { title: 5, people: 3, route: 2, sectors: 2 } as const;

/**
 * Options the search page sets: the bundle under the site's base; longer excerpts for Chinese;
 * no web worker (it would fetch a second copy of the engine, 43 KB, for a small index); and a
 * weaker page-length factor (default 0.75): visit and article pages run to thousands of words,
 * place and official pages to a few hundred, and at 0.75 a place page that merely lists a visit
 * outranks the visit (曹慧泉, 集成电路). tests/search/index.test.ts passes from 0.2 to 0.3.
 * Meta weights: META_WEIGHTS.
 */
export function pagefindOptions(base: string): Record<string, unknown> {
  return {
    basePath: `${base.replace(/\/?$/, '/')}pagefind/`,
    excerptLength: 40,
    noWorker: true,
    ranking: { pageLength: 0.25, metaWeights: { ...META_WEIGHTS } },
  };
}

/**
 * A second Pagefind instance, in a web worker, for counting results per filter value: once its
 * filters are loaded Pagefind counts every value on every search (at a thousand reports, 学习考察
 * takes 385 ms instead of 104), so the instance that answers the query never loads them, and the
 * counting runs off the page's thread after the results are drawn.
 */
export async function loadCountingPagefind(base: string): Promise<Pagefind> {
  const { basePath, ...options } = pagefindOptions(base);
  const shards = listShards(base); // asked for while the engine loads
  const module = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as {
    createInstance: (o: Record<string, unknown>) => Pagefind;
  };
  const counting = module.createInstance({ basePath });
  await counting.options({ ...options, noWorker: false });
  await counting.init();
  await mergeShards(counting, shards, { ...options, noWorker: false });
  await counting.filters();
  return counting;
}

/** Import the site's Pagefind bundle (`<base>pagefind/pagefind.js`) and set it up. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const options = pagefindOptions(base);
  const shards = listShards(base); // asked for while the engine loads
  const pagefind = (await import(/* @vite-ignore */ `${options.basePath}pagefind.js`)) as Pagefind;
  await pagefind.options(options);
  await pagefind.init();
  const { basePath: _, ...shared } = options;
  await mergeShards(pagefind, shards, shared);
  return pagefind;
}
