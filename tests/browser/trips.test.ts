/**
 * One trip reported by both sides (tests/support/built-site.ts TRIP_FIXTURES: the delegation's
 * paper and the host district's) in Chromium: shown once on the home page, the timeline (its year's page) and the
 * place pages, with both reports on its page; a fact's link lands on its sentence, highlighted;
 * the other report's visit id leads to the trip; a printed visit page has no navigation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';

interface Report {
  id: string;
  article: string;
}
interface TripRecord extends Report {
  url: string;
  date: { start: string | null };
  origin: { name: string };
  destinations: { name: string }[];
  /** The ids of its reports' visits in visits.json. */
  reports: string[];
}
interface PlaceRecord {
  name: string;
  url: string;
}

const site = inject('siteTrips');
const read = <T>(name: string): T[] =>
  JSON.parse(readFileSync(join(site, 'data', `${name}.json`), 'utf8')) as T[];
const trips = read<TripRecord>('trips');
const places = read<PlaceRecord>('places');
const visits = new Map(read<Report>('visits').map((v) => [v.id, v]));
/** A trip's reports: each one's visit, as visits.json has it. */
const reportsOf = (trip: TripRecord): Report[] =>
  trip.reports.flatMap((id) => visits.get(id) ?? []);
const reported = trips.filter((t) => t.reports.length > 1);

let browser: Browser;
let server: StaticServer;
let page: Page;
beforeAll(async () => {
  browser = await connectBrowser();
  server = await serveStatic(site, { base: '/' });
  page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The hrefs of visit links in the page's main content, as the page gives them. */
async function visitLinks(path: string): Promise<string[]> {
  await page.goto(`${server.origin}${path}`);
  return page
    .locator('main a[href^="/visits/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** How many of the links lead to the trip: its own page or a report's. */
function countTrip(links: readonly string[], trip: TripRecord): number {
  const paths = new Set([trip.url, ...trip.reports.map((id) => `/visits/${id}/`)]);
  return new Set(links.filter((href) => paths.has(href.split('#')[0] ?? ''))).size;
}

describe('a trip reported by both sides', () => {
  test('the two reports make one trip; the other article its own', () => {
    expect(read<Report>('visits')).toHaveLength(3);
    expect(trips).toHaveLength(2);
    expect(reported).toHaveLength(1);
    const both = reported[0] ? reportsOf(reported[0]) : [];
    expect(both).toHaveLength(2);
    expect(new Set(both.map((r) => r.article)).size).toBe(2);
  });

  const trip = reported[0] as TripRecord;

  // The timeline is one page a year: the trip's year's page (年份不详: /timeline/unknown/).
  const year = /^\d{4}/.exec(trip.date.start ?? '')?.[0] ?? 'unknown';
  test.each([
    ['home', '/'],
    ['timeline', `/timeline/${year}/`],
    ['visits list', '/visits/'],
  ])('shows once on the %s page', async (_, path) => {
    const links = await visitLinks(path);
    expect(countTrip(links, trip)).toBe(1);
    expect(links.filter((href) => href.startsWith(trip.url)).length).toBeGreaterThan(0);
  });

  test('the feed has one item a trip, each with its pubDate', () => {
    const feed = readFileSync(join(site, 'feed.xml'), 'utf8');
    const items = feed.split('<item>').slice(1);
    expect(items).toHaveLength(trips.length);
    for (const item of items) expect(item).toMatch(/<pubDate>[^<]+ GMT<\/pubDate>/);
  });

  test('the home page counts trips', async () => {
    await page.goto(`${server.origin}/`);
    const figure = page.locator('main a[href="/visits/"]', { hasText: '次考察' }).first();
    expect((await figure.textContent())?.replace(/\s/g, '')).toBe(`${trips.length}次考察`);
  });

  test('shows once on its origin’s and each destination’s place page', async () => {
    const names = [trip.origin.name, ...trip.destinations.map((d) => d.name)];
    for (const name of names) {
      const place = places.find((p) => p.name === name);
      expect(place, name).toBeDefined();
      expect(countTrip(await visitLinks(place?.url ?? ''), trip), name).toBe(1);
    }
  });

  test('its page lists both reports', async () => {
    await page.goto(`${server.origin}${trip.url}`);
    const source = page.locator('#source');
    for (const r of reportsOf(trip))
      expect(await source.locator(`a[href="/articles/${r.article}/"]`).count(), r.article).toBe(1);
  });

  test('the other report’s visit id leads to the trip’s page', async () => {
    const moved = reportsOf(trip).find((r) => r.id !== trip.id) as Report;
    await page.goto(`${server.origin}/visits/${moved.id}/`);
    await page.waitForURL(`${server.origin}${trip.url}`);
    expect(page.url()).toBe(`${server.origin}${trip.url}`);
  });

  test('a fact’s link lands on its sentence quoted on the page, highlighted, which names the fact; its mark there leads to the article’s sentence', async () => {
    await page.goto(`${server.origin}${trip.url}`);
    const leaders = page
      .locator('#facts dt', { hasText: '带队' })
      .locator('xpath=following-sibling::dd[1]');
    const name = (
      (await leaders.locator('a[href^="/officials/"]').first().textContent()) ?? ''
    ).trim();
    const ref = leaders.locator('a.ref').first();
    const href = (await ref.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#(?:r\d+-)?s\d+-\d+$/);
    await Promise.all([page.waitForURL((u) => u.hash !== ''), ref.click()]);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(href.slice(1));
    expect(await target.locator('q').textContent()).toContain(name);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    expect(await target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
    // The quote's own mark, the same ¶N.M, opens the sentence in the article.
    const out = target.locator('a').first();
    expect(await out.textContent()).toBe(await ref.textContent());
    const articleHref = (await out.getAttribute('href')) ?? '';
    expect(articleHref).toMatch(/^\/articles\/[^/]+\/#p\d+-s\d+$/);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/articles/')), out.click()]);
    const sentence = page.locator(':target');
    expect(await sentence.getAttribute('id')).toBe(articleHref.split('#')[1]);
    expect(await sentence.textContent()).toContain(name);
    const lit = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(lit).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
  });

  test('printed, the visit page shows no navigation, and links show their address', async () => {
    await page.goto(`${server.origin}${trip.url}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').first().isVisible()).toBe(false);
    expect(await page.locator('body > header').isVisible()).toBe(false);
    expect(await page.locator('body > footer').isVisible()).toBe(false);
    const after = await page
      .locator('#source a[href^="/articles/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/articles/');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('nav').first().isVisible()).toBe(true);
  });
});
