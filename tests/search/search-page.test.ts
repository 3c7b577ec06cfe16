/**
 * The search page in Chromium, on the built site: every case of cases.ts through a `?q=` link,
 * typing and choosing filters (the URL follows), the live status, keyboard use, no results, axe,
 * what a first search fetches, and the sub-path build.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { writeRequest } from '../../src/scripts/search/url-state';
import { connectBrowser } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';
import { NO_RESULTS, SEARCH_CASES } from './cases';

let browser: Browser;
let root: StaticServer;
let sub: StaticServer;
beforeAll(async () => {
  browser = await connectBrowser();
  root = await serveStatic(inject('siteRoot'));
  sub = await serveStatic(inject('siteSub'), { base: '/kaochalu/' });
});
afterAll(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

/** Wait until a search has run and drawn: a status sentence and no busy results. */
async function settled(page: Page, before = ''): Promise<string> {
  await page.waitForFunction((previous) => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    return (
      text !== '' && text !== previous && !document.querySelector('#search-results[aria-busy]')
    );
  }, before);
  return (await page.textContent('#search-status')) ?? '';
}

/** The result links' paths, in order, without the base. */
async function resultPaths(page: Page, base = '/'): Promise<string[]> {
  const hrefs = await page.$$eval('.search-hit h3 a', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  return hrefs.map((h) => (h.startsWith(base) ? h.slice(base.length) : h));
}

/** The result paths of every page of results (pressing “显示更多” until it is gone). */
async function allPaths(page: Page, base = '/'): Promise<string[]> {
  for (;;) {
    const more = page.getByRole('button', { name: /显示更多结果/ });
    if ((await more.count()) === 0) return resultPaths(page, base);
    const n = await page.locator('.search-hit').count();
    await more.click();
    await page.waitForFunction((k) => document.querySelectorAll('.search-hit').length > k, n);
  }
}

/** The checkbox of a filter value (in that filter's group). */
const box = (page: Page, key: string, value: string) =>
  page.locator(`#search-filter-${key} input[type="checkbox"][value="${value}"]`);

/** Wait until the filter counts are written (the filters no longer busy). */
const counted = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('#search-filters[aria-busy]'));

/** Open /search/ with a request in the URL and wait for its results. */
async function open(page: Page, origin: string, query: string, base = '/'): Promise<string[]> {
  await page.goto(`${origin}${base}search/${query}`);
  await settled(page);
  return resultPaths(page, base);
}

