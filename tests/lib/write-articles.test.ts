/**
 * The articles' own files in the content folder (write-articles.ts): made again only when what
 * they are made from changed, and that includes the pipeline's version (the renderer's code).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  planArticleFiles,
  renderJob,
  toRender,
  writePlannedFiles,
} from '../../scripts/lib/write-articles';
import { articleRecord } from '../support/article-record';

const scratch = mkdtempSync(join(tmpdir(), 'kcl-articles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const article = articleRecord('a1', ['甲市代表团到乙市考察。', '乙市接待。'], {
  title: '甲市代表团到乙市考察',
});

const resolve = { place: () => undefined, official: () => undefined, sector: () => undefined };

/** Plans and writes the folder for `version`; returns how many articles had files made. */
function build(dir: string, version: string): number {
  const plan = planArticleFiles(dir, [article], { resolve, base: '/', cache: null, version });
  writePlannedFiles(
    plan,
    toRender(plan).map((job) => renderJob(job, plan.base)),
  );
  return plan.jobs.length;
}

describe('[write-articles] an article’s files are made again when their inputs change', () => {
  test('the same inputs: kept; another pipeline version: made again', () => {
    const dir = join(scratch, 'articles');
    expect(build(dir, 'v1')).toBe(1);
    expect(readFileSync(join(dir, 'a1.html'), 'utf8')).toContain('<span id="p1-s1">');
    expect(build(dir, 'v1')).toBe(0);
    expect(build(dir, 'v2')).toBe(1);
  });
});
