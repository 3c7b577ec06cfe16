/**
 * At a phone's width (360 CSS px) no page scrolls sideways: the document is never wider than
 * the viewport, with every <details> closed and with every one opened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { pageTypes } from './site-pages';

const site = inject('siteRoot');

const served = useServedSite(site);

/** How much wider than the viewport the page is, and which elements stick out. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.closest('.overflow-x-auto, [hidden], details:not([open])'))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.textContent?.slice(0, 30)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  });
}

describe('phone width (360 px)', () => {
  test.each(pageTypes(site, { withSearch: true }).map((t) => [t.name, t.path]))(
    '%s (%s) has no horizontal scroll',
    async (_name, path) => {
      const context = await served.browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${path}`);
      const closed = await overflow(page);
      expect(closed.scrollWidth, closed.wide.join('\n')).toBeLessThanOrEqual(closed.innerWidth);

      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      const open = await overflow(page);
      expect(open.scrollWidth, open.wide.join('\n')).toBeLessThanOrEqual(open.innerWidth);
      await context.close();
    },
    60_000,
  );
});