describe('search page (root build)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  test.each(SEARCH_CASES)('?q= link, $kind: $q $filters', async (c) => {
    const paths = await open(page, root.origin, writeRequest({ q: c.q, filters: c.filters ?? {} }));
    for (const p of c.top5) expect(paths.slice(0, 5), `${p} in ${paths.join(' ')}`).toContain(p);
    for (const p of c.absent ?? []) expect(paths).not.toContain(p);
    if (c.same)
      expect(paths).toEqual(
        await open(page, root.origin, writeRequest({ q: c.same, filters: c.filters ?? {} })),
      );
  });

  test('/search/?q=昆山 runs on load, fills the box and says how many were found', async () => {
    const paths = await open(page, root.origin, '?q=昆山');
    expect(await page.inputValue('#search-q')).toBe('昆山');
    expect(await page.textContent('#search-status')).toMatch(/^找到 \d+ 条结果/);
    expect(paths.slice(0, 5)).toContain('places/kunshan/');
  });

  test('typing searches and the URL follows (replaceState), traditional as simplified', async () => {
    await page.goto(`${root.origin}/search/`);
    const historyLength = await page.evaluate(() => history.length);
    await page.getByLabel('查询词').fill('陳麗艷');
    const status = await settled(page);
    expect(status).toContain('已按简体“陈丽艳”搜索');
    expect(new URL(page.url()).searchParams.get('q')).toBe('陳麗艷');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    const traditional = await resultPaths(page);
    await page.getByLabel('查询词').fill('陈丽艳');
    await settled(page, status);
    expect(await resultPaths(page)).toEqual(traditional);
  });

  test('while an input method composes (pinyin in the box), nothing is searched', async () => {
    await page.goto(`${root.origin}/search/`);
    await page.focus('#search-q');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', {
      text: 'kunshan',
      selectionStart: 7,
      selectionEnd: 7,
    });
    await page.waitForTimeout(600);
    expect(await page.inputValue('#search-q')).toBe('kunshan');
    expect(await page.textContent('#search-status')).toBe('');
    expect(new URL(page.url()).search).toBe('');
    await cdp.send('Input.insertText', { text: '昆山' });
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('昆山');
    await cdp.detach();
  });

  test.each([
    ['陈丽艳', ['officials/chenliyan/', 'visits/kunshan-2025-shenzhen-dongguan/']],
    ['徐惠民', ['officials/xuhuimin/', 'visits/nantong-2020-suzhou-jiangsu-wuxi-changzhou/']],
    ['许峰', ['officials/xufeng/', 'visits/jiangyin-2025-shanghai-suzhou-jiangsu-hangzhou/']],
    ['曹慧泉', ['officials/caohuiquan/', 'visits/zhuzhou-2023-yiwu-jinhua-shaoxing-kunshan/']],
  ])(
    'a name (%s): that person’s page and the visits they led or hosted in the first three',
    async (q, pages) => {
      const top3 = (await open(page, root.origin, `?q=${encodeURIComponent(q)}`)).slice(0, 3);
      for (const p of pages) expect(top3, `${p} in ${top3.join(' ')}`).toContain(p);
      const kinds = await page.locator('.search-hit .search-kind').allTextContents();
      expect(kinds[top3.indexOf(pages[0] as string)]).toBe('人物');
    },
  );

  test('two values of one filter give the union of each alone; another filter narrows both', async () => {
    const alone = async (query: string) => {
      await open(page, root.origin, query);
      return allPaths(page);
    };
    const kunshan = await alone('?to=昆山市');
    const dongguan = await alone('?to=东莞市');
    expect(kunshan.length).toBeGreaterThan(0);
    expect(dongguan.length).toBeGreaterThan(0);
    const both = await alone('?to=昆山市&to=东莞市');
    expect(new Set(both)).toEqual(new Set([...kunshan, ...dongguan]));
    expect(both.length).toBeGreaterThan(Math.max(kunshan.length, dongguan.length));
    const visits = await alone('?to=昆山市&to=东莞市&type=考察');
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((p) => p.startsWith('visits/') && both.includes(p))).toBe(true);
  });

  test('a faceted search chosen on the page is in the URL, and the URL reproduces it', async () => {
    await open(page, root.origin, '?q=考察');
    let status = (await page.textContent('#search-status')) ?? '';
    for (const [key, value] of [
      ['type', '考察'],
      ['to', '昆山市'],
      ['to', '东莞市'],
    ] as const) {
      await box(page, key, value).check();
      status = await settled(page, status);
    }
    const url = page.url();
    const params = new URL(url).searchParams;
    expect(params.get('q')).toBe('考察');
    expect(params.getAll('to').sort()).toEqual(['东莞市', '昆山市']);
    expect(params.getAll('type')).toEqual(['考察']);
    const paths = await resultPaths(page);
    const fresh = await (await browser.newContext()).newPage();
    expect(await open(fresh, root.origin, new URL(url).search)).toEqual(paths);
    expect(await fresh.textContent('#search-status')).toBe(status);
    expect(await box(fresh, 'to', '昆山市').isChecked()).toBe(true);
    expect(await box(fresh, 'to', '东莞市').isChecked()).toBe(true);
    expect(await box(fresh, 'type', '考察').isChecked()).toBe(true);
    await fresh.context().close();
  });

  test('counts beside the values follow the query: a value’s count is what choosing it gives', async () => {
    await open(page, root.origin, '?q=昆山');
    await counted(page);
    const label = box(page, 'type', '考察').locator('xpath=..');
    const count = Number(/（(\d+)）/.exec((await label.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await open(page, root.origin, '?q=昆山&type=考察');
    expect(await page.textContent('#search-status')).toMatch(new RegExp(`^找到 ${count} 条结果`));
    await open(page, root.origin, '?q=陈丽艳');
    await counted(page);
    const other = Number(/（(\d+)）/.exec((await label.textContent()) ?? '')?.[1]);
    expect(other).not.toBe(count);
  });

  test('a filter goes into the URL and narrows the results', async () => {
    await open(page, root.origin, '?q=昆山');
    const before = (await page.textContent('#search-status')) ?? '';
    await box(page, 'to', '昆山市').check();
    const filtered = await settled(page, before);
    expect(new URL(page.url()).searchParams.get('to')).toBe('昆山市');
    const paths = await resultPaths(page);
    expect(paths).toContain('visits/huaian-2025-kunshan/');
    expect(paths).not.toContain('visits/kunshan-2025-shenzhen-dongguan/');
    await page.getByRole('button', { name: '清除筛选' }).click();
    expect(await settled(page, filtered)).toBe(before);
    expect(new URL(page.url()).searchParams.has('to')).toBe(false);
  });

  test('keyboard: Tab reaches the box, Enter searches without leaving the page', async () => {
    await page.goto(`${root.origin}/search/`);
    await page.evaluate(() => Object.assign(window, { stayed: true }));
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'search-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('低空经济');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
  });

  test('the status is a polite live region; “显示更多” moves focus to the first new result', async () => {
    await open(page, root.origin, '?q=昆山');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const shown = (await resultPaths(page)).length;
    await page.getByRole('button', { name: /显示更多结果/ }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n, shown);
    const focused = await page.evaluate(
      () => document.activeElement?.closest('.search-hit') !== null,
    );
    expect(focused).toBe(true);
    const index = await page.evaluate(() =>
      [...document.querySelectorAll('.search-hit h3 a')].indexOf(document.activeElement as Element),
    );
    expect(index).toBe(shown);
  });

  test('exact matches first, the others labelled, and the status says how many', async () => {
    await open(page, root.origin, '?q=最强县级市');
    const status = (await page.textContent('#search-status')) ?? '';
    const count = Number(/(\d+) 条包含完整的/.exec(status)?.[1]);
    expect(count).toBeGreaterThan(0);
    const hits = await page.locator('.search-hit').allTextContents();
    expect(hits.length).toBeGreaterThan(count);
    for (const text of hits.slice(0, count)) expect(text).toContain('最强县级市');
    for (const text of hits.slice(count)) expect(text).toContain('只含部分字词');
  });

  test('a query nothing holds in full says so first', async () => {
    await open(page, root.origin, `?q=${encodeURIComponent('最强招商县')}`);
    const status = (await page.textContent('#search-status')) ?? '';
    expect(status).toMatch(/^(没有结果包含完整的|前 \d+ 条结果都不包含完整的)“最强招商县”/);
    const hits = await page.locator('.search-hit').allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    for (const text of hits) expect(text).toContain('只含部分字词');
  });

  test(`no results (${NO_RESULTS}): a clear message with hints`, async () => {
    await page.goto(`${root.origin}/search/?q=${NO_RESULTS}`);
    const status = await settled(page);
    expect(status).toBe(`没有找到包含“${NO_RESULTS}”的结果。`);
    const help = page.locator('#search-results');
    expect(await help.textContent()).toContain('试试更少或更短的词');
    expect(await help.textContent()).toContain('试试地名或人名');
    expect(await help.locator('a[href="/places/"]').count()).toBe(1);
  });

  test('a quoted query without exact matches offers the unquoted search', async () => {
    await page.goto(`${root.origin}/search/?q=${encodeURIComponent('"县级市最强"')}`);
    await settled(page);
    const link = page.getByRole('link', { name: '去掉引号再搜' });
    expect(await link.getAttribute('href')).toBe(
      `/search/${writeRequest({ q: '县级市最强', filters: {} })}`,
    );
  });

  test.each(['?q=昆山', `?q=${NO_RESULTS}`, '?q=最强县级市'])(
    'axe: no serious or critical violation (%s)',
    async (query) => {
      const problems: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const axeContext = await browser.newContext({
          colorScheme,
          viewport: { width: 1200, height: 900 },
        });
        const axePage = await axeContext.newPage();
        await open(axePage, root.origin, query);
        const { violations } = await new AxeBuilder({ page: axePage })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        for (const v of violations) {
          if (v.impact === 'serious' || v.impact === 'critical') {
            problems.push(
              `[${colorScheme}] ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            );
          }
        }
        await axeContext.close();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
    // Two axe runs: as long as the other axe tests allow (30 s ran out on a loaded machine).
    120_000,
  );
});

describe('what a first search fetches', () => {
  /** Open a search in a fresh context and list every response with its size. */
  async function fetched(query: string): Promise<{ url: string; bytes: number }[]> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: Promise<{ url: string; bytes: number } | null>[] = [];
    const listen = (r: Response) => {
      // A response still arriving when the context closes (the counting worker's) has no body to read.
      responses.push(
        r
          .body()
          .then((b) => ({ url: new URL(r.url()).pathname, bytes: b.length }))
          .catch(() => null),
      );
    };
    page.on('response', listen);
    await open(page, root.origin, query);
    page.off('response', listen);
    const list = (await Promise.all(responses)).filter((r) => r !== null);
    await context.close();
    return list;
  }

  test('昆山: Pagefind from the site, no character table; figures', async () => {
    const list = await fetched('?q=昆山');
    expect(list.some((r) => r.url === '/pagefind/pagefind.js')).toBe(true);
    expect(list.some((r) => r.url.includes('t2s-table'))).toBe(false);
    // The search itself: each file once (the counting instance, after the results, fetches the
    // same index again, and its filters and worker).
    const seen = new Set<string>();
    const search = list.filter((r) => {
      const own = !/^\/search\/|\.css$|\.svg$|\/filter\/|pagefind-worker/.test(r.url);
      if (!own || seen.has(r.url)) return false;
      seen.add(r.url);
      return true;
    });
    expect(search.filter((r) => r.url.includes('/fragment/')).length).toBeLessThanOrEqual(10);
    const total = search.reduce((s, r) => s + r.bytes, 0);
    const fragments = search.filter((r) => r.url.includes('/fragment/'));
    console.log(
      `first search 昆山: ${search.length} files, ${total} bytes (${fragments.length} fragments, ${fragments.reduce((s, r) => s + r.bytes, 0)} bytes)`,
    );
    expect(total).toBeLessThan(400_000);
  });

  test('蘇州: the character table is fetched, once', async () => {
    const list = await fetched('?q=蘇州');
    expect(list.filter((r) => r.url.includes('t2s-table'))).toHaveLength(1);
  });
});

describe('search page (sub-path build, /kaochalu/)', () => {
  test('?q= runs, links keep the base, a result opens, traditional works', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && /\/(pagefind|_astro|search)\//.test(r.url())) missing.push(r.url());
    });
    const paths = await open(page, sub.origin, '?q=昆山', '/kaochalu/');
    expect(paths.slice(0, 5)).toContain('places/kunshan/');
    const hrefs = await page.$$eval('.search-hit h3 a', (as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.every((h) => h.startsWith('/kaochalu/'))).toBe(true);
    expect(await open(page, sub.origin, '?q=蘇州', '/kaochalu/')).toContain(
      'places/suzhou-jiangsu/',
    );
    await Promise.all([
      page.waitForURL(/\/kaochalu\/(places|visits|articles|officials)\//),
      page.locator('.search-hit h3 a').first().click(),
    ]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(missing).toEqual([]);
    await context.close();
  });
});
