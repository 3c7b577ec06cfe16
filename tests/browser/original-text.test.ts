/**
 * The switch to the original text on article pages: a closed <details> that opens on a click
 * (no JavaScript) and holds the text as it came: for the traditional seeds, traditional
 * characters and pinyin annotations, while the body above is simplified.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { readExport, traditionalArticles } from './site-pages';

const site = inject('siteRoot');
const traditional = traditionalArticles(site);
const all = readExport<{ id: string; url: string }>(site, 'articles');

const served = useServedSite(site);

/** The first `n` non-empty lines of a seed file, trimmed. */
function seedLines(id: string, n: number): string[] {
  return readFileSync(`seeds/${id}.txt`, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, n);
}

describe('the original-text switch', () => {
  test('the seeds include traditional articles', () => {
    expect(traditional.length).toBeGreaterThanOrEqual(2);
  });

  test.each(all.map((a) => [a.id, a.url]))(
    '%s: closed at first, opens on a click, shows the text as it came',
    async (id, url) => {
      const context = await served.browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${url}`);
      const details = page.locator('#original details');
      expect(await details.count()).toBe(1);
      const text = details.locator('pre');
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      expect(await text.isVisible()).toBe(false);

      await details.locator('summary').click();
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      expect(await text.isVisible()).toBe(true);
      const shown = (await text.textContent()) ?? '';
      for (const line of seedLines(id, 4)) expect(shown).toContain(line);

      // And it closes again.
      await details.locator('summary').click();
      expect(await text.isVisible()).toBe(false);
      await context.close();
    },
  );

  test.each(traditional.map((a) => [a.id, a.url]))(
    '%s: the original is traditional with its pinyin, the body simplified',
    async (id, url) => {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${url}`);
      await page.locator('#original summary').click();
      const original = (await page.locator('#original pre').textContent()) ?? '';
      const body = (await page.locator('.article-body').textContent()) ?? '';
      // Characters that exist only in traditional script: in the original, never in the body.
      const traditionalOnly = /[們這個時來說國會對發進長學書記區東蘇無錫與為]/g;
      expect(original.match(traditionalOnly)?.length ?? 0).toBeGreaterThan(10);
      expect(body.match(traditionalOnly) ?? []).toEqual([]);
      // The summary says what the reader will get.
      expect(await page.locator('#original summary').textContent()).toContain('繁体');
      // Pinyin annotations, where the seed has them, are kept in the original and gone from the body.
      const seed = readFileSync(`seeds/${id}.txt`, 'utf8');
      const pinyin = seed.match(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g) ?? [];
      for (const note of pinyin.slice(0, 5)) expect(original).toContain(note);
      if (pinyin.length > 0) expect(body).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
      await context.close();
    },
  );
});
