/** Debian's Chromium through playwright-core, with the flags this machine needs and no outside connections. */
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

/** Where Chromium is (Debian's package), unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags: headless, no sandbox (containers), no GPU, nothing fetched from outside. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts a headless Chromium that makes no outside connections. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
}

/** Starts the same Chromium as a server that several processes connect to (`chromium.connect`). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
}
