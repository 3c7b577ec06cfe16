/**
 * axe-core in Chromium finds no serious or critical violation on any page type. axe runs once per
 * page type; the page types take turns at the light and the dark colour scheme and at desktop and
 * phone width, so that each setting is checked on several kinds of page (they share the header,
 * footer, tables and lists, so a contrast or layout fault of one setting shows on them all).
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

const types = pageTypes(site);
const article = types.find((t) => t.name === 'article')?.path ?? '/';
const cases = [
  ...types.map((t, i) => {
    const setting = settings[i % settings.length] as (typeof settings)[number];
    return [t.name, t.path, setting.colorScheme, setting.width] as const;
  }),
  // The article's original, beside its text (dark, wide) and alone (light, phone): views by anchor.
  ['article, original beside', `${article}#parallel`, 'dark', 1200] as const,
  ['article, original alone', `${article}#original`, 'light', 360] as const,
];

describe('axe-core', () => {
  test('every setting is used', () => {
    expect(new Set(cases.map(([, , scheme, width]) => `${scheme} ${width}`)).size).toBe(
      settings.length,
    );
  });

  test.each(cases)(
    '%s (%s, %s, %i px): no serious or critical violation',
    async (_name, path, colorScheme, width) => {
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
      await context.close();
      const problems = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => {
          const where = v.nodes
            .slice(0, 3)
            .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`);
          return `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}\n    ${where.join('\n    ')}`;
        });
      expect(problems, problems.join('\n')).toEqual([]);
    },
    60_000,
  );
});
