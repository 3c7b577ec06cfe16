/**
 * The list pages of trips (/visits/year/2024/, /visits/from/jiangsu/, /visits/to/…,
 * /visits/level/…) as built from the seeds and from the trips fixtures: each lists exactly the
 * trips that have its value, once each; the visits list and each visit's facts link to them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import provinces from '../../src/data/provinces.json';

interface Place {
  name: string;
  level: string;
  province: string | null;
}
interface TripRecord {
  id: string;
  url: string;
  date: { start: string | null };
  origin: Place;
  destinations: Place[];
  reports: { id: string }[];
}

const slugOf = (p: Place) =>
  (p.level !== 'foreign' && provinces.provinces.find((q) => q.name === p.province)?.slug) ||
  'other';
const yearOf = (t: TripRecord) => /^\d{4}/.exec(t.date.start ?? '')?.[0] ?? 'unknown';
/** What a trip should be listed under, by facet. */
const expected: Record<string, (t: TripRecord) => string[]> = {
  year: (t) => [yearOf(t)],
  from: (t) => [slugOf(t.origin)],
  to: (t) => t.destinations.map(slugOf),
  level: (t) => [t.origin.level],
};

describe.each([
  ['seeds', inject('siteRoot')],
  ['trips fixtures', inject('siteTrips')],
])('the list pages of the site of the %s', (_, site) => {
  const trips = JSON.parse(readFileSync(join(site, 'data/trips.json'), 'utf8')) as TripRecord[];
  const html = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
  const main = (path: string) => /<main[\s\S]*?<\/main>/.exec(html(path))?.[0] ?? '';
  /** The trips a page lists: its visit cards' links (list pages link only to trip pages). */
  const listed = (path: string) => {
    const links = [...main(path).matchAll(/<h[23][^>]*>\s*<a href="(\/visits\/[a-z0-9-]+\/)"/g)];
    return links.map((m) => m[1]);
  };

  test.each(Object.keys(expected))('by %s: every page lists exactly its trips, once', (facet) => {
    const values = readdirSync(join(site, 'visits', facet));
    const want = new Map<string, string[]>();
    for (const t of trips)
      for (const v of new Set(expected[facet]?.(t))) want.set(v, [...(want.get(v) ?? []), t.url]);
    expect(values.sort()).toEqual([...want.keys()].sort());
    for (const [value, urls] of want) {
      const got = listed(`visits/${facet}/${value}`);
      expect(got.sort(), `${facet}/${value}`).toEqual([...urls].sort());
    }
  });

  test('the counts of the years add up to the trips', () => {
    const years = readdirSync(join(site, 'visits/year'));
    const total = years.reduce((n, y) => n + listed(`visits/year/${y}`).length, 0);
    expect(total).toBe(trips.length);
  });

  test('the visits list links every list page, with its count of trips', () => {
    const page = main('visits');
    for (const facet of Object.keys(expected))
      for (const value of readdirSync(join(site, 'visits', facet))) {
        const count = listed(`visits/${facet}/${value}`).length;
        const link = new RegExp(
          `href="/visits/${facet}/${value}/"[^>]*>[^<]+</a>\\s*<span[^>]*>（${count}）`,
        );
        expect(page, `${facet}/${value}`).toMatch(link);
      }
  });

  test('each trip’s facts link to its year, origin province and level, destination provinces', () => {
    for (const t of trips) {
      const facts = /<section id="facts"[\s\S]*?<\/section>/.exec(main(t.url.slice(1)))?.[0] ?? '';
      const paths = Object.entries(expected).flatMap(([facet, of]) =>
        of(t).map((v) => `/visits/${facet}/${v}/`),
      );
      for (const path of paths) {
        expect(facts, `${t.id}: ${path}`).toContain(`href="${path}"`);
        expect(existsSync(join(site, path, 'index.html')), path).toBe(true);
      }
    }
  });
});
