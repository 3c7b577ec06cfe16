/**
 * Result counts beside each filter value, for the query as it stands: within a filter the chosen
 * values are alternatives (OR), so a value's count is what choosing it would give with the other
 * filters kept, i.e. counted on the search without that filter's own choices; across filters, AND.
 * Pagefind counts, per search, the results each value would leave added to the search's filters.
 */
import { FILTER_KEY_LIST, type FilterKey } from './filter-keys';
import type { PagefindFilterCounts } from './pagefind-api';
import type { SearchRequest } from './run-search';

/** Counts per filter and value. */
export type FacetCounts = Partial<Record<FilterKey, Record<string, number>>>;

/** The filters that have chosen values: each needs a search of its own, without them. */
export function filtersToRecount(filters: SearchRequest['filters']): FilterKey[] {
  return FILTER_KEY_LIST.filter((key) => (filters[key] ?? []).length > 0);
}

/** The request without one filter's choices. */
export function withoutFilter(request: SearchRequest, key: FilterKey): SearchRequest {
  const { [key]: _dropped, ...rest } = request.filters;
  return { q: request.q, filters: rest };
}

/**
 * Combine the counts: a filter with choices from the search without them (`without[key]`), every
 * other filter from the search itself (`main`). Missing counts (filters not loaded) give none.
 */
export function facetCounts(
  main: PagefindFilterCounts | undefined,
  without: Partial<Record<FilterKey, PagefindFilterCounts | undefined>>,
): FacetCounts {
  const out: FacetCounts = {};
  for (const key of FILTER_KEY_LIST) {
    const source = key in without ? without[key] : main;
    const counts = source?.[key];
    if (counts) out[key] = { ...counts };
  }
  return out;
}
