/**
 * The search page's script (the only script of the site, loaded by /search/ alone): reads the
 * search from the URL and runs it, keeps the URL in step with what is typed and chosen, and says
 * what was found in a live region.
 */
import { base } from 'astro:config/client';
import { describeOutcome } from './describe-outcome';
import { FILTER_KEY_LIST } from './filter-keys';
import { loadPagefind, type Pagefind } from './pagefind-api';
import { PAGE_SIZE, renderNoResults, renderResults } from './render-results';
import { isEmptyRequest, runSearch, type SearchOutcome, type SearchRequest } from './run-search';
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
const selects = new Map(
  FILTER_KEY_LIST.map((key) => [
    key,
    document.querySelector<HTMLSelectElement>(`#search-filter-${key}`),
  ]),
);

let pagefind: Promise<Pagefind> | undefined;
const getPagefind = (): Promise<Pagefind> => {
  pagefind ??= loadPagefind(BASE);
  return pagefind;
};

/** The request the form shows now. */
function currentRequest(): SearchRequest {
  const filters: SearchRequest['filters'] = {};
  for (const [key, select] of selects) if (select?.value) filters[key] = select.value;
  return { q: input?.value ?? '', filters };
}

/** Show a request in the form (from the URL). */
function showRequest(request: SearchRequest): void {
  if (input) input.value = request.q;
  for (const [key, select] of selects) {
    if (!select) continue;
    const value = request.filters[key] ?? '';
    // A value the list does not have (an old link) is added, so that the URL's search still runs.
    if (value && ![...select.options].some((o) => o.value === value))
      select.add(new Option(value, value));
    select.value = value;
  }
}

let latest = 0;
let outcome: SearchOutcome | null = null;
let shown = PAGE_SIZE;

/**
 * Draw the current outcome; with `focusFrom`, move focus to the result of that index. A `partial`
 * outcome (its first page final, the rest still being checked) leaves the status sentence to the
 * complete one, so that it is read out once.
 */
async function draw(focusFrom?: number, partial = false): Promise<void> {
  if (!results || !status || !outcome) return;
  const { filters } = currentRequest();
  const filtered = Object.keys(filters).length > 0;
  if (!partial) status.textContent = describeOutcome(outcome, filtered);
  if (outcome.hits.length === 0 && (outcome.terms.length > 0 || filtered)) {
    const unquoted = outcome.quoted
      ? `${location.pathname}${writeRequest({ q: outcome.searched, filters })}`
      : null;
    renderNoResults(results, BASE, filtered, unquoted);
    return;
  }
  const links = await renderResults(results, outcome, shown, () => {
    const from = shown;
    shown += PAGE_SIZE;
    void draw(from);
  });
  if (focusFrom !== undefined) links[focusFrom]?.focus();
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
    return;
  }
  results?.setAttribute('aria-busy', 'true');
  try {
    // The first page is drawn as soon as it is known, and the browser given a turn to show it
    // before the rest are fetched; the complete outcome redraws it.
    const found = await runSearch(await getPagefind(), request, async (partial) => {
      if (id !== latest) return;
      outcome = partial;
      shown = PAGE_SIZE;
      await draw(undefined, true);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    if (id !== latest) return;
    outcome = found;
    shown = PAGE_SIZE;
    await draw();
  } catch (error) {
    if (id !== latest) return;
    console.error(error);
    if (status) status.textContent = '搜索索引未能加载，请稍后再试，或按地点、人物、领域浏览。';
  } finally {
    if (id === latest) results?.removeAttribute('aria-busy');
  }
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
  timer = setTimeout(() => void search(), TYPING_DELAY_MS);
}
// While an input method composes (kunshan → 昆山), the box holds pinyin: wait for the characters.
input?.addEventListener('input', (event) => {
  if (!(event as InputEvent).isComposing) searchSoon();
});
input?.addEventListener('compositionend', searchSoon);
// Start loading Pagefind as soon as the box is used.
input?.addEventListener('focus', () => void getPagefind().catch(() => undefined), { once: true });
for (const select of selects.values()) select?.addEventListener('change', () => void search());
clear?.addEventListener('click', () => {
  for (const select of selects.values()) if (select) select.value = '';
  void search();
  input?.focus();
});

// A shared link (/search/?q=昆山) runs at once.
const initial = readRequest(location.search);
showRequest(initial);
document.querySelector('#search-filters')?.removeAttribute('disabled');
if (!isEmptyRequest(initial)) void search();
