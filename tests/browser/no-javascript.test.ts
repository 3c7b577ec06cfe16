/**
 * Pages other than search load no JavaScript: no <script src>, no inline script except JSON-LD,
 * no inline event handlers, no javascript: URLs, no module preloads; and in Chromium, loading a
 * page of each type requests no script at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { pageTypes } from './site-pages';

const builds = [
  { build: 'root', dir: inject('siteRoot') },
  { build: 'sub-path', dir: inject('siteSub') },
];

/** The HTML pages of a build, except the search page. */
function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('search/') && !f.startsWith('pagefind/'));
}

/** What in a page's HTML would run or fetch JavaScript. */
function scriptsIn(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (/\bsrc\s*=/i.test(attrs)) found.push(`<script${attrs}>`);
    else if (type !== 'application/ld+json') found.push(`inline <script${attrs}>`);
  }
  for (const m of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']?(modulepreload|preload)[^>]*>/gi)) {
    if (/\.m?js\b/.test(m[0])) found.push(m[0]);
  }
  for (const m of html.matchAll(/\s(on[a-z]+)\s*=\s*["']/gi)) found.push(`handler ${m[1]}`);
  if (/\bhref\s*=\s*["']?\s*javascript:/i.test(html)) found.push('javascript: URL');
  if (/<astro-island\b/i.test(html)) found.push('<astro-island>');
  return found;
}

describe.each(builds)('no JavaScript outside search ($build build)', ({ dir }) => {
  const pages = htmlPages(dir);

  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  test('no page but search has a script other than JSON-LD', () => {
    const offenders = pages.flatMap((page) =>
      scriptsIn(readFileSync(join(dir, page), 'utf8')).map((what) => `${page}: ${what}`),
    );
    expect(offenders).toEqual([]);
  });

  test('JSON-LD blocks are valid JSON with a schema.org context', () => {
    let blocks = 0;
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        const data = JSON.parse(m[1] ?? '') as { '@context'?: string };
        expect(data['@context'], page).toBe('https://schema.org');
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });
});

describe('in Chromium, pages request no script', () => {
  const site = inject('siteRoot');
  const served = useServedSite(site);

  test.each(pageTypes(site).map((t) => [t.name, t.path]))(
    '%s (%s)',
    async (_name, path) => {
      const context = await served.browser.newContext();
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      // A script the page names is requested before its load event; nothing can add one later.
      await page.goto(`${served.server.origin}${path}`, { waitUntil: 'load' });
      expect(scripts).toEqual([]);
      // The page also works with JavaScript disabled: same heading.
      const heading = await page.locator('h1').textContent();
      const noJs = await served.browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto(`${served.server.origin}${path}`);
      expect(await plain.locator('h1').textContent()).toBe(heading);
      await noJs.close();
      await context.close();
    },
    60_000,
  );
});
