/**
 * The content step's own process (scripts/lib/content-step-worker.ts) when the build that started
 * it goes away: it stops, rather than going on to write a content folder nothing reads (and that
 * a build started meanwhile may be writing at the same time).
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus/generate-corpus';
import type { ContentStepOptions } from '../../scripts/lib/content-step';

const work = mkdtempSync(join(tmpdir(), 'kcl-content-step-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the content step stops when the build goes away, and writes no content folder', async () => {
  const seedsDir = join(work, 'seeds');
  // Enough articles that they go to worker threads: the step waits on them, and hears the build go.
  writeCorpus(seedsDir, 7, 120);
  const contentDir = join(work, 'content');
  const child = fork(resolve('scripts/lib/content-step-worker.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const ended = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  const options: ContentStepOptions = {
    root: process.cwd(),
    seedsDir,
    contentDir,
    cacheDir: null,
    base: '/',
    workers: 2,
    corpusDir: join(work, 'no-corpus'),
    seedsGoldDir: join(work, 'no-gold'),
  };
  child.send(options, () => child.disconnect());
  const code = await ended;
  expect(code).toBe(1);
  expect(stderr).toContain('构建进程已结束');
  // It stopped before the end of its work: no store of the corpus, no exports.
  expect(existsSync(join(contentDir, 'store'))).toBe(false);
  expect(existsSync(join(contentDir, 'data', 'visits.json'))).toBe(false);
}, 120_000);
