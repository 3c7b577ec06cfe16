/**
 * axe-core in Chromium finds no serious or critical violation on any page type, in the light
 * and in the dark colour scheme, at desktop and at phone width.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import { useServedSite } from '../support/served-site';
import { pageTypes } from './site-pages';

const site = inject('siteRoot');

const served = useServedSite(site);

const settings = [
  { colorScheme: 'light', width: 1200 },
  { colorScheme: 'dark', width: 1200 },
  { colorScheme: 'light', width: 360 },
] as const;

describe('axe-core', () => {
  test.each(pageTypes(site).map((t) => [t.name, t.path]))(
    '%s (%s): no serious or critical violation',
    async (_name, path) => {
      const problems: string[] = [];
      for (const { colorScheme, width } of settings) {
        const context = await served.browser.newContext({
          colorScheme,
          viewport: { width, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(`${served.server.origin}${path}`);
        // Open every <details>, so that what it folds away is checked too.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        for (const v of violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const where = v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
          problems.push(
            `[${colorScheme} ${width}px] ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}\n    ${where.join('\n    ')}`,
          );
        }
        await context.close();
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
    120_000,
  );
});
