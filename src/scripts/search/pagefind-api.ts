/**
 * The part of Pagefind's browser API (pagefind.js, written into the site by the build) that the
 * search page uses, typed, and its loader. Pagefind segments the query by the page's `<html lang>`,
 * which is zh-CN, so the query is cut into Chinese words as the index was.
 */

/** Filters: one value or several (all must match) per key. */
export type PagefindFilters = Record<string, string | string[]>;

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
}

/**
 * Options the search page sets: the bundle under the site's base; longer excerpts for Chinese;
 * no web worker (it would fetch a second copy of the engine, 43 KB, for a small index); and a
 * weaker page-length factor (default 0.75): visit and article pages run to thousands of words,
 * place and official pages to a few hundred, and at 0.75 a place page that merely lists a visit
 * outranks the visit (曹慧泉, 集成电路). tests/search/index.test.ts passes from 0.2 to 0.3.
 */
export function pagefindOptions(base: string): Record<string, unknown> {
  return {
    basePath: `${base.replace(/\/?$/, '/')}pagefind/`,
    excerptLength: 40,
    noWorker: true,
    ranking: { pageLength: 0.25 },
  };
}

/** Import the site's Pagefind bundle (`<base>pagefind/pagefind.js`) and set it up. */
export async function loadPagefind(base: string): Promise<Pagefind> {
  const options = pagefindOptions(base);
  const pagefind = (await import(/* @vite-ignore */ `${options.basePath}pagefind.js`)) as Pagefind;
  await pagefind.options(options);
  await pagefind.init();
  return pagefind;
}
