/**
 * The learning network's pictures as built from the seeds (the home page's maps, each province's
 * map page, the /network/ diagram): every place and every arrow is a link, and every link leads to
 * a page of the site (and to its anchor, for a route's row).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

const site = inject('siteRoot');
const html = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
const svgs = (path: string) =>
  [...html(path).matchAll(/<svg[^>]*network-svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

/** Does the link lead to a built page (and, with a fragment, to an element with that id)? */
function resolves(href: string): boolean {
  const [path = '', id] = href.split('#');
  const file = join(site, path, 'index.html');
  if (!existsSync(file)) return false;
  return !id || readFileSync(file, 'utf8').includes(`id="${id}"`);
}

const pages = ['', 'network', ...readdirSync(join(site, 'map')).map((p) => `map/${p}`)];

describe.each(pages)('the network pictures of /%s', (path) => {
  test('every place is a link to its page, every arrow a link that resolves', () => {
    const pictures = svgs(path);
    expect(pictures.length).toBeGreaterThan(0);
    for (const svg of pictures) {
      const circles = svg.match(/<circle/g)?.length ?? 0;
      const places = [...svg.matchAll(/<a href="([^"]+)"[^>]*class="place"[^>]*>\s*<circle/g)];
      expect(circles).toBeGreaterThan(0);
      expect(places).toHaveLength(circles);
      const routes = svg.match(/<path[^>]*marker-end/g)?.length ?? 0;
      const linked = [...svg.matchAll(/<a href="([^"]+)"[^>]*class="route"[^>]*>\s*<path/g)];
      expect(linked).toHaveLength(routes);
      for (const [, href] of [...places, ...linked]) expect(resolves(href ?? ''), href).toBe(true);
      for (const [, href] of places) expect(href).toMatch(/^\/places\/[a-z0-9-]+\/$/);
    }
  });

  test('each picture has a text equivalent: a table of its routes', () => {
    expect(html(path)).toMatch(/<table class="data-table">[\s\S]*?出发地/);
  });
});

test('the home map’s provinces with places open their own map page', () => {
  const [national = ''] = svgs('');
  const links = [...national.matchAll(/<a href="(\/map\/[a-z]+\/)"[^>]*class="province"/g)];
  expect(links.map((m) => m[1]).sort()).toEqual(
    pages
      .filter((p) => p.startsWith('map/'))
      .map((p) => `/${p}/`)
      .sort(),
  );
});
