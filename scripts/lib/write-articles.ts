/**
 * Writes each article's files into the content folder's `articles/`: `<id>.md`, the Markdown a
 * reader downloads, and `<id>.html`, its body rendered with the entity links (render-article-body.ts).
 * A file is written only when its content changed, files of articles gone are removed, and a
 * rendered body is kept in the article cache under the hash of what it is made from.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticleBody } from '../../src/plugins/render-article-body';
import type { ArticleRecord } from '../../src/schemas/article';
import { articleEntityMarks, type EntityResolvers } from '../../src/utils/article-entities';
import { articleMarkdown, paragraphsToMarkdown } from './article-markdown';
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

/** Writes every article's Markdown and body HTML into `dir`; returns how many files changed. */
export function writeArticleFiles(
  dir: string,
  articles: readonly ArticleRecord[],
  options: { resolve: EntityResolvers; base: string; cache: SeedCache | null },
): number {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set<string>();
  let changed = 0;
  for (const article of articles) {
    const body = paragraphsToMarkdown(article.paragraphs);
    const marks = articleEntityMarks(article, options.resolve);
    const files: [string, string][] = [
      [`${article.id}.md`, articleMarkdown(article, body)],
      [`${article.id}.html`, bodyHtml(body, marks, options.base, options.cache)],
    ];
    for (const [name, text] of files) {
      wanted.add(name);
      if (writeIfChanged(join(dir, name), text)) changed++;
    }
  }
  // Nothing of an article no longer in seeds/ stays behind to be published.
  for (const name of readdirSync(dir))
    if (!wanted.has(name)) rmSync(join(dir, name), { force: true });
  return changed;
}
