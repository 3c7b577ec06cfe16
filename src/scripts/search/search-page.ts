/**
 * The search page's script (the only script of the site, loaded by /search/ alone): reads the
 * search from the URL and runs it, keeps the URL in step with what is typed and chosen, says what
 * was found in a live region, and counts the results beside each filter value. Pagefind is loaded
 * once, when the box is first used, and kept; a second instance counts (after the results).
 */
import { base } from 'astro:config/client';
import { describeOutcome } from './describe-outcome';
import { type FacetCounts, facetCounts, filtersToRecount, withoutFilter } from './facet-counts';
import { FILTER_KEY_LIST, type FilterKey } from './filter-keys';
import {
  loadCountingPagefind,
  loadPagefind,
  type Pagefind,
  type PagefindFilterCounts,
} from './pagefind-api';
import { parseQuery } from './query';
import { renderNoResults, renderResults } from './render-results';
import {
  checkUpTo,
  isEmptyRequest,
  PAGE_SIZE,
  runSearch,
  type SearchOutcome,
  type SearchRequest,
  toPagefindFilters,
} from './run-search';
import { toSimplifiedQuery } from './traditional-query';
import { readRequest, writeRequest } from './url-state';

/** The site's base (`/` or `/kaochalu/`), from astro.config.mjs as src/utils/with-base.ts takes it. */
const BASE = base.replace(/\/?$/, '/');
/** Wait after the last keystroke before searching. */
const TYPING_DELAY_MS = 250;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const results = document.querySelector<HTMLElement>('#search-results');
const clear = document.querySelector<HTMLButtonElement>('#search-clear-filters');
const filterBox = document.querySelector<HTMLElement>('#search-filters');
const groups = new Map(
  FILTER_KEY_LIST.map((key) => [key, document.querySelector<HTMLElement>(`#search-filter-${key}`)]),
);

/** The checkboxes of one filter. */
const boxes = (key: FilterKey): HTMLInputElement[] => [
  ...(groups.get(key)?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
];

let pagefind: Promise<Pagefind> | undefined;
const getPagefind = (): Promise<Pagefind> => {
  pagefind ??= loadPagefind(BASE);
  return pagefind;
};
let counting: Promise<Pagefind> | undefined;

/** The request the form shows now. */
function currentRequest(): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const key of FILTER_KEY_LIST) {
    const values = boxes(key)
      .filter((b) => b.checked)
      .map((b) => b.value);
    if (values.length > 0) filters[key] = values;
  }
  return { q: input?.value ?? '', filters };
}

/** Add a checkbox for a value the list does not have (from a URL), so that its search still runs. */
function addBox(key: FilterKey, value: string): HTMLInputElement | null {
  const list = groups.get(key)?.querySelector('div');
  if (!list) return null;
  const box = Object.assign(document.createElement('input'), {
    type: 'checkbox',
    name: key,
    value,
  });
  const label = document.createElement('label');
  label.className = 'flex items-baseline gap-2 py-0.5';
  const name = Object.assign(document.createElement('span'), { textContent: value });
  const count = Object.assign(document.createElement('span'), {
    className: 'search-count text-sm text-stone-600 dark:text-stone-400',
  });
  label.append(box, name, count);
  list.prepend(label);
  return box;
}

/** Show a request in the form (from the URL). */
function showRequest(request: SearchRequest): void {
  if (input) input.value = request.q;
  for (const key of FILTER_KEY_LIST) {
    const chosen = request.filters[key] ?? [];
    for (const value of chosen) if (!boxes(key).some((b) => b.value === value)) addBox(key, value);
    for (const box of boxes(key)) box.checked = chosen.includes(box.value);
  }
}

/** Write the counts beside the values ('' where none is known). */
function showCounts(counts: FacetCounts): void {
  for (const key of FILTER_KEY_LIST) {
    for (const box of boxes(key)) {
      const n = counts[key]?.[box.value];
      const span = box.parentElement?.querySelector('.search-count');
      if (span) span.textContent = n === undefined ? '' : `（${n}）`;
    }
  }
}

/**
 * Count the results per filter value for this search, on the counting instance (loaded once, after
 * the first results, with its filters: pagefind-api.ts); a filter with choices is counted on a
 * search without them (facet-counts.ts).
 */
