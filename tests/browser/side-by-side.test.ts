/**
 * Article pages: the original beside the normalized text, paragraph by paragraph, on a wide
 * screen (one above the other on a phone), with no JavaScript (the #parallel view); the search page's filters folded
 * behind one summary on a phone and shown as they are on a wide screen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { readExport } from './site-pages';

const site = inject('siteRoot');
const articles = readExport<{ id: string; url: string; paragraphs: string[] }>(site, 'articles');
// The original text as the pipeline kept it (the content folder the build wrote beside the site:
// the store the site loads, one article record a line).
const originals = new Map(
  readFileSync(`${site}.content/store/articles.ndjson`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; original: string })
    .map((a) => [a.id, a.original]),
);
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
    '%s: every paragraph and every original line shown, in order, once',
    async (_, article) => {
      const { page, context } = await open(article.url, 1280);
      await page.locator('.views a[href="#parallel"]').click();
      const ids = await page
        .locator('.article-body > p[id^="p-"]')
        .evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).map((p) => p.id));
      expect(ids).toEqual(article.paragraphs.map((_, i) => `p-${i}`));
      // The original's lines, set-aside ones included, each once and in the original's order.
      const shown = await page
        .locator('.article-body .orig')
        .evaluateAll((blocks) =>
          blocks
            .filter((b) => b.checkVisibility())
            .flatMap((b) => (b.textContent ?? '').split('\n')),
        );
      expect(shown).toEqual(
        (originals.get(article.id) ?? '').split(/\r?\n/).filter((l) => l.trim() !== ''),
      );
      await context.close();
    },
  );

  test.each([
    [1280, 'side by side'],
    [390, 'one above the other'],
  ])('at %i px: %s', async (width) => {
    const article = articles[0] as (typeof articles)[number];
    const { page, context } = await open(article.url, width);
    await page.locator('.views a[href="#parallel"]').click();
    // The paragraph that has original lines of its own: its block stands just before it.
    const pair = await page
      .locator('.article-body > .orig + p')
      .first()
      .evaluate((p) => ({
        left: (p.previousElementSibling as Element).getBoundingClientRect().toJSON() as DOMRect,
        right: p.getBoundingClientRect().toJSON() as DOMRect,
      }));
    const { left, right } = pair;
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
