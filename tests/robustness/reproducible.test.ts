/**
 * Reproducible builds: the project copied to two directories (from one snapshot, so that edits
 * made meanwhile in this working tree do not count), built one after the other with different time
 * zones and locales: every file of the two dist/ folders is the same, byte for byte.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runBuild } from './run-build';
import { filesOf } from './static-checks';

/** What a build reads from the project (everything else, tests and notes included, is not input). */
const PROJECT = [
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  '.gitignore',
  'src',
  'scripts',
  'public',
  'seeds',
];

/** sha256 of every file of a folder, by relative path. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesOf(dir, '').map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'kcl-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the project copied to `dir` with an environment of its own; returns its dist/ hashes. */
async function buildIn(dir: string, env: Record<string, string>): Promise<Record<string, string>> {
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const run = await runBuild(['--out', 'dist', '--content', '.content'], {
    cwd: dir,
    env: {
      ...env,
      // The same scorer and annotations as a build in this project (found relative to it).
      KCL_GOLD_DIR: resolve(process.env.KCL_GOLD_DIR ?? '../shared/spec/gold'),
      KCL_SCORER: resolve(process.env.KCL_SCORER ?? '../shared/eval/score.mjs'),
    },
  });
  if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  return hashes(join(dir, 'dist'));
}

test('two builds in different directories and at different times are identical', async () => {
  const [a, b] = [join(scratch, 'a'), join(scratch, 'elsewhere/b')];
  for (const entry of PROJECT) cpSync(entry, join(a, entry), { recursive: true });
  cpSync(a, b, { recursive: true });
  // A working tree holds more than the build's input: tests, notes, scratch files. They must not
  // change the site (Tailwind scanned the whole tree for class names until told to scan src/).
  cpSync('tests/robustness', join(b, 'tests/robustness'), { recursive: true });
  writeFileSync(join(b, 'NOTES.md'), 'todo: outline invisible lowercase p-0 bg-[#123456]\n');
  const first = await buildIn(a, { TZ: 'UTC', LANG: 'zh_CN.UTF-8' });
  const second = await buildIn(b, { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' });
  expect(Object.keys(first).length).toBeGreaterThan(100);
  const differ = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
  expect(differ).toEqual([]);
}, 300_000);
