/**
 * ASCII slugs from Chinese: pinyin without tones, syllables run together (人工智能 → rengongzhineng,
 * 陈丽艳 → chenliyan); Latin letters and digits kept, everything else a hyphen.
 */
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}+/gu;

/** Make a lowercase ASCII slug of a Chinese (or mixed) string; ü is written v (吕梁 → lvliang). */
export function toSlug(text: string): string {
  const latin = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(HAN)) {
    const syllables = pinyin(m[0], { toneType: 'none', type: 'array', v: true });
    out += `${latin(text.slice(last, m.index))}-${syllables.join('')}-`;
    last = m.index + m[0].length;
  }
  out += latin(text.slice(last));
  return out.toLowerCase().replace(/-+/g, '-').replace(/^-|-$/g, '');
}
