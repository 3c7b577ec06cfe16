// @ts-check
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/** Where the site is published (canonical URLs, feed, sitemap). */
const site = process.env.SITE_URL ?? 'https://kaochalu.example.org';
/** Sub-path the site is served under, e.g. `/kaochalu/` on GitHub Pages. */
const base = process.env.BASE_PATH ?? '/';
/** Where the built site goes (the build script and the tests build elsewhere than dist/). */
const outDir = process.env.KCL_OUT_DIR ?? './dist';
/** Astro's cache (its content data store): one per build target, so that builds never share it. */
const cacheDir = process.env.KCL_CACHE_DIR ?? './node_modules/.astro';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Every stylesheet a file of its own: the Content Security Policy (public/_headers) allows no
  // inline style, and Astro would otherwise inline small ones (the search page's).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No client JavaScript: pages are plain HTML, links are not prefetched.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // The 404 page is not a page to index.
      filter: (page) => !/\/404\/?$/.test(page),
    }),
  ],
  // Article texts are Markdown written by the content pipeline and rendered there, with remark and
  // rehype (src/plugins/render-article-body.ts); the site itself renders no Markdown.
  vite: { plugins: [tailwindcss()] },
  // The content store in parts of at most 10 MB, never one string of the whole corpus (its size
  // grows with the articles; one string would be too long for V8 at tens of thousands).
  experimental: { collectionStorage: 'chunked' },
});
