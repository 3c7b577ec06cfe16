/** Debian's Chromium for the bench (search timings, Lighthouse): the project's one launcher. */
export { CHROMIUM, CHROMIUM_FLAGS, launchBrowser } from '../../lib/chromium';
