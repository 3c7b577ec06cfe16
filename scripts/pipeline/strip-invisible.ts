/**
 * Stage 1b: remove the characters that show nothing but change what the text means to a program:
 * zero-width spaces and joiners (陈\u200b丽艳 is another name than 陈丽艳), byte-order marks inside
 * the text (pieces pasted together with their BOM), bidi controls (U+202E turns text around on
 * screen), NULs and other control characters, invisible fillers and variation selectors. Line
 * separators (U+2028, U+2029, NEL, form feed, vertical tab) become line ends. Every removal is
 * counted by character, for quality.json.
 */

import type { RemovedChar } from '../../src/schemas';

export type { RemovedChar };

/** Tab and line feed are kept; these become a line feed. */
const LINE_SEPARATORS = /[\v\f\u0085\u2028\u2029]/u;

/**
 * Everything removed: control characters but tab and LF, format characters (zero-width, BOM,
 * bidi, soft hyphen, tags), noncharacters, lone surrogates, fillers that render as nothing
 * (U+034F, U+115F, U+1160, U+3164, U+FFA0), variation selectors, and the line separators above.
 */
export const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the variation selectors are listed on purpose, each on its own.
  /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\p{Cs}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** Names of the characters met most, for the report. */
const NAMES: Readonly<Record<string, string>> = {
  '\u0000': 'NUL 空字符',
  '\u00ad': '软连字符',
  '\u061c': '双向控制符（阿拉伯字母标记）',
  '\u180e': '蒙古文元音分隔符（不可见）',
  '\u200b': '零宽空格',
  '\u200c': '零宽非连接符',
  '\u200d': '零宽连接符',
  '\u200e': '双向控制符（从左到右标记）',
  '\u200f': '双向控制符（从右到左标记）',
  '\u202a': '双向控制符（从左到右嵌入）',
  '\u202b': '双向控制符（从右到左嵌入）',
  '\u202c': '双向控制符（结束嵌入）',
  '\u202d': '双向控制符（从左到右覆盖）',
  '\u202e': '双向控制符（从右到左覆盖）',
  '\u2060': '零宽不换行符（词连接符）',
  '\u2066': '双向控制符（从左到右隔离）',
  '\u2067': '双向控制符（从右到左隔离）',
  '\u2068': '双向控制符（首强隔离）',
  '\u2069': '双向控制符（结束隔离）',
  '\ufeff': '文中的字节顺序标记（BOM）',
  '\u2028': '行分隔符（改为换行）',
  '\u2029': '段分隔符（改为换行）',
};

/** A character's code point as U+XXXX (a lone surrogate by its code unit). */
export const codePoint = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What a removed character is, in words. */
function nameOf(c: string): string {
  const known = NAMES[c];
  if (known) return known;
  if (LINE_SEPARATORS.test(c)) return '分隔符（改为换行）';
  if (/\p{Cc}/u.test(c)) return '控制字符';
  if (/\p{Cs}/u.test(c)) return '孤立的代理码元';
  if (/\p{Noncharacter_Code_Point}/u.test(c)) return '非字符码位';
  if (/[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u.test(c)) return '变体选择符';
  if (/\p{Cf}/u.test(c)) return '不可见的格式字符';
  return '不可见的填充字符';
}

/** Removes the invisible characters (line separators become LF) and counts each. */
export function stripInvisible(text: string): { text: string; removed: RemovedChar[] } {
  const counts = new Map<string, number>();
  const out = text.replace(INVISIBLE, (c) => {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    return LINE_SEPARATORS.test(c) ? '\n' : '';
  });
  const removed = [...counts]
    .sort(([a], [b]) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0))
    .map(([c, count]) => ({ char: codePoint(c), name: nameOf(c), count }));
  return { text: out, removed };
}
