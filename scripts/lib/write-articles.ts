/**
 * Writes each article's files into the content folder's `articles/`: `<id>.md`, the article's
 * Markdown with its citation in the frontmatter, and `<id>.html`, its body rendered with the entity
 * marks (render-article-body.ts). An article whose text, metadata, marks, base and pipeline version
 * are those its files were made from last time keeps them (`.inputs.json` records what they were
 * made from); a rendered body is kept in the article cache under the hash of what it is made
 * from; files of articles gone are removed. The rendering is the one costly part:
 * planArticleFiles says what to render, and the build renders it on worker threads
 * (render-worker.ts), tests and small folders in their own thread (build-content.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticleBody } from '../../src/plugins/render-article-body';
import type { ArticleRecord } from '../../src/schemas/article';
import type { EntityMark } from '../../src/schemas/article-markdown';
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

/** The file that records, for each article, the hash of what its two files were made from. */
const INPUTS = '.inputs.json';

/** One article whose files are to be made: its Markdown, and its body to render unless cached. */
export interface ArticleFileJob {
  id: string;
  /** The downloadable Markdown file. */
  markdown: string;
  /** The paragraphs as Markdown: what the body is rendered from. */
  body: string;
  marks: EntityMark[];
  /** The key of the rendered body in the cache (null: no cache). */
  cacheKey: string | null;
  /** The rendered body, when the cache had it. */
  html: string | null;
}

/** What to write into an articles folder. */
export interface ArticleFilesPlan {
  dir: string;
  base: string;
  cache: SeedCache | null;
  /** The articles whose files change. */
  jobs: ArticleFileJob[];
  /** Each article's inputs hash, for `.inputs.json`. */
  inputs: Record<string, string>;
  /** Every file the folder keeps. */
  wanted: Set<string>;
}

/** Reads the inputs record of an earlier build; empty when there is none. */
function readInputs(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, INPUTS), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Says which articles' files must be made, with their bodies from the cache where it has them. */
export function planArticleFiles(
  dir: string,
  articles: readonly ArticleRecord[],
  options: { resolve: EntityResolvers; base: string; cache: SeedCache | null; version: string },
): ArticleFilesPlan {
  mkdirSync(dir, { recursive: true });
  const before = readInputs(dir);
  const plan: ArticleFilesPlan = {
    dir,
    base: options.base,
    cache: options.cache,
    jobs: [],
    inputs: {},
    wanted: new Set([INPUTS]),
  };
  for (const article of articles) {
    const marks = articleEntityMarks(article, options.resolve);
    const names = [`${article.id}.md`, `${article.id}.html`];
    for (const name of names) plan.wanted.add(name);
    const front = articleMarkdownFront(article);
    // The pipeline's version counts: a file made by another renderer is made again.
    const key = sha256(
      JSON.stringify([options.version, options.base, front, article.paragraphs, marks]),
    );
    plan.inputs[article.id] = key;
    if (before[article.id] === key && names.every((n) => existsSync(join(dir, n)))) continue;
    const body = paragraphsToMarkdown(article.paragraphs);
    const cacheKey = options.cache
      ? sha256(`body\0${options.base}\0${JSON.stringify(marks)}\0${body}`)
      : null;
    const html = options.cache && cacheKey ? readCached<string>(options.cache, cacheKey) : null;
    plan.jobs.push({
      id: article.id,
      markdown: articleMarkdown(article, body),
      body,
      marks,
      cacheKey,
      html,
    });
  }
  return plan;
}

/** The bodies a plan still has to render (the cache did not have them). */
export function toRender(plan: ArticleFilesPlan): ArticleFileJob[] {
  return plan.jobs.filter((j) => j.html === null);
}

/** Renders one body (what a render worker does). */
export function renderJob(job: Pick<ArticleFileJob, 'body' | 'marks'>, base: string): string {
  return renderArticleBody(job.body, job.marks, base);
}

/**
 * Writes the plan's files, `rendered` holding the bodies of toRender(plan) in order; keeps the new
 * bodies in the cache; removes the files of articles gone. Returns how many files changed.
 */
export function writePlannedFiles(plan: ArticleFilesPlan, rendered: readonly string[]): number {
  let changed = 0;
  let k = 0;
  for (const job of plan.jobs) {
    let html = job.html;
    if (html === null) {
      html = rendered[k++] ?? '';
      if (plan.cache && job.cacheKey) writeCached(plan.cache, job.cacheKey, html);
    }
    if (writeIfChanged(join(plan.dir, `${job.id}.md`), job.markdown)) changed++;
    if (writeIfChanged(join(plan.dir, `${job.id}.html`), html)) changed++;
  }
  // Nothing of an article no longer in seeds/ stays behind to be published.
  for (const name of readdirSync(plan.dir))
    if (!plan.wanted.has(name)) rmSync(join(plan.dir, name), { force: true });
  writeFileSync(join(plan.dir, INPUTS), `${JSON.stringify(plan.inputs)}\n`);
  return changed;
}
