/**
 * Draw the results: one ordered list, each result with the kind of page it is (考察, 报道, 地点, 人物,
 * 领域), its date, route or summary, title link and the matching passage, and a note when it holds
 * only some of the query's characters. Fragments are loaded only for the results drawn.
 */
import { pagefindExcerpt, phraseExcerpt } from './excerpt';
import type { PagefindFragment } from './pagefind-api';
import type { Hit, SearchOutcome } from './run-search';

type Attrs = Record<string, string>;

/** Create an element with classes, attributes and children. */
function el(
  tag: string,
  className: string,
  children: (Node | string)[] = [],
  attrs: Attrs = {},
): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/**
 * The passage, as text nodes: around the intact terms, past the page's title where the text
 * repeats it; else Pagefind's excerpt, cut to size.
 */
function excerpt(data: PagefindFragment, hit: Hit, terms: string[]): HTMLElement {
  const title = data.meta.title ?? '';
  const at = title ? data.content.indexOf(title) : -1;
  const parts =
    (hit.exact && phraseExcerpt(data.content, terms, at >= 0 ? at + title.length : 0)) ||
    pagefindExcerpt(data.excerpt);
  return el(
    'p',
    'mt-1 text-[15px] text-stone-800 dark:text-stone-200',
    parts.map((part) => (part.mark ? el('mark', '', [part.text]) : part.text)),
  );
}

/** One result as a list item: kind and date, title, route or summary, passage. */
function resultItem(hit: Hit, data: PagefindFragment, terms: string[]): HTMLElement {
  const kind = data.filters.type?.[0] ?? '';
  const partial = hit.exact === false ? ['只含部分字词'] : [];
  const head = [data.meta.date ?? '', ...partial].filter(Boolean).join(' · ');
  const line = data.meta.route || data.meta.summary || '';
  return el('li', 'search-hit border-b border-stone-200 py-4 dark:border-stone-800', [
    el('p', 'text-sm text-stone-600 dark:text-stone-400', [
      ...(kind
        ? [
            el(
              'span',
              'search-kind mr-2 rounded bg-stone-200 px-1.5 text-stone-800 dark:bg-stone-700 dark:text-stone-100',
              [kind],
            ),
          ]
        : []),
      head,
    ]),
    el('h3', 'text-lg font-semibold', [
      el('a', '', [data.meta.title || data.url], { href: data.url }),
    ]),
    ...(line ? [el('p', 'text-sm text-stone-700 dark:text-stone-300', [line])] : []),
    excerpt(data, hit, terms),
  ]);
}

/**
 * Draw the first `shown` results into `container`, with a button for more. `onMore` is called
 * when it is pressed. Returns the result links, so that focus can move to the first new one.
 */
export async function renderResults(
  container: HTMLElement,
  outcome: SearchOutcome,
  shown: number,
  onMore: () => void,
): Promise<HTMLAnchorElement[]> {
  const visible = outcome.hits.slice(0, shown);
  const terms = outcome.terms.map((t) => t.text);
  // A search by filters alone checks nothing: the fragments of the results drawn are loaded here.
  const items = await Promise.all(
    visible.map(async (hit) => resultItem(hit, hit.data ?? (await hit.load()), terms)),
  );
  const sections = visible.length
    ? [
        el('section', 'mt-6', [
          el(
            'h2',
            'text-base font-semibold text-stone-700 dark:text-stone-300',
            [`结果（${outcome.hits.length}）`],
            { id: 'results-all' },
          ),
          el('ol', '', items, { 'aria-labelledby': 'results-all' }),
        ]),
      ]
    : [];
  const more =
    outcome.hits.length > shown
      ? [
          el(
            'button',
            'mt-6 rounded border border-stone-300 px-4 py-2 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800',
            [`显示更多结果（还有 ${outcome.hits.length - shown} 条）`],
            { type: 'button' },
          ),
        ]
      : [];
  more[0]?.addEventListener('click', onMore);
  container.replaceChildren(...sections, ...more);
  return [...container.querySelectorAll<HTMLAnchorElement>('.search-hit h3 a')];
}

/**
 * Draw the no-results help: fewer words, a place or a person, the query without quotes (a link,
 * when it had quotes), fewer filters, or browse.
 */
export function renderNoResults(
  container: HTMLElement,
  base: string,
  filtered: boolean,
  unquoted: string | null,
): void {
  const link = (path: string, text: string) => el('a', '', [text], { href: `${base}${path}` });
  const quotes = unquoted
    ? [
        '引号内的词须原样出现；',
        el('a', '', ['去掉引号再搜'], { href: unquoted }),
        '，可以找到只含部分字词的结果。',
      ]
    : ['加引号的词须原样出现；去掉引号可以找到只含部分字词的结果。'];
  const tips = [
    el('li', '', ['试试更少或更短的词：“昆山市考察团”可以只搜“昆山”。']),
    el('li', '', ['试试地名或人名（市县名、官员姓名），或减少查询词；繁体字会自动转为简体。']),
    el('li', '', quotes),
    ...(filtered ? [el('li', '', ['去掉部分筛选条件。'])] : []),
    el('li', '', [
      '或者按',
      link('places/', '地点'),
      '、',
      link('officials/', '人物'),
      '、',
      link('sectors/', '领域'),
      '、',
      link('timeline/', '时间线'),
      '浏览。',
    ]),
  ];
  container.replaceChildren(
    el('div', 'mt-6 rounded-lg bg-stone-100 p-4 dark:bg-stone-900', [
      el('h2', 'font-semibold', ['没有找到结果，可以这样试试：']),
      el('ul', 'mt-2 list-disc space-y-1 pl-6', tips),
    ]),
  );
}
