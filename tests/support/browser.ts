/** Debian's Chromium for the browser tests: the same launcher as the bench's. */
export { CHROMIUM, launchBrowser } from '../../scripts/lib/chromium';
