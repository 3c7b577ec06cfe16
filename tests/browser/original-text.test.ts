/**
 * The original text on article pages: each paragraph's original lines beside it in the body,
 * hidden until a view link (#original, an anchor: no JavaScript) shows them alone, as they came:
 * for the traditional seeds, traditional characters and pinyin annotations, while the normalized
 * paragraphs are simplified.
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

describe('the original-text view', () => {
  test('the seeds include traditional articles', () => {
    expect(traditional.length).toBeGreaterThanOrEqual(2);
  });

  test.each(all.map((a) => [a.id, a.url]))(
    '%s: hidden at first, shown alone by a link (no script), the text as it came; hidden again',
    async (id, url) => {
      const context = await served.browser.newContext({
        viewport: { width: 1200, height: 900 },
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${url}`);
      const original = page.locator('.article-body .orig');
      const paragraph = page.locator('.article-body > p').first();
      expect(await original.count()).toBeGreaterThan(0);
      expect(await original.first().isVisible()).toBe(false);
      expect(await paragraph.isVisible()).toBe(true);

      await page.locator('.views a[href="#original"]').click();
      expect(new URL(page.url()).hash).toBe('#original');
      expect(await original.first().isVisible()).toBe(true);
      // The original alone: the normalized paragraphs give way to it.
      expect(await paragraph.isVisible()).toBe(false);
      const shown = (await original.allTextContents()).join('\n');
      for (const line of seedLines(id, 4)) expect(shown).toContain(line);

      // And back to the normalized text.
      await page.locator('.views a[href="#text"]').click();
      expect(await original.first().isVisible()).toBe(false);
      expect(await paragraph.isVisible()).toBe(true);
      await context.close();
    },
  );

  test.each(traditional.map((a) => [a.id, a.url]))(
    '%s: the original is traditional with its pinyin, the body simplified',
    async (id, url) => {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${url}#original`);
      const original = (await page.locator('.article-body .orig').allTextContents()).join('\n');
      const body = (await page.locator('.article-body > p').allTextContents()).join('\n');
      // Characters that exist only in traditional script: in the original, never in the body.
      const traditionalOnly = /[們這個時來說國會對發進長學書記區東蘇無錫與為]/g;
      expect(original.match(traditionalOnly)?.length ?? 0).toBeGreaterThan(10);
      expect(body.match(traditionalOnly) ?? []).toEqual([]);
      // The link says what the reader will get.
      expect(await page.locator('.views a[href="#original"]').textContent()).toContain('繁体');
      // Pinyin annotations, where the seed has them, are kept in the original and gone from the body.
      const seed = readFileSync(`seeds/${id}.txt`, 'utf8');
      const pinyin = seed.match(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g) ?? [];
      for (const note of pinyin.slice(0, 5)) expect(original).toContain(note);
      if (pinyin.length > 0) expect(body).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
      await context.close();
    },
  );
});
