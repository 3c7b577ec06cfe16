/**
 * Article pages: the original beside the normalized text, paragraph by paragraph, on a wide
 * screen (one above the other on a phone), with no JavaScript; the search page's filters folded
 * behind one summary on a phone and shown as they are on a wide screen.
 */
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { readExport } from './site-pages';

const site = inject('siteRoot');
const articles = readExport<{ id: string; url: string; paragraphs: string[] }>(site, 'articles');
const served = useServedSite(site);

async function open(path: string, width: number) {
  const context = await served.browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(`${served.server.origin}${path}`);
  return { page, context };
}

describe('the original beside the normalized text', () => {
  test.each(articles.map((a) => [a.id, a]))(
    '%s: every paragraph has a row, in order',
    async (_, article) => {
      const { page, context } = await open(article.url, 1280);
      await page.locator('#parallel .parallel > summary').click();
      const numbers = await page
        .locator('#parallel .parallel li a[href^="#p-"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      // A paragraph whose lines a set-aside line interrupts has two rows: in order, none missing.
      expect([...new Set(numbers)]).toEqual(article.paragraphs.map((_, i) => `#p-${i}`));
      const order = numbers.map((n) => Number(n?.slice(3)));
      expect(order.every((n, i) => i === 0 || n >= (order[i - 1] as number))).toBe(true);
      await context.close();
    },
  );

  test.each([
    [1280, 'side by side'],
    [390, 'one above the other'],
  ])('at %i px: %s', async (width) => {
    const article = articles[0] as (typeof articles)[number];
    const { page, context } = await open(article.url, width);
    await page.locator('#parallel .parallel > summary').click();
    const row = page
      .locator('#parallel .parallel li')
      .filter({ has: page.locator('a[href="#p-0"]') });
    const [left, right] = await row
      .locator(':scope > div')
      .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
    if (!left || !right) throw new Error('a row has two cells');
    if (width > 1000) {
      expect(right.left).toBeGreaterThanOrEqual(left.right);
      expect(Math.abs(right.top - left.top)).toBeLessThan(2);
    } else expect(right.top).toBeGreaterThanOrEqual(left.bottom);
    await context.close();
  });
});

describe('the search filters', () => {
  test('on a phone: folded behind one summary that opens them', async () => {
    const { page, context } = await open('/search/', 390);
    const group = page.locator('#search-filters [data-filter]').first();
    expect(await group.isVisible()).toBe(false);
    await page.locator('.search-facets > summary').click();
    expect(await group.isVisible()).toBe(true);
    await context.close();
  });

  test('on a wide screen: shown without a click, no summary', async () => {
    const { page, context } = await open('/search/', 1280);
    expect(await page.locator('#search-filters [data-filter]').first().isVisible()).toBe(true);
    expect(await page.locator('.search-facets > summary').isVisible()).toBe(false);
    await context.close();
  });
});
