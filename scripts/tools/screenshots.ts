/**
 * `npx tsx scripts/tools/screenshots.ts [dist]`: screenshots of the built site for the README
 * (home, a visit, a province map, the network, a search), at desktop width and at 390 px, into
 * docs/. Run after `npm run build`; serves dist/ on 127.0.0.1 and drives Debian's Chromium.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../../tests/support/static-server';
import { launchBrowser } from '../lib/chromium';

const dist = resolve(process.argv[2] ?? 'dist');
const trips = JSON.parse(readFileSync(join(dist, 'data/trips.json'), 'utf8')) as {
  id: string;
  reports?: unknown[];
}[];
// The trip with the most reports, else the first: a visit page with its route and sources.
const trip = [...trips].sort((a, b) => (b.reports?.length ?? 0) - (a.reports?.length ?? 0))[0];
const PAGES: [string, string][] = [
  ['home', '/'],
  ['visit', `/visits/${trip?.id ?? ''}/`],
  ['map', '/map/jiangsu/'],
  ['network', '/network/'],
  ['search', '/search/?q=%E6%98%86%E5%B1%B1'],
];
const WIDTHS: [string, number, number][] = [
  ['desktop', 1280, 900],
  ['phone', 390, 844],
];

const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
  for (const [width, w, h] of WIDTHS) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, deviceScaleFactor: 1 });
    for (const [name, path] of PAGES) {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      if (name === 'search')
        await page.waitForSelector('#search-results a', { timeout: 15_000 }).catch(() => {});
      await page.screenshot({ path: `docs/${name}-${width}.png` });
      process.stdout.write(`docs/${name}-${width}.png ← ${path}\n`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
