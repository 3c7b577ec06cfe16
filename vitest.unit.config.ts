/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** The tests that need no build and no browser: the pipeline, extraction, eval and site utilities. */
export const UNIT_TESTS = [
  'tests/pipeline/**/*.test.ts',
  'tests/extract/**/*.test.ts',
  'tests/lib/**/*.test.ts',
  'tests/eval/**/*.test.ts',
  'tests/site/**/*.test.ts',
];

/** Unit tests that mock modules (vi.mock): each needs a module registry of its own. */
const MOCKING_TESTS = ['tests/lib/process-seed-errors.test.ts'];

/**
 * The unit tests as two projects: most share their workers' module registry (isolate: false: the
 * gazetteer, OpenCC and jieba load once a worker, not once a file: 25 s instead of 75 s here), and
 * the files that mock modules run isolated, so that no mock reaches another file.
 */
export const unitProjects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: { name: 'unit', include: UNIT_TESTS, exclude: MOCKING_TESTS, isolate: false },
  },
  { extends: true, test: { name: 'unit-isolated', include: MOCKING_TESTS } },
];

/** `npm run test:unit`: the unit tests only; no build, no browser. */
export default getViteConfig({
  test: { projects: unitProjects, testTimeout: 30_000 },
});
