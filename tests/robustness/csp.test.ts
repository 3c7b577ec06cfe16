/**
 * The response headers of public/_headers, served with the built site by the test's own server:
 * every page type loads, and a search runs, with no Content Security Policy violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { connectBrowser } from '../support/browser';
import { type StaticServer, serveStatic } from '../support/static-server';

const root = inject('siteRoot');

/** The headers `_headers` sets for every path (`/*`), by name. */
function readHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      all = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (all && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

const headers = readHeaders(readFileSync('public/_headers', 'utf8'));
const firstUrl = (name: string): string =>
  (JSON.parse(readFileSync(join(root, `data/${name}.json`), 'utf8')) as { url: string }[])[0]
    ?.url ?? '/';

/** One page of each type the site has. */
const PAGES = [
  '/',
  '/articles/',
  firstUrl('articles'),
  '/visits/',
  firstUrl('visits'),
  '/places/',
  firstUrl('places'),
  '/officials/',
  firstUrl('officials'),
  '/sectors/',
  firstUrl('sectors'),
  '/timeline/',
  '/about/',
  '/data/',
  '/search/',
  '/no-such-page/',
];

describe('the headers of public/_headers', () => {
  test('set a CSP without unsafe-inline or unsafe-eval, nosniff and a referrer policy', () => {
    const csp = headers['Content-Security-Policy'] ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
  });

  test('are published with the site', () => {
    expect(readFileSync(join(root, '_headers'), 'utf8')).toBe(
      readFileSync('public/_headers', 'utf8'),
    );
  });
});

describe('under the Content Security Policy, in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await connectBrowser();
    server = await serveStatic(root, { headers });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and collects what the policy refused (events and console messages). */
  async function violationsOf(path: string, act?: (page: Page) => Promise<void>) {
    const page = await browser.newPage();
    const seen: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
    });
    page.on('worker', (w) =>
      w.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
      }),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        w.__csp = [...(w.__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
      });
    });
    const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await act?.(page);
    await page.waitForTimeout(200);
    const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp);
    await page.close();
    return { status: response?.status(), violations: [...seen, ...(events ?? [])] };
  }

  test('pages with JSON-LD are among them (data, never run: no allowance needed)', () => {
    for (const url of [firstUrl('articles'), firstUrl('visits')]) {
      expect(readFileSync(join(root, url, 'index.html'), 'utf8')).toContain(
        '<script type="application/ld+json">',
      );
    }
  });

  test.each(PAGES)('%s loads with no violation', async (path) => {
    const { status, violations } = await violationsOf(path);
    expect(status).toBe(path === '/no-such-page/' ? 404 : 200);
    expect(violations).toEqual([]);
  });

  test('a search runs (Pagefind, WebAssembly, its worker) with no violation', async () => {
    let results = 0;
    const { violations } = await violationsOf('/search/', async (page) => {
      await page.fill('input[name="q"]', '昆山');
      await page.press('input[name="q"]', 'Enter');
      // Without results the violations say why (e.g. WebAssembly refused): assert those first.
      await page
        .waitForSelector('#search-results a[href]', { state: 'attached', timeout: 15_000 })
        .catch(() => null);
      results = await page.locator('#search-results a[href]').count();
    });
    expect(violations).toEqual([]);
    expect(results).toBeGreaterThan(0);
  }, 60_000);

  test('the policy is enforced: an inline script is refused and reported', async () => {
    const { violations } = await violationsOf('/', async (page) => {
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = 1';
        document.body.append(s);
      });
    });
    expect(violations.join('\n')).toMatch(/script-src/);
  });
});
