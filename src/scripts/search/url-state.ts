/**
 * The search in the URL, so that it can be shared and cited:
 * `/search/?q=昆山&to=昆山市&to=苏州市&year=2025` (a filter key once per chosen value).
 * The query is `q`; each filter has its key (filter-keys.ts).
 */
import { FILTER_KEY_LIST } from './filter-keys';
import type { SearchRequest } from './run-search';

/** Read a request from a query string (`?q=…`); unknown parameters and empty values are ignored. */
export function readRequest(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const filters: SearchRequest['filters'] = {};
  for (const key of FILTER_KEY_LIST) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()))].filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q') ?? '', filters };
}

/** Write a request as a query string: `?q=…` then the filters in order; '' when empty. */
export function writeRequest(request: SearchRequest): string {
  const params = new URLSearchParams();
  if (request.q.trim()) params.set('q', request.q.trim());
  for (const key of FILTER_KEY_LIST) {
    for (const value of request.filters[key] ?? []) if (value) params.append(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
