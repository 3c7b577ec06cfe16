/**
 * The search page in Chromium, on the built site: every case of cases.ts through a `?q=` link,
 * typing and choosing filters (the URL follows), the live status, keyboard use, no results, axe,
 * what a first search fetches, and the sub-path build.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

  test('a filter goes into the URL and narrows the results', async () => {
    await open(page, root.origin, '?q=昆山');
    const before = (await page.textContent('#search-status')) ?? '';
    await page.getByLabel('目的地').selectOption('昆山市');
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

  test('exact matches first, under their own heading, with their count', async () => {
    await open(page, root.origin, '?q=最强县级市');
    const status = (await page.textContent('#search-status')) ?? '';
    const count = Number(/其中 (\d+) 条包含完整的/.exec(status)?.[1]);
    expect(count).toBeGreaterThan(0);
    const exact = page.locator('section:has(#results-exact) .search-hit');
    expect(await exact.count()).toBe(count);
    for (const text of await exact.allTextContents()) expect(text).toContain('最强县级市');
    expect(await page.locator('#results-partial').count()).toBe(1);
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
    const responses: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (r) => {
      responses.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, bytes: b.length })));
    });
    await open(page, root.origin, query);
    const list = await Promise.all(responses);
    await context.close();
    return list;
  }

  test('昆山: Pagefind from the site, no character table; figures', async () => {
    const list = await fetched('?q=昆山');
    expect(list.some((r) => r.url === '/pagefind/pagefind.js')).toBe(true);
    expect(list.some((r) => r.url.includes('pagefind-worker'))).toBe(false);
    expect(list.some((r) => r.url.includes('t2s-table'))).toBe(false);
    const search = list.filter(
      (r) => !r.url.startsWith('/search/') && !r.url.endsWith('.css') && !r.url.endsWith('.svg'),
    );
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
