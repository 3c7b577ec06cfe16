/**
 * Reproducible builds: the run's site (built in this working tree by the global setup) and the
 * project copied to another directory, with more files beside it, built with another time zone and
 * locale: every file of the two sites is the same, byte for byte.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { runBuild } from './run-build';
import { hashes } from './static-checks';

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
  // The seeds' gold: the build measures its accuracy for the About page.
  'tests/gold',
];

const scratch = mkdtempSync(join(tmpdir(), 'kcl-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds the project copied to `dir` with an environment of its own; returns its dist/ hashes. */
async function buildIn(dir: string, env: Record<string, string>): Promise<Record<string, string>> {
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const run = await runBuild(['--out', 'dist', '--content', '.content'], {
    cwd: dir,
    env: {
      ...env,
      // The same corpus to measure as a build in this project (found relative to it), if any.
      KCL_CORPUS_DIR: resolve(process.env.KCL_CORPUS_DIR ?? '../shared/corpus'),
    },
  });
  if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  return hashes(join(dir, 'dist'));
}

test('a build in another directory, at another time, is identical to the run’s', async () => {
  const elsewhere = join(scratch, 'elsewhere/b');
  for (const entry of PROJECT) cpSync(entry, join(elsewhere, entry), { recursive: true });
  // A working tree holds more than the build's input: tests, notes, scratch files. They must not
  // change the site (Tailwind scanned the whole tree for class names until told to scan src/).
  cpSync('tests/robustness', join(elsewhere, 'tests/robustness'), { recursive: true });
  writeFileSync(
    join(elsewhere, 'NOTES.md'),
    'todo: outline invisible lowercase p-0 bg-[#123456]\n',
  );
  const first = hashes(inject('siteRoot'));
  const second = await buildIn(elsewhere, { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' });
  expect(Object.keys(first).length).toBeGreaterThan(100);
  const differ = Object.keys({ ...first, ...second }).filter((f) => first[f] !== second[f]);
  expect(differ).toEqual([]);
}, 300_000);
