/**
 * Writes each article's files into the content folder's `articles/`: `<id>.md`, the Markdown a
 * reader downloads, and `<id>.html`, its body rendered with the entity links (render-article-body.ts).
 * A file is written only when its content changed, files of articles gone are removed, and a
 * rendered body is kept in the article cache under the hash of what it is made from.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticleBody } from '../../src/plugins/render-article-body';
import type { ArticleRecord } from '../../src/schemas/article';
import { articleEntityMarks, type EntityResolvers } from '../../src/utils/article-entities';
import { articleMarkdown, articleMarkdownFront, paragraphsToMarkdown } from './article-markdown';
import { readCached, type SeedCache, writeCached } from './seed-cache';

/** Writes `text` to `path` unless the file holds it already (its date then stays as it was). */
export function writeIfChanged(path: string, text: string): boolean {
  try {
    if (readFileSync(path, 'utf8') === text) return false;
  } catch {
    // not there yet
  }
  writeFileSync(path, text);
  return true;
}

/** The body's HTML: from the cache when the same Markdown, marks and base were rendered before. */
function bodyHtml(
  body: string,
  marks: ReturnType<typeof articleEntityMarks>,
  base: string,
  cache: SeedCache | null,
): string {
  if (cache === null) return renderArticleBody(body, marks, base);
  const key = createHash('sha256')
    .update(`body\0${base}\0${JSON.stringify(marks)}\0${body}`)
    .digest('hex');
  const hit = readCached<string>(cache, key);
  if (hit !== null) return hit;
  const html = renderArticleBody(body, marks, base);
  writeCached(cache, key, html);
  return html;
}

/** The file that records, for each article, the hash of what its two files were made from. */
const INPUTS = '.inputs.json';

/** Reads the inputs record of an earlier build; empty when there is none. */
function readInputs(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, INPUTS), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * Writes every article's Markdown and body HTML into `dir`; returns how many files changed. An
 * article whose text, metadata, marks and base are those its files were made from last time is
 * left as it is (its files are not made again).
 */
export function writeArticleFiles(
  dir: string,
  articles: readonly ArticleRecord[],
  options: { resolve: EntityResolvers; base: string; cache: SeedCache | null },
): number {
  mkdirSync(dir, { recursive: true });
  const before = readInputs(dir);
  const inputs: Record<string, string> = {};
  const wanted = new Set<string>([INPUTS]);
  let changed = 0;
  for (const article of articles) {
    const marks = articleEntityMarks(article, options.resolve);
    const names = [`${article.id}.md`, `${article.id}.html`] as const;
    for (const name of names) wanted.add(name);
    const key = createHash('sha256')
      .update(
        JSON.stringify([options.base, articleMarkdownFront(article), article.paragraphs, marks]),
      )
      .digest('hex');
    inputs[article.id] = key;
    if (before[article.id] === key && names.every((n) => existsSync(join(dir, n)))) continue;
    const body = paragraphsToMarkdown(article.paragraphs);
    const files: [string, string][] = [
      [names[0], articleMarkdown(article, body)],
      [names[1], bodyHtml(body, marks, options.base, options.cache)],
    ];
    for (const [name, text] of files) if (writeIfChanged(join(dir, name), text)) changed++;
  }
  // Nothing of an article no longer in seeds/ stays behind to be published.
  for (const name of readdirSync(dir))
    if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  writeFileSync(join(dir, INPUTS), `${JSON.stringify(inputs)}\n`);
  return changed;
}
