/**
 * Stage 4: tell traditional from simplified text by how much OpenCC changes it, and convert only
 * traditional text (a simplified text is left alone: the tw preset would turn 显著 into 显着).
 */
import { standardToSimplified, toSimplified, toTraditional } from './opencc';

/** The script a text is written in. */
export type Script = 'simplified' | 'traditional';

/** Share of Han characters that conversion must change for a text to count as traditional. */
const TRADITIONAL_SHARE = 0.05;
const HAN = /\p{Script=Han}/u;

/** Lists the Han characters that `convert` changes, position by position (one by one if lengths differ). */
export function changedChars(text: string, convert: (s: string) => string): string[] {
  const before = [...text];
  const after = [...convert(text)];
  if (after.length !== before.length) {
    return before.filter((c) => HAN.test(c) && convert(c) !== c);
  }
  return before.filter((c, i) => HAN.test(c) && after[i] !== c);
}

/** Says whether a text is traditional: OpenCC tw→cn changes at least 5% of its Han characters. */
export function detectScript(text: string): Script {
  const han = [...text].filter((c) => HAN.test(c)).length;
  const changed = changedChars(text, toSimplified).length;
  return changed > 0 && changed >= han * TRADITIONAL_SHARE ? 'traditional' : 'simplified';
}

/** Converts the text to simplified when it is traditional, and says which it was. */
export function convertScript(text: string): { script: Script; text: string } {
  const script = detectScript(text);
  return { script, text: script === 'traditional' ? toSimplified(text) : text };
}

/** Lists the characters of the other script: simplified forms in traditional text, or the reverse. */
export function findOtherScript(text: string, script: Script): string[] {
  if (script === 'simplified') return changedChars(text, standardToSimplified);
  // Only forms that are simplified and nothing else: 后 (後), 干 (幹); not 周 or 制, traditional too.
  const chars = [...text].filter((c) => HAN.test(c));
  const simplifiedOnly = new Set(
    [...new Set(chars)].filter((c) => toTraditional(c) !== c && toSimplified(c) === c),
  );
  return chars.filter((c) => simplifiedOnly.has(c));
}
