/**
 * Place, official and sector pages as built from the seeds: every trip they list is quoted at the
 * sentence that ties it to the page (the place as origin or destination, the person, a keyword of
 * the sector), linked to that sentence's anchor on the article page, which holds the same text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const site = inject('siteRoot');
const read = <T>(name: string): T[] =>
  JSON.parse(readFileSync(join(site, 'data', `${name}.json`), 'utf8')) as T[];
const page = (url: string) => readFileSync(join(site, url, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Quote {
  text: string;
  href: string;
}

/** The section of a page with this id. */
const section = (html: string, id: string) =>
  new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

/** The visit cards of a section: each card's trip link and the quotes under it. */
function cards(html: string): { trip: string; quotes: Quote[] }[] {
  return [...html.matchAll(/<article[\s\S]*?<\/article>/g)].map(([card]) => ({
    trip: /href="(\/visits\/[^"]+)"/.exec(card)?.[1] ?? '',
    quotes: [...card.matchAll(/<q>([\s\S]*?)<\/q>\s*<a href="([^"]+)"/g)].map((m) => ({
      text: text(m[1] ?? ''),
      href: m[2] ?? '',
    })),
  }));
}

/** The sentence an anchor link points to, as the article page renders it. */
function sentenceAt(href: string): string {
  const [path, id] = href.split('#');
  const html = page(path ?? '');
  const open = html.indexOf(`id="${id}"`);
  expect(open, href).toBeGreaterThan(0);
  const start = html.indexOf('>', open) + 1;
  const next = html.indexOf('<span id="p', start);
  const end = html.indexOf('</p>', start);
  return text(html.slice(start, next > 0 && next < end ? next : end));
}

/** Each card quotes at least one sentence, found at its anchor, holding one of `words`. */
function expectQuoted(html: string, words: readonly string[], where: string) {
  const list = cards(html);
  for (const card of list) {
    expect(card.quotes.length, `${where} ${card.trip}`).toBeGreaterThan(0);
    for (const q of card.quotes) {
      expect(q.href, where).toMatch(/^\/articles\/[^/]+\/#p\d+-s\d+$/);
      expect(
        words.some((w) => q.text.includes(w)),
        `${where}: ${q.text}`,
      ).toBe(true);
      expect(sentenceAt(q.href).trim(), q.href).toBe(q.text);
    }
  }
  return list.length;
}

const shortName = (name: string) => name.replace(/(市|区|县|省|镇)$/u, '');

describe('sentence evidence on entity pages', () => {
  test('place pages: each trip out and in quoted where it names the place', () => {
    let checked = 0;
    for (const p of read<{ name: string; url: string }>('places')) {
      const html = page(p.url);
      const words = [p.name, shortName(p.name)];
      checked += expectQuoted(section(html, 'visits-out'), words, p.url);
      checked += expectQuoted(section(html, 'visits-in'), words, p.url);
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('official pages: each trip quoted where it names the person; each title at its article', () => {
    let checked = 0;
    for (const o of read<{ name: string; url: string; titles: unknown[] }>('officials')) {
      const html = page(o.url);
      for (const role of ['led', 'hosted', 'joined'])
        checked += expectQuoted(section(html, `visits-${role}`), [o.name], o.url);
      const titles = section(html, 'titles');
      const quotes = [...titles.matchAll(/<q>([\s\S]*?)<\/q>/g)].map((m) => text(m[1] ?? ''));
      expect(quotes.length, o.url).toBe(o.titles.length);
      for (const q of quotes) expect(q, o.url).toContain(o.name);
    }
    expect(checked).toBeGreaterThan(5);
  });

  test('sector pages: each trip quoted at a sentence holding one of its keywords', () => {
    let checked = 0;
    for (const s of read<{ label: string; keywords: string[]; url: string }>('sectors')) {
      const html = page(s.url);
      checked += expectQuoted(section(html, 'visits'), [s.label, ...s.keywords], s.url);
    }
    expect(checked).toBeGreaterThan(10);
  });
});
