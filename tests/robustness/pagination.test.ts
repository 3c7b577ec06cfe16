/**
 * Pagination on a small site: the seeds built with KCL_PAGE_SIZE=2 (paginate.ts), so that every
 * list of more than two items runs to several pages. For the list of all trips, of all articles,
 * of all officials, a year's trips, the place and the sector with the most trips: page 2 exists
 * and page 1 links to it, the pages follow each other by their 下一页 links, and every item of
 * the list appears exactly once across its pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, TEST_SITES } from '../support/built-site';

const SIZE = 2;
const site = join(TEST_SITES, 'paged');

interface Trip {
  url: string;
  date: { start: string | null };
}
interface Entity {
  url: string;
}
interface Place extends Entity {
  visitsOut: string[];
  visitsIn: string[];
}
interface Sector extends Entity {
  visits: string[];
}

let read: <T>(name: string) => T[];
beforeAll(() => {
  buildSite(site, { KCL_PAGE_SIZE: String(SIZE) });
  read = <T>(name: string): T[] =>
    JSON.parse(readFileSync(join(site, 'data', `${name}.json`), 'utf8')) as T[];
}, 600_000);

const html = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

/** The part of a page that holds the list: a section by its id, or the page's main. */
function part(page: string, section: string | null): string {
  const main = /<main[\s\S]*?<\/main>/.exec(page)?.[0] ?? '';
  if (section === null) return main;
  return new RegExp(`<section id="${section}"[\\s\\S]*?</section>`).exec(main)?.[0] ?? '';
}

/** The pages' items: the links of `kind` (/visits/, /articles/, /officials/) that are items. */
function items(list: string, kind: string): string[] {
  const pattern =
    kind === 'visits'
      ? /<h[23][^>]*>\s*<a href="(\/visits\/[a-z0-9-]+\/)"/g
      : new RegExp(`<(?:li|th scope="row"[^>]*)>\\s*<a href="(/${kind}/[^/"]+/)"`, 'g');
  return [...list.matchAll(pattern)].map((m) => m[1] as string);
}

interface Case {
  /** The list's first page, with its section on an entity's page. */
  first: string;
  section: string | null;
  /** Prefix of its pages 2, 3 …. */
  rest: string;
  kind: 'visits' | 'articles' | 'officials';
  /** Every item's URL. */
  expected: () => string[];
}

const tripUrl = (id: string) => `/visits/${id}/`;
const cases: Record<string, () => Case> = {
  'all trips': () => ({
    first: '/visits/',
    section: null,
    rest: '/visits/page/',
    kind: 'visits',
    expected: () => read<Trip>('trips').map((t) => t.url),
  }),
  'all articles': () => ({
    first: '/articles/',
    section: null,
    rest: '/articles/page/',
    kind: 'articles',
    expected: () => read<Entity>('articles').map((a) => a.url),
  }),
  'all officials': () => ({
    first: '/officials/',
    section: null,
    rest: '/officials/page/',
    kind: 'officials',
    expected: () => read<Entity>('officials').map((o) => o.url),
  }),
  'the trips of the year with the most': () => {
    const trips = read<Trip>('trips');
    const year = (t: Trip) => /^\d{4}/.exec(t.date.start ?? '')?.[0] ?? 'unknown';
    const counts = new Map<string, number>();
    for (const t of trips) counts.set(year(t), (counts.get(year(t)) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['unknown'];
    return {
      first: `/visits/year/${busiest}/`,
      section: null,
      rest: `/visits/year/${busiest}/`,
      kind: 'visits',
      expected: () => trips.filter((t) => year(t) === busiest).map((t) => t.url),
    };
  },
  'the trips to the place with the most': () => {
    const place = read<Place>('places').sort((a, b) => b.visitsIn.length - a.visitsIn.length)[0];
    return {
      first: place?.url ?? '',
      section: 'visits-in',
      rest: `${place?.url}in/`,
      kind: 'visits',
      expected: () => (place?.visitsIn ?? []).map(tripUrl),
    };
  },
  'the trips of the sector with the most': () => {
    const sector = read<Sector>('sectors').sort((a, b) => b.visits.length - a.visits.length)[0];
    return {
      first: sector?.url ?? '',
      section: 'visits',
      rest: `${sector?.url}visits/`,
      kind: 'visits',
      expected: () => (sector?.visits ?? []).map(tripUrl),
    };
  },
};

describe(`lists of a site built with KCL_PAGE_SIZE=${SIZE}`, () => {
  test.each(Object.keys(cases))('%s: pages of two, linked, each item once', (name) => {
    const c = (cases[name] as () => Case)();
    const expected = c.expected();
    // Lists of more than two items only: page 2 must exist.
    expect(expected.length, name).toBeGreaterThan(SIZE);
    const pages = Math.ceil(expected.length / SIZE);

    const first = part(html(c.first), c.section);
    expect(first, `${c.first}#${c.section}`).not.toBe('');
    // Page 1 links to page 2, as a page number and as 下一页.
    expect(first).toContain(`href="${c.rest}2/"`);
    expect(first).toMatch(new RegExp(`<a href="${c.rest}2/" rel="next">`));

    const seen: string[] = [];
    let path = c.first;
    for (let n = 1; n <= pages; n++) {
      const list = part(html(path), c.section);
      const got = items(list, c.kind);
      expect(got.length, `${path}`).toBe(n < pages ? SIZE : expected.length - SIZE * (pages - 1));
      seen.push(...got);
      const next = /<a href="([^"]+)" rel="next">/.exec(list)?.[1];
      if (n < pages) {
        expect(next, `${path}: 下一页`).toBe(`${c.rest}${n + 1}/`);
        path = next as string;
      } else expect(next, `${path}: the last page has no 下一页`).toBeUndefined();
    }
    expect(new Set(seen).size, 'no item on two pages').toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
  });
});

describe(`a sector's articles on a site built with KCL_PAGE_SIZE=${SIZE}`, () => {
  test('the first page on the sector’s page, then a link to the search’s articles of that sector, no pages of their own', () => {
    const sector = read<Sector & { label: string; articles: string[] }>('sectors').sort(
      (a, b) => b.articles.length - a.articles.length,
    )[0];
    expect(sector?.articles.length ?? 0).toBeGreaterThan(SIZE);
    const list = part(html(sector?.url ?? ''), 'articles');
    expect(items(list, 'articles')).toHaveLength(SIZE);
    const search = `/search/?type=${encodeURIComponent('报道')}&amp;sector=${encodeURIComponent(sector?.label ?? '')}`;
    expect(list).toContain(`href="${search}"`);
    expect(list).toContain(`在搜索中查看全部 ${sector?.articles.length} 篇`);
    expect(list).not.toContain('rel="next"');
    expect(() => html(`${sector?.url}articles/2/`)).toThrow();
  });
});
