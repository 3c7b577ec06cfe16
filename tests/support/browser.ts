/**
 * The test run's one Chromium: the global setup (built-site.ts) starts it as a server, and each
 * test file connects to it. Closing a connected Browser closes that file's contexts and
 * disconnects; Chromium itself stops when the run ends.
 */
import { type Browser, chromium } from 'playwright-core';
import { inject } from 'vitest';

/** Connects to the run's Chromium. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}
