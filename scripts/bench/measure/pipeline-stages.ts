/**
 * The pipeline's stages, called one by one in the order of scripts/pipeline/normalize.ts and
 * scripts/lib/process-seed.ts, so that each can be timed on its own.
 */
import { extractArticle } from '../../lib/extract-article';
import { parseMeta } from '../../lib/parse-meta';
import type { SeedFile } from '../../lib/read-seeds';
import { convertScript } from '../../pipeline/convert-script';
import { decodeBytes } from '../../pipeline/decode';
import { detectDamage } from '../../pipeline/detect-damage';
import { joinParagraphs } from '../../pipeline/join-paragraphs';
import { widenPunctuation } from '../../pipeline/punctuation';
import { repairText } from '../../pipeline/repair';
import { splitBoilerplate } from '../../pipeline/split-boilerplate';
import { stripPinyin } from '../../pipeline/strip-pinyin';

/** Stage names, in pipeline order. */
export const STAGES = [
  'meta',
  'decode',
  'repair',
  'damage',
  'pinyin',
  'script',
  'boilerplate',
  'paragraphs',
  'punctuation',
  'extraction',
] as const;

/** One stage's name. */
export type Stage = (typeof STAGES)[number];

/** Runs every stage over one seed; `time` wraps each call and records its duration. */
export function runStages(
  seed: SeedFile,
  time: <T>(stage: Stage, run: () => T) => T,
): { text: string } {
  const meta = time('meta', () => parseMeta(seed.metaText));
  const decoded = time('decode', () => decodeBytes(seed.bytes));
  const repaired = time('repair', () => repairText(decoded.text));
  time('damage', () => detectDamage(repaired.text));
  const bare = time('pinyin', () => stripPinyin(repaired.text));
  const converted = time('script', () => convertScript(bare));
  const split = time('boilerplate', () => splitBoilerplate(converted.text));
  const joined = time('paragraphs', () => joinParagraphs(split.body));
  const paragraphs = time('punctuation', () => joined.map(widenPunctuation));
  time('extraction', () =>
    extractArticle(seed.id, paragraphs, meta.meta.published ?? split.facts.published, {
      outlet: split.facts.outlet,
      byline: split.facts.byline,
    }),
  );
  return { text: decoded.text };
}
