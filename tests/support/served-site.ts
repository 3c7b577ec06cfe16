/** The run's Chromium and a static server for a built site, for a file's tests (stopped after them). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { connectBrowser } from './browser';
import { type StaticServer, serveStatic } from './static-server';

/** What the tests use; filled in by the time the first test runs. */
export interface ServedSite {
  browser: Browser;
  server: StaticServer;
}

/**
 * Registers the hooks that connect to the run's Chromium and serve `dir` (at `options.base`, with
 * `options.headers`) for the tests of the surrounding file or describe block.
 */
export function useServedSite(
  dir: string,
  options?: Parameters<typeof serveStatic>[1],
): ServedSite {
  const served = {} as ServedSite;
  beforeAll(async () => {
    served.browser = await connectBrowser();
    served.server = await serveStatic(dir, options);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
