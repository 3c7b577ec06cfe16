/**
 * The floors the extraction must hold on real reports it was not written from: the development
 * corpus at ../shared/corpus (other people's texts, never copied here), scored by the project's own
 * scorer, which agrees with ../shared/eval/score.mjs (score.test.ts). Without the corpus beside the
 * project (a plain clone), the test says so by name instead of passing. The probe sets in tests/probe
 * and tests/probe2 (invented, so in the repository) are checked in every clone.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { scoreFolder } from '../../scripts/eval/score-folder';

const CORPUS = resolve('../shared/corpus');
const present = existsSync(join(CORPUS, 'articles')) && existsSync(join(CORPUS, 'gold'));

describe('[floors] the seeds, against their gold in tests/gold/seeds', () => {
  test('overall ≥ 0.95', () => {
    expect(
      scoreFolder(resolve('seeds'), resolve('tests/gold/seeds')).overall,
    ).toBeGreaterThanOrEqual(0.95);
  });
});

describe.runIf(present)('[floors] the real-report corpus at ../shared/corpus', () => {
  const s = present ? scoreFolder(join(CORPUS, 'articles'), join(CORPUS, 'gold')) : null;
  test('overall ≥ 0.92', () => expect(s?.overall).toBeGreaterThanOrEqual(0.92));
  test('visits recall ≥ 0.95', () => expect(s?.rows.visits?.r).toBeGreaterThanOrEqual(0.95));
  test('leaders F1 ≥ 0.90', () => expect(s?.rows.leaders?.f).toBeGreaterThanOrEqual(0.9));
  test('sites F1 ≥ 0.75', () => expect(s?.rows.sites?.f).toBeGreaterThanOrEqual(0.75));
});

// The probe set (tests/probe: 20 invented reports whose gold was written blind, without the code).
// Its figures were 0.89 overall when it came; the mechanisms changed after it are tested on their own
// invented sentences, and these floors sit a little under what was measured after them (0.98).
describe('[floors] the probe set in tests/probe', () => {
  const s = scoreFolder(resolve('tests/probe/articles'), resolve('tests/probe/gold'));
  test('overall ≥ 0.95', () => expect(s.overall).toBeGreaterThanOrEqual(0.95));
  test('visits F1 ≥ 0.95', () => expect(s.rows.visits?.f).toBeGreaterThanOrEqual(0.95));
  test('leaders F1 ≥ 0.95', () => expect(s.rows.leaders?.f).toBeGreaterThanOrEqual(0.95));
  test('hosts F1 ≥ 0.93', () => expect(s.rows.hosts?.f).toBeGreaterThanOrEqual(0.93));
  test('sites precision ≥ 0.90', () => expect(s.rows.sites?.p).toBeGreaterThanOrEqual(0.9));
  test('places F1 ≥ 0.90', () => expect(s.rows.places?.f).toBeGreaterThanOrEqual(0.9));
  test('dates right ≥ 0.95', () => expect(s.dates).toBeGreaterThanOrEqual(0.95));
});

// The second probe set (tests/probe2: 20 more invented reports, gold written blind, without the
// code). Its figure was 0.91 overall when it came (visits F1 0.81, dates 0.75); the mechanisms changed
// after it are tested on their own invented sentences, and these floors sit a little under what was
// measured after them (0.99).
describe('[floors] the second probe set in tests/probe2', () => {
  const s = scoreFolder(resolve('tests/probe2/articles'), resolve('tests/probe2/gold'));
  test('overall ≥ 0.96', () => expect(s.overall).toBeGreaterThanOrEqual(0.96));
  test('visits F1 ≥ 0.95', () => expect(s.rows.visits?.f).toBeGreaterThanOrEqual(0.95));
  test('leaders F1 ≥ 0.95', () => expect(s.rows.leaders?.f).toBeGreaterThanOrEqual(0.95));
  test('hosts F1 ≥ 0.95', () => expect(s.rows.hosts?.f).toBeGreaterThanOrEqual(0.95));
  test('officials F1 ≥ 0.95', () => expect(s.rows.officials?.f).toBeGreaterThanOrEqual(0.95));
  test('sites precision ≥ 0.92', () => expect(s.rows.sites?.p).toBeGreaterThanOrEqual(0.92));
  test('places F1 ≥ 0.94', () => expect(s.rows.places?.f).toBeGreaterThanOrEqual(0.94));
  test('dates right ≥ 0.95', () => expect(s.dates).toBeGreaterThanOrEqual(0.95));
  test('mention flag ≥ 0.95', () => expect(s.mentions).toBeGreaterThanOrEqual(0.95));
});

// The third probe set (tests/probe3: 16 invented reports, gold written blind after the other two
// rounds of work) is held out: measured once as it came, 0.92 overall, and not worked on. Its floor
// only keeps a change from making the pipeline worse on text it was not written for.
describe('[floors] the held-out probe set in tests/probe3', () => {
  const s = scoreFolder(resolve('tests/probe3/articles'), resolve('tests/probe3/gold'));
  test('overall ≥ 0.90', () => expect(s.overall).toBeGreaterThanOrEqual(0.9));
  test('visits recall ≥ 0.95', () => expect(s.rows.visits?.r).toBeGreaterThanOrEqual(0.95));
});

// A clone without ../shared: the skip is named, so the run says the corpus floors were not checked.
test.skipIf(present)(
  `[floors] corpus not checked: ${CORPUS} is not there (clone ../shared beside the project)`,
  () => {},
);
