/**
 * A reader's path through the site in Chromium, clicking real links: home → a visit → its
 * origin place → an official of that place → an article naming them, then back the same way
 * with the browser's Back button; at the root and under the sub-path /kaochalu/.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's one h1, trimmed. */
async function h1(page: Page): Promise<string> {
  const headings = page.locator('h1');
  expect(await headings.count()).toBe(1);
  return ((await headings.textContent()) ?? '').trim();
}

/** Clicks `link`, waits for the new page, returns the link's text. */
async function follow(page: Page, link: Locator): Promise<string> {
  const text = ((await link.textContent()) ?? '').trim();
  const before = page.url();
  await Promise.all([page.waitForURL((url) => url.href !== before), link.click()]);
  return text;
}

describe.each([
  { build: 'root', base: '/' },
  { build: 'sub-path', base: '/kaochalu/' },
])('navigation ($build build)', ({ build, base }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(build === 'root' ? inject('siteRoot') : inject('siteSub'), { base });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('home → visit → place → official → article, and back', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const at = (path: string) => new RegExp(`^${server.origin}${base}${path}$`);
    const trail: { url: string; h1: string }[] = [];
    const remember = async () => trail.push({ url: page.url(), h1: await h1(page) });

    await page.goto(`${server.origin}${base}`);
    expect(await h1(page)).toBe('考察录');
    await remember();

    // Home: a visit from "最近的考察" whose leader is named (so an official page exists).
    const card = page.locator('#latest article').filter({ hasText: '带队' }).first();
    const visitTitle = await follow(page, card.locator('a[href*="/visits/"]').first());
    expect(page.url()).toMatch(at('visits/[a-z0-9-]+/'));
    expect(await h1(page)).toBe(visitTitle);
    await remember();

    // Visit: the origin (出发地) in the facts.
    const origin = page
      .locator('#facts dt', { hasText: '出发地' })
      .locator('xpath=following-sibling::dd[1]');
    const placeName = await follow(page, origin.locator('a[href*="/places/"]').first());
    expect(page.url()).toMatch(at('places/[a-z0-9-]+/'));
    expect(await h1(page)).toBe(placeName);
    await remember();

    // Place: one of its officials.
    const officialName = await follow(
      page,
      page.locator('#officials a[href*="/officials/"]').first(),
    );
    expect(page.url()).toMatch(at('officials/[a-z0-9-]+/'));
    expect(await h1(page)).toBe(officialName);
    await remember();

    // Official: an article that names them; the article marks and links the name.
    const articleTitle = await follow(
      page,
      page.locator('#articles a[href*="/articles/"]').first(),
    );
    expect(page.url()).toMatch(at('articles/[0-9a-z_]+/'));
    expect(await h1(page)).toBe(articleTitle);
    await expect
      .poll(() => page.locator('.article-body a.eo', { hasText: officialName }).count())
      .toBeGreaterThan(0);
    await remember();

    // Back, page by page, to the home page.
    for (const step of trail.slice(0, -1).reverse()) {
      await page.goBack();
      expect(page.url()).toBe(step.url);
      expect(await h1(page)).toBe(step.h1);
    }
    await context.close();
  }, 60_000);

  test('a provenance link ¶N.M on a visit page lands on that sentence of the article', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}${base}visits/`);
    // A visit's card, not the lists by year, province or level (/visits/year/2025/) above them.
    await follow(page, page.locator('main article a[href*="/visits/"]').first());
    expect(page.url()).toMatch(new RegExp(`^${server.origin}${base}visits/[a-z0-9-]+/$`));
    const visitUrl = page.url();
    // The fact's ¶ mark opens its sentence quoted on the page (原句), whose mark opens the article.
    const mark = page.locator('#facts a.ref').first();
    const quoted = (await mark.getAttribute('href')) ?? '';
    expect(quoted).toMatch(/^#(?:r\d+-)?s\d+-\d+$/);
    const ref = page.locator(`.cited [id="${quoted.slice(1)}"] a[href*="/articles/"]`);
    expect(await ref.textContent()).toBe(await mark.textContent());
    const href = (await ref.getAttribute('href')) ?? '';
    const anchor = href.split('#')[1] ?? '';
    expect(anchor).toMatch(/^p\d+-s\d+$/);
    await follow(page, ref);
    expect(page.url()).toMatch(
      new RegExp(`^${server.origin}${base}articles/[0-9a-z_]+/#${anchor}$`),
    );
    const target = page.locator(`[id="${anchor}"]`);
    await expect.poll(() => target.count()).toBe(1);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    // And the article links back to the visit it reports.
    const back = page.locator(`#visits a[href="${new URL(visitUrl).pathname}"]`);
    expect(await back.count()).toBeGreaterThan(0);
    await context.close();
  }, 60_000);
});
