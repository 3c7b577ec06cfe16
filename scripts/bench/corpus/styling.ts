/**
 * How a copied text looks: half-width punctuation (most seeds), lines broken mid-sentence,
 * traditional characters (opencc-js cn→tw) with pinyin after some of them: 代表團(tuán).
 */
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Random } from './random';

const toTaiwan: (s: string) => string = Converter({ from: 'cn', to: 'tw' });

const HALF: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '？': '?',
  '！': '!',
  '；': ';',
};

/** Writes full-width commas, colons and question marks half-width, as many reposts do. */
export function toHalfWidth(text: string): string {
  return text.replace(/[，：？！；]/g, (c) => HALF[c] ?? c);
}

/** Converts simplified text to traditional (Taiwan standard forms). */
export function toTraditional(text: string): string {
  return toTaiwan(text);
}

/** Adds the pinyin of a share of the characters that conversion changed: 團(tuán). */
export function annotatePinyin(
  rng: Random,
  simplified: string,
  traditional: string,
  share: number,
): string {
  const s = [...simplified];
  const t = [...traditional];
  if (s.length !== t.length) return traditional;
  return t
    .map((c, i) => {
      const before = s[i] ?? c;
      if (before === c || !rng.chance(share)) return c;
      return `${c}(${pinyin(before, { toneType: 'symbol' })})`;
    })
    .join('');
}

/** Breaks long paragraphs into lines of about `width` characters, sometimes with a blank line between. */
export function hardWrap(rng: Random, paragraph: string, width: number): string {
  const chars = [...paragraph];
  if (chars.length <= width) return paragraph;
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
  return lines.join(rng.chance(0.3) ? '\n\n' : '\n');
}
