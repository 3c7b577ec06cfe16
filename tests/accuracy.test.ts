/**
 * Accuracy on the seeds, measured by the project's scorer against the hand-made annotations
 * (../shared/eval/score.mjs and ../shared/spec/gold, beside the repository as in CI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildContent } from '../scripts/build-content';

const scorer = resolve('../shared/eval/score.mjs');
const gold = resolve('../shared/spec/gold');
const available = existsSync(scorer) && existsSync(gold);

interface Score {
  rows: Record<string, { p: number; r: number; f: number }>;
  dates: number;
  overall: number;
}

describe.skipIf(!available)('accuracy on the seeds (scorer against gold)', () => {
  let score: Score;
  beforeAll(() => {
    const contentDir = mkdtempSync(join(tmpdir(), 'kcl-accuracy-'));
    buildContent({ seedsDir: resolve('seeds'), contentDir });
    const run = spawnSync(process.execPath, [scorer, contentDir, gold, '--json'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    score = JSON.parse(run.stdout) as Score;
  });

  test('overall is at least 0.90', () => {
    expect(score.overall).toBeGreaterThanOrEqual(0.9);
  });

  test.each(['visits', 'leaders', 'hosts'])('%s F1 is at least 0.90', (field) => {
    expect(score.rows[field]?.f ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  // Weighed by where they are named (scripts/extract/visit-sectors.ts): 0.72 when every keyword counted.
  test('visit sectors: F1 at least 0.85, recall at least 0.90', () => {
    expect(score.rows.sectors?.f ?? 0).toBeGreaterThanOrEqual(0.85);
    expect(score.rows.sectors?.r ?? 0).toBeGreaterThanOrEqual(0.9);
  });
});
