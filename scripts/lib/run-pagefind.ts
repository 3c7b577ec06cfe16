/**
 * Indexes the built site with Pagefind's extended binary (it segments Chinese), in as many indexes
 * (shards) as it takes to keep each one small enough: Pagefind holds an index in memory until it
 * writes it, about ten times the HTML it reads, so a corpus of ten thousand reports would take
 * twelve gigabytes as one index. The first shard is written to `pagefind/` (with the engine), the
 * others to `pagefind-2/`, `pagefind-3/` …, and `pagefind/shards.json` lists them; the search page
 * merges them (Pagefind's mergeIndex), so a search sees one index.
 *
 * Only the pages that mark what to index (`data-pagefind-body`) are read, one at a time, and handed
 * to Pagefind without their `id` attributes: Pagefind keeps every element with an id as an anchor,
 * with its text, and the sentence and paragraph anchors (#p3-s2, #p-2) would store each text two
 * more times (the search page uses no anchors).
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { PAGEFIND_EXCLUDE } from '../../src/utils/pagefind-exclude';

/** What was indexed. */
export interface PagefindResult {
  /** Pages indexed. */
  pages: number;
  /** Indexes written (1: `pagefind/` alone). */
  shards: number;
}

/** How many pages are handed to Pagefind at once (it parses them on its own threads). */
const IN_FLIGHT = 16;

/**
 * HTML bytes an index may be made from (about 250 MB: some 2,000 reports with their pages, an
 * index of 2–3 GB in memory). KCL_PAGEFIND_SHARD_MB sets another size (the tests make shards of
 * the seeds with a small one).
 */
export const SHARD_BYTES = Number(process.env.KCL_PAGEFIND_SHARD_MB ?? 250) * 1024 * 1024;

/** The list of further indexes the search page merges, beside the first one. */
export const SHARDS_FILE = 'shards.json';

/** The HTML files under `dist`, sorted (the index is the same whatever order the disk lists them). */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !/^pagefind(?:-\d+)?\//.test(f))
    .sort();
}

/** A page as Pagefind should read it: its `id` attributes removed (no anchors to keep). */
export function withoutIds(html: string): string {
  return html.replace(/\sid="[^"]*"/g, '');
}

/** The folder of shard `k` (0-based) under the site: `pagefind`, `pagefind-2`, … */
export const shardDir = (k: number): string => (k === 0 ? 'pagefind' : `pagefind-${k + 1}`);

/**
 * Splits the pages into `ceil(bytes / limit)` shards, page i into shard i mod n: every shard gets
 * its share of each kind of page (the articles, which make most of an index, are not all in one).
 */
export function planShards(
  pages: readonly { file: string; bytes: number }[],
  limit: number,
): string[][] {
  const total = pages.reduce((n, p) => n + p.bytes, 0);
  const n = Math.max(1, Math.ceil(total / Math.max(1, limit)));
  const shards: string[][] = Array.from({ length: n }, () => []);
  pages.forEach((p, i) => {
    shards[i % n]?.push(p.file);
  });
  return shards;
}

/**
 * Pagefind's ready-made search interfaces, which it writes beside every index: the search page is
 * the site's own (src/scripts/search) and loads `pagefind.js` alone, so these are not published.
 */
export const UNUSED_BUNDLE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Indexes `files` (paths under `dist`) as one Pagefind index written to `out`. */
async function indexShard(dist: string, files: readonly string[], out: string): Promise<void> {
  // Kinds of element left out by class (src/utils/pagefind-exclude.ts): quotes, lists of other pages.
  const { index, errors } = await createIndex({ excludeSelectors: [...PAGEFIND_EXCLUDE] });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  for (let i = 0; i < files.length; i += IN_FLIGHT) {
    const batch = files.slice(i, i + IN_FLIGHT);
    const added = await Promise.all(
      batch.map((f) =>
        index.addHTMLFile({
          url: `/${f.replace(/index\.html$/, '')}`,
          content: withoutIds(readFileSync(join(dist, f), 'utf8')),
        }),
      ),
    );
    for (const [k, a] of added.entries())
      if (a.errors.length > 0)
        throw new Error(`Pagefind 索引出错（${batch[k]}）：${a.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
  for (const name of readdirSync(out)) if (UNUSED_BUNDLE.test(name)) rmSync(join(out, name));
  // Each shard in a Pagefind process of its own: the memory of one is given back before the next.
  await close();
}

/** Indexes `dist` in place: `pagefind/` and any further shards, and the list of them. */
export async function runPagefind(dist: string, limit = SHARD_BYTES): Promise<PagefindResult> {
  // Pages that mark no body are not indexed (as Pagefind does once any page marks one).
  const pages = htmlFiles(dist).flatMap((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    return html.includes('data-pagefind-body')
      ? [{ file, bytes: statSync(join(dist, file)).size }]
      : [];
  });
  const shards = planShards(pages, limit);
  for (const name of readdirSync(dist))
    if (/^pagefind(?:-\d+)?$/.test(name))
      rmSync(join(dist, name), { recursive: true, force: true });
  // The further shards first, the first one last: its folder gets the list of the others.
  for (let k = shards.length - 1; k >= 0; k--)
    await indexShard(dist, shards[k] ?? [], join(dist, shardDir(k)));
  const others = shards.slice(1).map((_, k) => `${shardDir(k + 1)}/`);
  writeFileSync(join(dist, shardDir(0), SHARDS_FILE), `${JSON.stringify(others)}\n`);
  return { pages: pages.length, shards: shards.length };
}
