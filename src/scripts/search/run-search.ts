/**
 * One search, from the query as typed to ordered results: convert traditional characters, ask
 * Pagefind once, and load only the fragments of the results shown (a first page of PAGE_SIZE, the
 * next page when asked), checking each for the query as typed. No DOM here: the search page and
 * the index tests (in Node) both run it.
 */
import type { FilterKey } from './filter-keys';
import { normalizedContainsAll, normalizedContainsChars, normalizeForMatch } from './match';
import type { Pagefind, PagefindFilters, PagefindFragment, PagefindResponse } from './pagefind-api';
import { normalizeQuery, parseQuery, type Term } from './query';
import { toSimplifiedQuery } from './traditional-query';

/**
 * Results shown at first and added by each “显示更多”: only their fragments are loaded (each is a
 * page's whole text, 1–6 KB gzipped), as many as the bare engine needs for a first page.
 */
export const PAGE_SIZE = 10;
/** A quoted query keeps only results that hold the quoted terms: this many are loaded and checked. */
export const QUOTED_CHECK_LIMIT = 40;
/**
 * Score factor of article pages (报道) within a checked page of results: for the same match the
 * visit an article reports comes before it, and an entity's page stays where its title put it
 * (the type is known from the loaded fragments: no second search).
 */
export const ARTICLE_FACTOR = 2 / 3;

/** What the user asked: the query as typed and the chosen values of each filter. */
export interface SearchRequest {
  q: string;
  /** Several values of one filter: either (OR); filters together: all (AND). */
  filters: Partial<Record<FilterKey, string[]>>;
}

/** One result. */
export interface Hit {
  id: string;
  /** Pagefind's score (meta weights included: pagefind-api.ts). */
  score: number;
  /**
   * True when the page holds every term intact; false when it holds only their characters, apart;
   * null when not checked yet (not shown yet, or a search by filters alone).
   */
  exact: boolean | null;
  /** The loaded fragment (null when not loaded). */
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
  /**
   * Results: the checked ones first (each page of them with those holding every term first), then
   * the unchecked in Pagefind's order (none for a quoted query).
   */
  hits: Hit[];
  /** Checked results that hold every term intact. */
  exactCount: number;
  /** How many of the first hits are checked. */
  checked: number;
  /** Pagefind's response (filter counts, once filters are loaded); null for an empty request. */
  response: PagefindResponse | null;
}

/** Turn the request's filters into Pagefind's: one value as is, several as `{ any }`; empty dropped. */
export function toPagefindFilters(filters: SearchRequest['filters']): PagefindFilters {
  const out: PagefindFilters = {};
  for (const [key, values] of Object.entries(filters)) {
    const kept = [...new Set((values ?? []).filter((v) => v.length > 0))];
    if (kept.length === 1) out[key] = kept[0] as string;
    else if (kept.length > 1) out[key] = { any: kept };
  }
  return out;
}

/** Say whether a request asks for anything (a query or a filter). */
export function isEmptyRequest(request: SearchRequest): boolean {
  return (
    normalizeQuery(request.q) === '' && Object.keys(toPagefindFilters(request.filters)).length === 0
  );
}

/** The text a result is checked against, normalized once: its title and its indexed text. */
const normalizedText = new WeakMap<PagefindFragment, string>();
const pageText = (data: PagefindFragment): string => {
  let text = normalizedText.get(data);
  if (text === undefined) {
    text = normalizeForMatch(`${data.meta.title ?? ''} ${data.content}`);
    normalizedText.set(data, text);
  }
  return text;
};

/** The terms a result is checked for, and those (quoted) it must hold. */
const wantedTerms = (o: Pick<SearchOutcome, 'terms'>) => ({
  wanted: o.terms.map((t) => t.text),
  required: o.terms.filter((t) => t.quoted).map((t) => t.text),
});

/** A checked hit's score for ordering its page: Pagefind's, times ARTICLE_FACTOR for an article. */
const boosted = (h: Hit): number =>
  h.score * (h.data?.filters.type?.includes('报道') ? ARTICLE_FACTOR : 1);

/**
 * Order a checked batch: drop what holds not even every character of the query (Pagefind's
 * shortened-word matches) and, for a quoted query, what lacks a quoted term; intact matches first,
 * then by score, articles lowered (ARTICLE_FACTOR); ties keep Pagefind's order.
 */
export function orderChecked(batch: readonly Hit[], wanted: string[], required: string[]): Hit[] {
  const kept = batch.filter((h) => {
    if (!h.data) return true;
    const text = pageText(h.data);
    return normalizedContainsChars(text, wanted) && normalizedContainsAll(text, required);
  });
  const tier = (h: Hit): number => (h.exact === true ? 0 : 1);
  return kept
    .map((h, i) => ({ h, i }))
    .sort((a, b) => tier(a.h) - tier(b.h) || boosted(b.h) - boosted(a.h) || a.i - b.i)
    .map(({ h }) => h);
}

/** Load and check the hits of a batch (in parallel); a query without terms has nothing to check. */
async function checkBatch(batch: readonly Hit[], wanted: string[]): Promise<Hit[]> {
  return Promise.all(
    batch.map(async (hit) => {
      const data = hit.data ?? (await hit.load());
      return { ...hit, data, exact: normalizedContainsAll(pageText(data), wanted) };
    }),
  );
}

/**
 * Check the outcome's results up to `upTo` (the results to show): load their fragments, order
 * them, and keep checking further while some were dropped and more remain. Returns a new outcome.
 */
export async function checkUpTo(outcome: SearchOutcome, upTo: number): Promise<SearchOutcome> {
  const { wanted, required } = wantedTerms(outcome);
  if (wanted.length === 0) return outcome;
  let checked = outcome.hits.slice(0, outcome.checked);
  let rest = outcome.hits.slice(outcome.checked);
  while (checked.length < upTo && rest.length > 0) {
    const batch = rest.slice(0, upTo - checked.length);
    rest = rest.slice(batch.length);
    checked = [...checked, ...orderChecked(await checkBatch(batch, wanted), wanted, required)];
  }
  const hits = outcome.quoted ? checked : [...checked, ...rest];
  return {
    ...outcome,
    hits,
    checked: checked.length,
    exactCount: checked.filter((h) => h.exact === true).length,
  };
}

/**
 * Run a search and check its first `upTo` results (a first page; a quoted query, up to
 * QUOTED_CHECK_LIMIT, keeping only those that hold it); an empty request gives no results.
 */
export async function runSearch(
  pagefind: Pagefind,
  request: SearchRequest,
  upTo = PAGE_SIZE,
): Promise<SearchOutcome> {
  const typed = normalizeQuery(request.q);
  const simplified = await toSimplifiedQuery(typed);
  const { text, terms } = parseQuery(simplified);
  const filters = toPagefindFilters(request.filters);
  const quoted = terms.some((t) => t.quoted);
  const base = { typed, searched: text, converted: simplified !== typed, terms, quoted };
  if (!text && Object.keys(filters).length === 0) {
    return { ...base, hits: [], exactCount: 0, checked: 0, response: null };
  }
  const response = await pagefind.search(text || null, { filters });
  const hits: Hit[] = response.results.map((r) => ({
    id: r.id,
    score: r.score,
    load: r.data,
    exact: null,
    data: null,
  }));
  const outcome: SearchOutcome = { ...base, hits, exactCount: 0, checked: 0, response };
  return checkUpTo(outcome, quoted ? Math.max(upTo, QUOTED_CHECK_LIMIT) : upTo);
}
