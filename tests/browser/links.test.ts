/**
 * No broken internal link in the built site, at the root and under the sub-path /kaochalu/:
 * checked over the files by our own checker (href, src, cite, fragments, sitemap and feed), and
 * over HTTP by linkinator crawling the site served under its base.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkState, check as linkinator } from 'linkinator';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { serveStatic } from '../support/static-server';
import { checkLinks, describeBroken } from './link-check';

const SITE_ORIGIN = process.env.SITE_URL ?? 'https://kaochalu.example.org';
const builds = [
  { build: 'root', dir: inject('siteRoot'), base: '/' },
  { build: 'sub-path', dir: inject('siteSub'), base: '/kaochalu/' },
];

describe.each(builds)('links of the $build build', ({ dir, base }) => {
  test('every internal href, src, cite and #fragment in the files resolves', () => {
    const { broken, checked } = checkLinks(dir, { base, siteOrigin: SITE_ORIGIN });
    expect(checked).toBeGreaterThan(1000);
    expect(broken, describeBroken(broken, dir)).toEqual([]);
  });

  test('linkinator, crawling the served site, finds no broken internal link', async () => {
    const server = await serveStatic(dir, { base });
    try {
      const start = `${server.origin}${base}`;
      const result = await linkinator({
        path: start,
        recurse: true,
        checkFragments: true,
        concurrency: 8,
        timeout: 10_000,
        linksToSkip: async (link) => !link.startsWith(server.origin),
      });
      const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
      const pages = result.links.filter((l) => l.state === LinkState.OK && l.url.endsWith('/'));
      expect(pages.length).toBeGreaterThan(100);
      expect(
        broken,
        broken.map((l) => `${l.parent ?? ''} → ${l.url} (${l.status})`).join('\n'),
      ).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);
});

describe('the link checker itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kcl-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reports missing pages, missing fragments, links outside the base and missing slashes', () => {
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'index.html'), '<p id="p-1">x</p>');
    writeFileSync(
      join(dir, 'index.html'),
      [
        '<a href="/k/a/">ok</a>',
        '<a href="/k/a/#p-1">ok</a>',
        '<a href="https://kaochalu.example.org/k/a/">ok</a>',
        '<a href="https://elsewhere.example.com/">external</a>',
        '<a href="/k/b/">missing page</a>',
        '<a href="/k/a/#p-2">missing fragment</a>',
        '<a href="/a/">outside the base</a>',
        '<a href="/k/a">no slash</a>',
        '<img src="/k/logo.png" alt="">',
        '<a href="#nowhere">missing local fragment</a>',
      ].join('\n'),
    );
    const { broken } = checkLinks(dir, { base: '/k/', siteOrigin: 'https://kaochalu.example.org' });
    expect(broken.map((b) => b.link).sort()).toEqual(
      ['#nowhere', '/a/', '/k/a', '/k/a/#p-2', '/k/b/', '/k/logo.png'].sort(),
    );
  });
});
