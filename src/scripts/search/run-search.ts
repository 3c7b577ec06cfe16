/**
 * One search, from the query as typed to ordered results: convert traditional characters, ask
 * Pagefind, boost visit pages, check which results hold the query intact and put those first.
 * No DOM here: the search page and the index tests (in Node) both run it.
 */
import { type FilterKey, VISIT_FILTER } from './filter-keys';
import { containsAll, containsChars } from './match';
import type { Pagefind, PagefindFilters, PagefindFragment } from './pagefind-api';
import { normalizeQuery, parseQuery, type Term } from './query';
import { toSimplifiedQuery } from './traditional-query';

/** How many results, best first, are loaded and checked for the query as typed. */
export const CHECK_LIMIT = 40;
/**
 * The first page of results (render-results.ts's PAGE_SIZE). Its fragments are loaded first: when
 * all of them hold the query intact, nothing further down can come before them, so the first page
 * is known before the rest are loaded (each fragment is a page's whole text, 1–6 KB gzipped).
 */
export const FIRST_CHECK = 20;
/** Score factor of visit pages: for the same match, a visit ranks above an article or a place. */
export const VISIT_BOOST = 1.5;

/** What the user asked: the query as typed and one value per filter. */
export interface SearchRequest {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** One result. */
export interface Hit {
  id: string;
  /** Pagefind's score, times VISIT_BOOST for visit pages. */
  score: number;
  /**
   * True when the page holds every term intact; false when it holds only their characters, apart;
   * null when not checked (beyond CHECK_LIMIT, or a search by filters alone).
   */
  exact: boolean | null;
  /** The loaded fragment (null when not checked). */
  data: PagefindFragment | null;
  /** Loads the fragment. */
  load: () => Promise<PagefindFragment>;
}

/** The outcome of a search. */
export interface SearchOutcome {
  /** The normalized query as typed. */
  typed: string;
  /** The query Pagefind was given (simplified, without quotes). */
  searched: string;
  /** True when traditional characters were converted. */
  converted: boolean;
  terms: Term[];
  /** True when some term was quoted: only results that hold those terms are kept. */
  quoted: boolean;
  /** Results: those holding every term first, then the others, then the unchecked. */
  hits: Hit[];
  /** Results that hold every term intact (among the checked). */
  exactCount: number;
  /** Results checked (of the first CHECK_LIMIT, those kept). */
  checked: number;
}

/** Turn the request's filters into Pagefind's (empty values dropped). */
export function toPagefindFilters(filters: SearchRequest['filters']): PagefindFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v));
}

/** Say whether a request asks for anything (a query or a filter). */
export function isEmptyRequest(request: SearchRequest): boolean {
  return (
    normalizeQuery(request.q) === '' && Object.keys(toPagefindFilters(request.filters)).length === 0
  );
}

/** The text a result is checked against: its title and its indexed text. */
const pageText = (data: PagefindFragment): string => `${data.meta.title ?? ''} ${data.content}`;

/**
 * Run a search; an empty request gives no results. `early` is called, before the outcome is
 * complete, with an outcome whose first FIRST_CHECK results are final (in order and content) when
 * they all hold the query intact (the rest of it not checked yet); the rest are loaded once the
 * promise it returns is settled.
 */
export async function runSearch(
  pagefind: Pagefind,
  request: SearchRequest,
  early?: (outcome: SearchOutcome) => void | Promise<void>,
): Promise<SearchOutcome> {
  const typed = normalizeQuery(request.q);
  const simplified = await toSimplifiedQuery(typed);
  const { text, terms } = parseQuery(simplified);
  const filters = toPagefindFilters(request.filters);
  const quoted = terms.some((t) => t.quoted);
  const outcome = { typed, searched: text, converted: simplified !== typed, terms, quoted };
  if (!text && Object.keys(filters).length === 0) {
    return { ...outcome, hits: [], exactCount: 0, checked: 0 };
  }
  const term = text || null;
  // The same search limited to visits says which results are visit pages, without loading them.
  const [all, visits] = await Promise.all([
    pagefind.search(term, { filters }),
    term
      ? pagefind.search(term, { filters: { ...filters, [VISIT_FILTER.key]: VISIT_FILTER.value } })
      : null,
  ]);
  const visitIds = new Set(visits?.results.map((r) => r.id));
  const ranked = all.results
    .map((r) => ({ result: r, score: r.score * (visitIds.has(r.id) ? VISIT_BOOST : 1) }))
    .sort((a, b) => b.score - a.score);
  const wanted = terms.map((t) => t.text);
  const required = terms.filter((t) => t.quoted).map((t) => t.text);
  const hits: Hit[] = ranked.map(({ result, score }) => ({
    id: result.id,
    score,
    load: result.data,
    exact: null,
    data: null,
  }));
  /** Load and check hits [from, to) (a filter alone has nothing to check: loaded when shown). */
  const check = async (from: number, to: number): Promise<void> => {
    if (wanted.length === 0) return;
    await Promise.all(
      hits.slice(from, to).map(async (hit) => {
        hit.data = await hit.load();
        hit.exact = containsAll(pageText(hit.data), wanted);
      }),
    );
  };
  // Drop what holds not even every character of the query (Pagefind's shortened-word matches),
  // then, for a quoted query, what does not hold the quoted terms intact; intact matches first.
  const settle = (): SearchOutcome => {
    const relevant = hits.filter((h) => h.data === null || containsChars(pageText(h.data), wanted));
    const kept = quoted
      ? relevant.filter((h) => h.data && containsAll(pageText(h.data), required))
      : relevant;
    const tier = (h: Hit) => (h.exact === true ? 0 : h.exact === false ? 1 : 2);
    const ordered = kept
      .map((h, i) => ({ h, i }))
      .sort((a, b) => tier(a.h) - tier(b.h) || a.i - b.i);
    return {
      ...outcome,
      hits: ordered.map(({ h }) => ({ ...h })),
      exactCount: kept.filter((h) => h.exact === true).length,
      checked: kept.filter((h) => h.exact !== null).length,
    };
  };
  // A quoted query keeps only checked results: nothing is final before all are checked.
  if (!early || quoted || hits.length <= FIRST_CHECK) {
    await check(0, CHECK_LIMIT);
    return settle();
  }
  await check(0, FIRST_CHECK);
  if (hits.slice(0, FIRST_CHECK).every((h) => h.exact)) await early(settle());
  await check(FIRST_CHECK, CHECK_LIMIT);
  return settle();
}
