/**
 * Stage 3: remove pinyin annotations after Han characters, 代表團(tuán) → 代表團, and only those:
 * the parentheses must hold readings of the one to four characters right before them (tone marks,
 * no tones or tone numbers; ü written ü, v or u:). Real parentheses stay: 陈丽艳(中), 锦(溪),
 * (微信号:xhrbbjxllw), 人工智能(AI).
 */
import { pinyin } from 'pinyin-pro';

// A run of Han characters, then half- or full-width parentheses holding Latin letters, digits, spaces.
const ANNOTATION = /(\p{Script=Han}+)[(（]\s*([\p{Script=Latin}\d:' ]{1,40}?)\s*[)）]/gu;
const MAX_CHARS = 4;

const normalize = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/u:/g, 'ü').replace(/v/g, 'ü');

const cache = new Map<string, readonly string[]>();

/** Every way the character may be written in pinyin: with tone marks, without, with tone numbers. */
function readingsOf(char: string): readonly string[] {
  const known = cache.get(char);
  if (known) return known;
  const forms = (['symbol', 'none', 'num'] as const).flatMap((toneType) =>
    pinyin(char, { multiple: true, type: 'array', toneType }),
  );
  const readings = [...new Set(forms.map(normalize))].filter((r) =>
    /^[a-zü\u00c0-\u024f]+\d?$/.test(r),
  );
  cache.set(char, readings);
  return readings;
}

/** Says whether `text` spells the characters' readings in order, with optional spaces or apostrophes. */
function spells(chars: readonly string[], text: string): boolean {
  const [first, ...rest] = chars;
  if (first === undefined) return text === '';
  return readingsOf(first).some(
    (r) => text.startsWith(r) && spells(rest, text.slice(r.length).replace(/^[ ']/, '')),
  );
}

/** Says whether the annotation is a reading of the last one to four Han characters before it. */
export function isPinyinOf(hanBefore: string, annotation: string): boolean {
  const chars = [...hanBefore];
  const text = normalize(annotation.trim());
  for (let n = 1; n <= Math.min(MAX_CHARS, chars.length); n++) {
    if (spells(chars.slice(-n), text)) return true;
  }
  return false;
}

/** Removes the pinyin annotations from the text, keeping every other parenthesis. */
export function stripPinyin(text: string): string {
  return text.replace(ANNOTATION, (whole, han: string, annotation: string) =>
    isPinyinOf(han, annotation) ? han : whole,
  );
}
