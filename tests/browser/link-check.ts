/**
 * A link checker over a built site's files (no server): every internal href, src, srcset, cite
 * and xlink:href of every HTML page, and every <loc>/<link> of the XML files, must name a file
 * of the build, and every #fragment an id (or a[name]) of the page it points to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** A link that does not resolve. */
export interface BrokenLink {
  /** The page it is on (path inside the build). */
  page: string;
  /** The link as written. */
  link: string;
  /** Why it is broken. */
  reason: string;
}

/** Options of the check. */
export interface LinkCheckOptions {
  /** The path the site is served under ('/' or '/kaochalu/'). */
  base?: string;
  /** The site's public origin: absolute links to it are internal too. */
  siteOrigin?: string;
}

/** Attributes (hast property names) that hold a URL. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'xLinkHref', 'action', 'poster', 'data'] as const;
/** Origin used to resolve links; never fetched. */
const LOCAL = 'http://local.invalid';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'));
}

/** The URL path a file of the build is served at. */
function servedAt(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
  return `${base}${file}`;
}

/** The URLs of one parsed HTML page, and its ids. */
function scanHtml(tree: Root): { links: string[]; ids: Set<string> } {
  const links: string[] = [];
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const props = node.properties ?? {};
    if (typeof props.id === 'string') ids.add(props.id);
    if (node.tagName === 'a' && typeof props.name === 'string') ids.add(props.name);
    for (const key of URL_PROPERTIES) {
      const value = props[key];
      if (typeof value === 'string') links.push(value);
    }
    const srcset = props.srcSet;
    const candidates = Array.isArray(srcset)
      ? srcset.join(',')
      : typeof srcset === 'string'
        ? srcset
        : '';
    for (const candidate of candidates.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push(url);
    }
  });
  return { links, ids };
}

/** Checks every internal link of the build in `dir`; returns the broken ones (empty when all resolve). */
export function checkLinks(
  dir: string,
  options: LinkCheckOptions = {},
): { broken: BrokenLink[]; checked: number } {
  const base = options.base ?? '/';
  const siteOrigin = options.siteOrigin ? new URL(options.siteOrigin).origin : null;
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const parser = unified().use(rehypeParse);
  const pages = new Map<string, { links: string[]; ids: Set<string> }>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    pages.set(file, scanHtml(parser.parse(readFileSync(join(dir, file), 'utf8'))));
  }
  const xmlLinks = new Map<string, string[]>();
  for (const file of files.filter((f) => f.endsWith('.xml'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const found = [
      ...text.matchAll(/<(?:loc|link)>\s*([^<\s]+)\s*<\/(?:loc|link)>|<link[^>]*\shref="([^"]+)"/g),
    ];
    xmlLinks.set(
      file,
      found.map((m) => (m[1] ?? m[2] ?? '').replaceAll('&amp;', '&')),
    );
  }

  const broken: BrokenLink[] = [];
  let checked = 0;
  const check = (page: string, link: string, from: string) => {
    const raw = link.trim();
    if (raw === '' || /^(mailto|tel|data|blob):/i.test(raw)) return;
    if (/^javascript:/i.test(raw)) {
      broken.push({ page, link, reason: 'javascript: URL' });
      return;
    }
    let url: URL;
    try {
      url = new URL(raw, `${LOCAL}${from}`);
    } catch {
      broken.push({ page, link, reason: 'not a URL' });
      return;
    }
    const internal = url.origin === LOCAL || (siteOrigin !== null && url.origin === siteOrigin);
    if (!internal) return;
    checked++;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      broken.push({ page, link, reason: 'bad percent-encoding' });
      return;
    }
    if (!path.startsWith(base)) {
      broken.push({ page, link, reason: `outside the base ${base}` });
      return;
    }
    const inside = path.slice(base.length);
    let target: string | null = null;
    if (inside === '' || inside.endsWith('/')) target = `${inside}index.html`;
    else if (fileSet.has(inside)) target = inside;
    else if (fileSet.has(`${inside}/index.html`)) {
      broken.push({
        page,
        link,
        reason: 'directory without its trailing slash (a redirect at best)',
      });
      return;
    }
    if (target === null || !fileSet.has(target)) {
      broken.push({ page, link, reason: 'no such file' });
      return;
    }
    const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
    if (fragment === '' || fragment === 'top') return;
    const ids = pages.get(target)?.ids;
    if (ids && !ids.has(fragment))
      broken.push({ page, link, reason: `no #${fragment} in ${target}` });
  };

  for (const [file, { links }] of pages) {
    const at = servedAt(file, base);
    for (const link of links) check(file, link, at);
    // The 404 page is served at any missing URL: its links must hold from any depth.
    if (file === '404.html') {
      for (const link of links) if (!link.startsWith('#')) check(file, link, `${base}a/b/c/`);
    }
  }
  for (const [file, links] of xmlLinks) {
    for (const link of links) check(file, link, servedAt(file, base));
  }
  return { broken, checked };
}

/** Formats broken links for a test failure message. */
export function describeBroken(broken: readonly BrokenLink[], dir: string): string {
  return broken
    .slice(0, 30)
    .map((b) => `${relative(process.cwd(), join(dir, b.page))}: ${b.link} (${b.reason})`)
    .join('\n');
}
