/** What the built site weighs: total size, pages, and per page type the HTML, CSS and JavaScript a page loads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { max, median } from './stats';

/** Page types the budgets speak of, by path under the site root. */
export const PAGE_TYPES = {
  home: /^index\.html$/,
  visit: /^visits\/[^/]+\/index\.html$/,
  article: /^articles\/[^/]+\/index\.html$/,
  place: /^places\/[^/]+\/index\.html$/,
  search: /^search\/index\.html$/,
} as const;

/** A page type's name. */
export type PageType = keyof typeof PAGE_TYPES;

/** Weights of one page type, in bytes: raw as on disk, gzip as a static host sends them. */
export interface PageTypeFigures {
  pages: number;
  htmlBytesMedian: number;
  htmlBytesMax: number;
  htmlGzipBytesMedian: number;
  htmlGzipBytesMax: number;
  /** Stylesheets the page links, plus inline <style> (largest page of the type). */
  cssBytes: number;
  cssGzipBytes: number;
  /** Scripts the page loads (src, modulepreload and inline; JSON-LD is data, not script), largest page. */
  jsBytes: number;
  /** Largest raw HTML + CSS of a page of the type. */
  htmlPlusCssBytesMax: number;
  /** Largest gzipped HTML + CSS: what a reader downloads, what the 40 KB budget is checked on. */
  htmlPlusCssGzipBytesMax: number;
  /** The page of that largest download. */
  heaviestPage: string;
}

/** Figures of a whole dist folder. */
export interface DistFigures {
  distBytes: number;
  files: number;
  /** HTML pages. */
  pages: number;
  pageTypes: Partial<Record<PageType, PageTypeFigures>>;
}

/** Lists every file under `dir`, relative to it, with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

const attr = (tag: string, name: string): string | null =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined) ?? null;

/** Raw and gzip size of one file. */
interface Weight {
  raw: number;
  gzip: number;
}

const weights = new Map<string, Weight>();

/** Weight of a site file named by an href (/_astro/x.css or /base/_astro/x.css); zero when not local. */
function localWeight(dist: string, href: string, base: string): Weight {
  if (/^(?:[a-z]+:)?\/\//i.test(href)) return { raw: 0, gzip: 0 };
  const path = href.split(/[?#]/)[0] ?? '';
  const file = join(
    dist,
    path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, ''),
  );
  const known = weights.get(file);
  if (known) return known;
  try {
    const buf = readFileSync(file);
    const w = { raw: buf.length, gzip: gzipSync(buf).length };
    weights.set(file, w);
    return w;
  } catch {
    return { raw: 0, gzip: 0 };
  }
}

const inline = (text: string): Weight => ({
  raw: Buffer.byteLength(text),
  gzip: text ? gzipSync(text).length : 0,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** CSS and JavaScript a page loads, raw and gzipped: linked files and inline blocks. */
export function pageAssets(html: string, dist: string, base = '/'): { css: Weight; js: Weight } {
  let css: Weight = { raw: 0, gzip: 0 };
  let js: Weight = { raw: 0, gzip: 0 };
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (href && /\bstylesheet\b/i.test(rel)) css = add(css, localWeight(dist, href, base));
    if (href && /\bmodulepreload\b/i.test(rel)) js = add(js, localWeight(dist, href, base));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    css = add(css, inline(m[1] ?? ''));
  for (const m of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? '';
    const type = (attr(tag, 'type') ?? 'text/javascript').toLowerCase();
    if (!/^(?:module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = attr(tag, 'src');
    js = add(js, src ? localWeight(dist, src, base) : inline(m[2] ?? ''));
  }
  return { css, js };
}

/** Measures a dist folder. */
export function measureDist(dist: string, base = '/'): DistFigures {
  const files = listFiles(dist);
  const sizes = files.map((f) => statSync(join(dist, f)).size);
  const html = files.filter((f) => f.endsWith('.html'));
  const pageTypes: DistFigures['pageTypes'] = {};
  for (const [type, pattern] of Object.entries(PAGE_TYPES) as [PageType, RegExp][]) {
    const pages = html.filter((f) => pattern.test(f));
    if (pages.length === 0) continue;
    const rows = pages.map((page) => {
      const buf = readFileSync(join(dist, page));
      const { css, js } = pageAssets(buf.toString('utf8'), dist, base);
      const html = { raw: buf.length, gzip: gzipSync(buf).length };
      return { page, html, css, js, sent: html.gzip + css.gzip };
    });
    const heaviest = rows.reduce((a, b) => (b.sent > a.sent ? b : a));
    pageTypes[type] = {
      pages: rows.length,
      htmlBytesMedian: median(rows.map((r) => r.html.raw)),
      htmlBytesMax: max(rows.map((r) => r.html.raw)),
      htmlGzipBytesMedian: median(rows.map((r) => r.html.gzip)),
      htmlGzipBytesMax: max(rows.map((r) => r.html.gzip)),
      cssBytes: max(rows.map((r) => r.css.raw)),
      cssGzipBytes: max(rows.map((r) => r.css.gzip)),
      jsBytes: max(rows.map((r) => r.js.raw)),
      htmlPlusCssBytesMax: max(rows.map((r) => r.html.raw + r.css.raw)),
      htmlPlusCssGzipBytesMax: heaviest.sent,
      heaviestPage: heaviest.page,
    };
  }
  return {
    distBytes: sizes.reduce((a, b) => a + b, 0),
    files: files.length,
    pages: html.length,
    pageTypes,
  };
}
