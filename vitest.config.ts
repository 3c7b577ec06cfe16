/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { UNIT_TESTS, unitProjects } from './vitest.unit.config';

/** `npm test`: every test, the unit tests (vitest.unit.config.ts) and those of the built site. */
export default getViteConfig({
  test: {
    projects: [
      ...unitProjects,
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: UNIT_TESTS,
          // The site is built once per run (root and /kaochalu/), and one Chromium started, for
          // the output, browser, search and robustness tests.
          globalSetup: ['tests/support/built-site.ts'],
          hookTimeout: 600_000,
        },
      },
    ],
    testTimeout: 30_000,
  },
});
