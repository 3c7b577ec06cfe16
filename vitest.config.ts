/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site is built once per run (root and /kaochalu/) for the browser and output tests.
    globalSetup: ['tests/support/built-site.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