async function countFacets(request: SearchRequest, found: SearchOutcome): Promise<FacetCounts> {
  counting ??= loadCountingPagefind(BASE);
  const pf = await counting;
  const term = found.searched || null;
  const counted = (r: SearchRequest) =>
    pf.search(term, { filters: toPagefindFilters(r.filters) }).then((x) => x.filters);
  const main = await counted(request);
  const without: Partial<Record<FilterKey, PagefindFilterCounts | undefined>> = {};
  for (const key of filtersToRecount(request.filters))
    without[key] = await counted(withoutFilter(request, key));
  return facetCounts(main, without);
}

let latest = 0;
let outcome: SearchOutcome | null = null;
let shown = PAGE_SIZE;

/** Draw the current outcome; with `focusFrom`, move focus to the result of that index. */
async function draw(focusFrom?: number): Promise<void> {
  if (!results || !status || !outcome) return;
  const { filters } = currentRequest();
  const filtered = Object.keys(filters).length > 0;
  status.textContent = describeOutcome(outcome, filtered);
  if (outcome.hits.length === 0 && (outcome.terms.length > 0 || filtered)) {
    const unquoted = outcome.quoted
      ? `${location.pathname}${writeRequest({ q: outcome.searched, filters })}`
      : null;
    renderNoResults(results, BASE, filtered, unquoted);
    return;
  }
  const links = await renderResults(results, outcome, shown, () => void showMore());
  if (focusFrom !== undefined) links[focusFrom]?.focus();
}

/** Show the next page of results: check them (their fragments only), draw, focus the first new. */
async function showMore(): Promise<void> {
  if (!outcome) return;
  const id = latest;
  const from = shown;
  shown += PAGE_SIZE;
  const more = await checkUpTo(outcome, shown);
  if (id !== latest) return;
  outcome = more;
  await draw(from);
}

/** Search for what the form shows now, and write it into the URL. */
async function search(): Promise<void> {
  const request = currentRequest();
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${writeRequest(request)}${location.hash}`,
  );
  if (clear) clear.hidden = Object.keys(request.filters).length === 0;
  const id = ++latest;
  if (isEmptyRequest(request)) {
    outcome = null;
    results?.replaceChildren();
    if (status) status.textContent = '';
    showCounts({});
    return;
  }
  results?.setAttribute('aria-busy', 'true');
  try {
    const pf = await getPagefind();
    const found = await runSearch(pf, request, PAGE_SIZE);
    if (id !== latest) return;
    outcome = found;
    shown = PAGE_SIZE;
    await draw();
    results?.removeAttribute('aria-busy');
    // The counts follow the results (the filters are marked busy meanwhile).
    filterBox?.setAttribute('aria-busy', 'true');
    const counts = await countFacets(request, found);
    if (id === latest) showCounts(counts);
  } catch (error) {
    if (id !== latest) return;
    console.error(error);
    if (status) status.textContent = '搜索索引未能加载，请稍后再试，或按地点、人物、领域浏览。';
  } finally {
    if (id === latest) {
      results?.removeAttribute('aria-busy');
      filterBox?.removeAttribute('aria-busy');
    }
  }
}

/** While the user types, fetch the index chunks of the words so far (the search itself waits). */
async function preloadTyped(): Promise<void> {
  const { text } = parseQuery(await toSimplifiedQuery(input?.value.trim() ?? ''));
  if (text) await (await getPagefind()).preload(text);
}

let timer: ReturnType<typeof setTimeout> | undefined;

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void search();
});
/** Search shortly after the last keystroke. */
function searchSoon(): void {
  clearTimeout(timer);
  void preloadTyped().catch(() => undefined);
  timer = setTimeout(() => void search(), TYPING_DELAY_MS);
}
// While an input method composes (kunshan → 昆山), the box holds pinyin: wait for the characters.
input?.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) searchSoon();
});
input?.addEventListener('compositionend', searchSoon);
// Start loading Pagefind (its script, wasm and index entry) as soon as the box is used.
input?.addEventListener('focus', () => void getPagefind().catch(() => undefined), { once: true });
for (const key of FILTER_KEY_LIST)
  groups.get(key)?.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) void search();
  });
clear?.addEventListener('click', () => {
  for (const key of FILTER_KEY_LIST) for (const box of boxes(key)) box.checked = false;
  void search();
  input?.focus();
});

// A shared link (/search/?q=昆山&to=昆山市&to=苏州市) runs at once.
const initial = readRequest(location.search);
showRequest(initial);
filterBox?.removeAttribute('disabled');
if (!isEmptyRequest(initial)) void search();
