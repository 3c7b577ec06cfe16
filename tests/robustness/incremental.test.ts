/**
 * Incremental builds (issue 15): a site built, then built again into the same content folder with
 * the same article cache after an article was added, one changed and one removed, is the same, file
 * for file, as a clean build of the folder as it is then. The second build says how many articles
 * it took from the cache: the ones it did not have to process again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runBuild } from './run-build';
import { hashes } from './static-checks';

const scratch = mkdtempSync(join(tmpdir(), 'kcl-incremental-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds `seeds` into `<scratch>/<name>` with its own content folder and cache; returns the report. */
async function build(seeds: string, name: string): Promise<string> {
  const dir = join(scratch, name);
  const run = await runBuild([
    '--seeds',
    seeds,
    '--out',
    join(dir, 'dist'),
    '--content',
    join(dir, 'content'),
    '--cache',
    join(dir, 'cache'),
  ]);
  if (run.status !== 0) throw new Error(`build ${name} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const ADDED = '004_87b5ec8879539d45';
const CHANGED = '001_2a6d1cd1923ea9e9.txt';
const REMOVED = '000_a21bf360e6243a78';

describe('[incremental] a rebuild after seeds changed equals a clean build', () => {
  // Before: the seeds without one article, and with another that is then removed.
  const before = join(scratch, 'seeds');
  const after = join(scratch, 'seeds-after');
  cpSync('seeds', before, { recursive: true });
  rmSync(join(before, `${ADDED}.txt`));
  rmSync(join(before, `${ADDED}.meta.yaml`), { force: true });
  cpSync('seeds', after, { recursive: true });
  rmSync(join(after, `${REMOVED}.txt`));
  rmSync(join(after, `${REMOVED}.meta.yaml`), { force: true });
  // A correction to one article's text: its own result must not come from the cache.
  const changed = `${readFileSync(join(after, CHANGED), 'utf8')}\n（编者注：本文有更正。）\n`;
  writeFileSync(join(after, CHANGED), changed);

  test('rebuilt into the same folders, every file is the clean build’s', async () => {
    await build(before, 'site');
    // The same folders, the seeds as they are now: built from the cache where it can.
    cpSync(after, before, { recursive: true });
    rmSync(join(before, `${REMOVED}.txt`));
    rmSync(join(before, `${REMOVED}.meta.yaml`), { force: true });
    const report = await build(before, 'site');
    const clean = await build(after, 'clean');
    // Of the 4 articles now, 2 were built before and unchanged: 002 and 003.
    expect(report).toMatch(/文章\s+4（2 篇沿用缓存的处理结果）/);
    expect(clean).toMatch(/文章\s+4（0 篇沿用缓存的处理结果）/);
    const rebuilt = hashes(join(scratch, 'site/dist'));
    expect(Object.keys(rebuilt)).not.toContain(`articles/${REMOVED}/index.html`);
    expect(Object.keys(rebuilt)).toContain(`articles/${ADDED}/index.html`);
    expect(rebuilt).toEqual(hashes(join(scratch, 'clean/dist')));
    expect(readFileSync(join(scratch, 'site/dist/data/articles.json'), 'utf8')).toContain(
      '本文有更正',
    );
  }, 300_000);
});
