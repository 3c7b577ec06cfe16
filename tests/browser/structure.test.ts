/**
 * What axe-core rates below "serious" but a reader with a screen reader or a keyboard needs on
 * every page type: one h1 and headings that never skip a level, the landmarks (banner, main
 * navigation, main, contentinfo), a skip link that appears on focus and works, a visible focus
 * ring on every link and control reached with Tab, and `lang="zh-CN"`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { pageTypes } from './site-pages';

const site = inject('siteRoot');

const served = useServedSite(site);

/** The focused element: a short description and whether a focus indicator shows. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const box = el.getBoundingClientRect();
    return {
      what: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}”`,
      ring,
      visible: box.width > 1 && box.height > 1,
    };
  });
}

describe('page structure and keyboard use', () => {
  test.each(pageTypes(site, { withSearch: true }).map((t) => [t.name, t.path]))(
    '%s (%s)',
    async (_name, path) => {
      const context = await served.browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${served.server.origin}${path}`);

      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect((await page.title()).length).toBeGreaterThan(0);

      // Headings: one h1, first; no level skipped on the way down.
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((hs) =>
          hs
            .filter((h) => h.getClientRects().length > 0 || h.closest('details'))
            .map((h) => Number(h.tagName[1])),
        );
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      const skips = levels.flatMap((l, i) =>
        i > 0 && l > (levels[i - 1] as number) + 1 ? [`h${levels[i - 1]}→h${l}`] : [],
      );
      expect(skips).toEqual([]);

      // Landmarks.
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(1);

      // The skip link is the first stop of Tab, visible when focused, and moves focus to main.
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip?.what).toContain('跳到正文');
      expect(skip?.visible).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // From there on, every stop of Tab shows a focus ring.
      const noRing: string[] = [];
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (now === null) break;
        if (!now.ring || !now.visible) noRing.push(now.what);
      }
      expect(noRing).toEqual([]);
      await context.close();
    },
    60_000,
  );
});
