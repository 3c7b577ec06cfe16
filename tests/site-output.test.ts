/** What a fresh build writes: the pages and exports DATA.md promises, for every seed. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const root = inject('siteRoot');
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('the built site', () => {
  test.each([
    'index.html',
    'pagefind/pagefind.js',
    'data/articles.json',
    'data/visits.json',
    'data/officials.json',
    'data/places.json',
    'data/sectors.json',
    'data/quality.json',
    'data/visits.csv',
    'sitemap-index.xml',
    'feed.xml',
    '404.html',
  ])('has %s', (path) => {
    expect(existsSync(join(root, path))).toBe(true);
  });

  test('publishes the search engine, not Pagefind’s ready-made interfaces the site does not use', () => {
    const files = readdirSync(join(root, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js']));
    expect(files.filter((f) => /ui\.(?:js|css)$|highlight/.test(f))).toEqual([]);
  });

  test.each(seeds)('has the article page of %s', (id) => {
    expect(read(`articles/${id}/index.html`)).toContain('lang="zh-CN"');
  });

  test('every url in the exports is a page', () => {
    const urls = ['articles', 'visits', 'officials', 'places', 'sectors'].flatMap((name) =>
      (JSON.parse(read(`data/${name}.json`)) as { url: string }[]).map((r) => r.url),
    );
    expect(urls.length).toBeGreaterThan(seeds.length);
    const missing = urls.filter((u) => !existsSync(join(root, u, 'index.html')));
    expect(missing).toEqual([]);
  });

  test('visits.csv opens in Excel as UTF-8 (starts with a BOM)', () => {
    expect(readFileSync(join(root, 'data/visits.csv'))[0]).toBe(0xef);
  });

  test('no cell of visits.csv starts like a formula, and the data page says why', () => {
    // Cells split naively: a quoted cell starts with a quote, so it cannot start a formula either.
    const cells = read('data/visits.csv')
      .slice(1)
      .split('\r\n')
      .flatMap((row) => row.split(','));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(read('data/index.html')).toContain('撇号');
  });
});
