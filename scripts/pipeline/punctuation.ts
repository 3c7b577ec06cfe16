/**
 * Stage 7: half-width ,:;?!() inside Chinese text become full-width ，：；？！（）. A mark is inside
 * Chinese text when the nearest character on either side is Han or CJK punctuation, and not
 * between two digits (16:58, 1,000 stay). A pair of parentheses changes together, when it holds
 * Chinese or stands next to it: (中) → （中）, (微信号:xhrbbjxllw) → （微信号：xhrbbjxllw）.
 * Latin and numbers stay as they are (2+6+X, 70%, Hello, world). Spaces around full-width marks go.
 */

import { isLostMark } from './detect-damage';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·《》]/u;
const DIGIT = /\d/;
const SPACE = /[ \t\u00a0]/;
const SPACES_AROUND = /[ \t\u00a0]*([，。、：；？！（）])[ \t\u00a0]*/g;

/** The nearest character before (step -1) or after (step 1) position i, spaces skipped. */
function nearest(chars: readonly string[], i: number, step: 1 | -1): string {
  let j = i + step;
  while (SPACE.test(chars[j] ?? '')) j += step;
  return chars[j] ?? '';
}

/** Positions of parentheses that change, pair by pair (an unpaired one by its neighbours). */
function parenthesesToWiden(chars: readonly string[]): Set<number> {
  const widen = new Set<number>();
  const open: number[] = [];
  for (const [i, c] of chars.entries()) {
    if (c === '(' || c === '（') open.push(i);
    if (c !== ')' && c !== '）') continue;
    const start = open.pop();
    const inside = start === undefined ? '' : chars.slice(start + 1, i).join('');
    const before = start === undefined ? '' : nearest(chars, start, -1);
    if (CJK.test(inside) || CJK.test(before) || CJK.test(nearest(chars, i, 1))) {
      widen.add(i);
      if (start !== undefined) widen.add(start);
    }
  }
  for (const i of open) if (CJK.test(nearest(chars, i, 1))) widen.add(i);
  return widen;
}

/** Says whether the mark at position i stands in Chinese text. */
function inChinese(chars: readonly string[], i: number): boolean {
  const [before, after] = [nearest(chars, i, -1), nearest(chars, i, 1)];
  if (DIGIT.test(before) && DIGIT.test(after)) return false;
  return CJK.test(before) || CJK.test(after);
}

/** Turns the half-width punctuation of Chinese text full-width and drops spaces around it. */
export function widenPunctuation(text: string): string {
  const chars = [...text];
  const parentheses = parenthesesToWiden(chars);
  let offset = 0;
  return chars
    .map((c, i) => {
      const at = offset;
      offset += c.length;
      const full = FULL_WIDTH[c];
      if (full === undefined) return c;
      // 高质?发展: a character lost in re-encoding stays ?, no question mark (detect-damage reports it).
      if (c === '?' && isLostMark(text, at)) return c;
      const widen = c === '(' || c === ')' ? parentheses.has(i) : inChinese(chars, i);
      return widen ? full : c;
    })
    .join('')
    .replace(SPACES_AROUND, '$1');
}
