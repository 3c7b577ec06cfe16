/**
 * Every stage is linear in its input: doubling an input at most doubles the time a stage takes.
 * Measured as the median of several runs on inputs of n and 2n characters (a shared machine is
 * noisy, and a larger input meets slower caches, so the bound is 2.8, not 2: a quadratic stage gives 4). The inputs are
 * invented, each the shape that once made a stage slow: a page on one line, lines wrapped at a
 * fixed width (one paragraph of thousands of lines), lines of every width, many lone ?, many
 * footer-like lines before a long one, HTML, invisible and full-width characters everywhere.
 */
import { describe, expect, test } from 'vitest';
import { processSeed } from '../../scripts/lib/process-seed';
import { cleanText } from '../../scripts/pipeline/clean-text';
import { convertScript } from '../../scripts/pipeline/convert-script';
import { decodeBytes } from '../../scripts/pipeline/decode';
import { detectDamage } from '../../scripts/pipeline/detect-damage';
import { joinParagraphs } from '../../scripts/pipeline/join-paragraphs';
import { widenPunctuation } from '../../scripts/pipeline/punctuation';
import { repairText } from '../../scripts/pipeline/repair';
import { splitBoilerplate } from '../../scripts/pipeline/split-boilerplate';
import { splitLongLines } from '../../scripts/pipeline/split-long-lines';
import { stripPinyin } from '../../scripts/pipeline/strip-pinyin';
import { longArticle } from '../robustness/hostile-seeds';

/** The most a doubled input may multiply a stage's time by. */
const MAX_RATIO = 2.8;
const RUNS = 5;
/** Shortest sample: a stage faster than this on its input is run several times per sample. */
const MIN_SAMPLE_MS = 20;
/** Measurements of a ratio before a stage fails: a neighbour's burst of work can spoil one or two. */
const ATTEMPTS = 5;

/**
 * Median time of `run` over RUNS samples (each of `times` calls), after one call to warm up. Each
 * call gets an input of its own: V8 caches the results of some regular expressions on the same
 * string, which makes a repeated small input look faster than it is.
 */
function median<T>(run: (input: T) => unknown, inputs: readonly T[], times: number): number {
  run(inputs[0] as T);
  const samples = Array.from({ length: RUNS }, (_, r) => {
    const start = performance.now();
    for (let i = 0; i < times; i++) run(inputs[(r * times + i) % inputs.length] as T);
    return (performance.now() - start) / times;
  }).sort((a, b) => a - b);
  return samples[Math.floor(RUNS / 2)] ?? 0;
}

/** Time on 2n over time on n, the inputs made by `make`: the least of ATTEMPTS measurements. */
function ratio<T>(
  make: (n: number, copy: number) => T,
  stage: (input: T) => unknown,
  n: number,
): number {
  const start = performance.now();
  stage(make(n, 0));
  const times = Math.max(1, Math.ceil(MIN_SAMPLE_MS / (performance.now() - start)));
  const copies = (size: number) =>
    Array.from({ length: Math.min(RUNS * times, 20) + 1 }, (_, i) => make(size, i));
  const [small, large] = [copies(n), copies(2 * n)];
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ATTEMPTS && best > MAX_RATIO; i++) {
    best = Math.min(best, median(stage, large, times) / median(stage, small, times));
  }
  return best;
}

const PROSE = (n: number): string => longArticle(n * 3).slice(0, n);
const SHAPES: Record<string, (n: number) => string> = {
  'prose in lines': PROSE,
  'a page on one line': (n) => PROSE(n).replace(/\n/g, ''),
  // 40 columns a line, the sentence running on from line to line: one paragraph.
  'lines wrapped at a fixed width': (n) =>
    (
      PROSE(n)
        .replace(/\n/g, '')
        .match(/.{1,20}/gsu) ?? []
    ).join('\n'),
  'lines of every width': (n) => {
    const lines: string[] = [];
    for (let i = 0, size = 0; size < n; i++, size += (i % 300) + 2) {
      lines.push('字'.repeat((i % 300) + 1));
    }
    return lines.join('\n');
  },
  'many lone question marks': (n) => '甲?乙'.repeat(n / 3),
  'footer-like lines before a long one': (n) =>
    `正文。\n${'推荐阅读\n'.repeat(n / 5)}${'长'.repeat(100)}`,
  'invisible and full-width characters': (n) =>
    PROSE(n)
      .replace(/(.)(.)/gsu, '$1\u200b$2')
      .replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  html: (n) =>
    `<!doctype html><body>${PROSE(n)
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}`,
};

/** The stages, each from text (what the stage before it gives). */
const STAGES: Record<string, (text: string) => unknown> = {
  decode: (t) => decodeBytes(Buffer.from(t)),
  clean: (t) => cleanText({ encoding: 'utf-8', text: t }),
  repair: repairText,
  damage: detectDamage,
  pinyin: stripPinyin,
  script: convertScript,
  boilerplate: splitBoilerplate,
  paragraphs: (t) => joinParagraphs(t.split('\n')),
  'long paragraphs': (t) => splitLongLines(t.split('\n')),
  punctuation: (t) => t.split('\n').map(widenPunctuation),
};

describe('[linearity] doubling the input at most doubles the time (median ratio ≤ 2.8)', () => {
  const cases = Object.keys(SHAPES).flatMap((shape) =>
    Object.keys(STAGES).map((stage) => [stage, shape] as const),
  );
  test.each(cases)('%s on %s', (stage, shape) => {
    const run = STAGES[stage] as (t: string) => unknown;
    const shaped = SHAPES[shape] as (n: number) => string;
    // Copies differ in their last line, so that no call reuses a result cached for another.
    const made = new Map<number, string>();
    const make = (n: number, copy: number): string => {
      if (!made.has(n)) made.set(n, shaped(n));
      return `${made.get(n)}\n${copy}`;
    };
    const found = ratio(make, run, 100_000);
    console.info(`[linearity] ${stage} on ${shape}: ×${found.toFixed(2)}`);
    expect(found).toBeLessThanOrEqual(MAX_RATIO);
  });

  test.each(['a page on one line', 'prose in lines', 'lines wrapped at a fixed width'])(
    'the whole of processSeed (normalization and extraction) on %s',
    (shape) => {
      const make = (n: number, _copy: number) => ({
        id: 'x',
        file: 'x.txt',
        bytes: Buffer.from((SHAPES[shape] as (n: number) => string)(n)),
        metaText: null,
      });
      const found = ratio(make, processSeed, 30_000);
      console.info(`[linearity] processSeed on ${shape}: ×${found.toFixed(2)}`);
      expect(found).toBeLessThanOrEqual(MAX_RATIO);
    },
    120_000,
  );
});
