/**
 * Vitest global setup: builds the site from seeds/ once per test run, at the root and under the
 * sub-path /kaochalu/, and tells the tests where (inject('siteRoot'), inject('siteSub')); starts
 * the run's one Chromium, which every browser test connects to (inject('browserEndpoint')).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built for the root path. */
    siteRoot: string;
    /** The site built for BASE_PATH=/kaochalu/ (its files, to be served under /kaochalu/). */
    siteSub: string;
    /** Where the run's Chromium listens (playwright's `chromium.connect`). */
    browserEndpoint: string;
    /** A small site built from TRIP_FIXTURES: one trip reported by both sides, and another. */
    siteTrips: string;
  }
}

/**
 * Where the test builds live (gitignored): one folder per test run, so that two runs at once
 * (several people or agents testing the same checkout) never delete each other's site.
 */
export const TEST_SITES = resolve('.cache/test-sites', String(process.pid));

/**
 * Variables vitest puts in process.env (Vite's import.meta.env). Astro hands every environment
 * variable to server code as import.meta.env.*, so a leaked BASE_URL=/ would build the sub-path
 * site with root links: the build gets the environment a shell would give it.
 */
const VITEST_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

/** Builds the site with the project's build script into `out`; throws with its output on failure. */
export function buildSite(
  out: string,
  env: Record<string, string> = {},
  args: string[] = [],
): string {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const run = spawnSync(
    process.execPath,
    [
      resolve('node_modules/tsx/dist/cli.mjs'),
      'scripts/build.ts',
      '--out',
      out,
      '--content',
      `${out}.content`,
      ...args,
    ],
    {
      encoding: 'utf8',
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)),
        ),
        ...env,
      },
    },
  );
  if (run.status !== 0)
    throw new Error(`build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/**
 * Fixture articles for the trips site: a delegation's own paper and the host district's report
 * of the same trip (赣州 → 深圳南山, 2024-03), and an unrelated trip.
 */
export const TRIP_FIXTURES = [
  'own-paper-ganzhou-members-after-host',
  'host-report-nanshan-meets-first',
  'own-paper-jiujiang-to-wenzhou-range',
];

/** Writes a seeds folder of fixture articles (tests/fixtures/articles/<name>/) into `dir`. */
export function fixtureSeeds(dir: string, names: readonly string[]): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const from = resolve('tests/fixtures/articles', name);
    copyFileSync(join(from, 'input.txt'), join(dir, `${name}.txt`));
    if (existsSync(join(from, 'meta.yaml')))
      copyFileSync(join(from, 'meta.yaml'), join(dir, `${name}.meta.yaml`));
  }
  return dir;
}

/**
 * Builds the sites once and starts Chromium; tests reach them through inject(); after the run,
 * stops Chromium and removes the sites.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = join(TEST_SITES, 'root');
  const sub = join(TEST_SITES, 'sub');
  // A time zone and locale of its own: reproducible.test.ts builds with others and compares.
  buildSite(root, { TZ: 'UTC', LANG: 'zh_CN.UTF-8' });
  buildSite(sub, { BASE_PATH: '/kaochalu/' });
  const trips = join(TEST_SITES, 'trips');
  const seeds = fixtureSeeds(join(TEST_SITES, 'trips-seeds'), TRIP_FIXTURES);
  buildSite(trips, {}, ['--seeds', seeds]);
  const browser = await launchBrowserServer();
  project.provide('siteRoot', root);
  project.provide('siteSub', sub);
  project.provide('siteTrips', trips);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    rmSync(TEST_SITES, { recursive: true, force: true });
  };
}
