/**
 * Draw the results: those that hold the query intact under one heading, the others under a second,
 * each result with its type, date, route or summary, title link and the matching passage.
 */
import { pagefindExcerpt, phraseExcerpt } from './excerpt';
import type { PagefindFragment } from './pagefind-api';
import type { Hit, SearchOutcome } from './run-search';

/** Results shown at first, and added by each “显示更多”. */
export const PAGE_SIZE = 20;

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

/** One result as a list item. */
function resultItem(hit: Hit, data: PagefindFragment, terms: string[]): HTMLElement {
  const kind = data.filters.type?.[0] ?? '';
  const head = [kind, data.meta.date].filter(Boolean).join(' · ');
  const line = data.meta.route || data.meta.summary || '';
  return el('li', 'search-hit border-b border-stone-200 py-4 dark:border-stone-800', [
    el('p', 'text-sm text-stone-600 dark:text-stone-400', [head]),
    el('h3', 'text-lg font-semibold', [
      el('a', '', [data.meta.title || data.url], { href: data.url }),
    ]),
    ...(line ? [el('p', 'text-sm text-stone-700 dark:text-stone-300', [line])] : []),
    excerpt(data, hit, terms),
  ]);
}

/** A titled list of results. */
async function section(
  title: string,
  hits: Hit[],
  terms: string[],
  id: string,
): Promise<HTMLElement> {
  const items = await Promise.all(
    hits.map(async (hit) => {
      hit.data ??= await hit.load();
      return resultItem(hit, hit.data, terms);
    }),
  );
  return el('section', 'mt-6', [
    el('h2', 'text-base font-semibold text-stone-700 dark:text-stone-300', [title], { id }),
    el('ol', '', items, { 'aria-labelledby': id }),
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
  const exact = visible.filter((h) => h.exact === true);
  const rest = visible.filter((h) => h.exact !== true);
  const sections: HTMLElement[] = [];
  if (exact.length && rest.length) {
    sections.push(
      await section(`包含完整查询词的结果（${outcome.exactCount}）`, exact, terms, 'results-exact'),
    );
    const others = outcome.hits.length - outcome.exactCount;
    sections.push(
      await section(`只包含部分字词的结果（${others}）`, rest, terms, 'results-partial'),
    );
  } else if (visible.length) {
    sections.push(await section(`结果（${outcome.hits.length}）`, visible, terms, 'results-all'));
  }
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
