/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** `npm run test:unit`: the pipeline, extraction, eval and site-utility tests; no build, no browser. */
export default getViteConfig({
  test: {
    include: [
      'tests/pipeline/**/*.test.ts',
      'tests/extract/**/*.test.ts',
      'tests/lib/**/*.test.ts',
      'tests/eval/**/*.test.ts',
      'tests/site/**/*.test.ts',
    ],
    testTimeout: 30_000,
  },
});
