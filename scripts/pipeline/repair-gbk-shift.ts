/**
 * Repairs a GBK byte stream that was read one byte out of step (repairs.json, `gbk-shift`):
 * 海“1 = BA A3 | A1 B0 | 31 read as BA | A3 A1 | B0 31 gives ?！?, so 上海“1+8” became 上?!?+8”.
 * The run keeps every byte but the first and the last, which is enough to recognise an intact
 * copy of the phrase elsewhere in the same text; without one, nothing is changed.
 */
import iconv from 'iconv-lite';
import type { Repair } from '../../src/schemas';
import type { Repaired } from './repair';

// A Han character, then ?…? (the marks may be U+FFFD), then up to three characters of context.
const DAMAGE = /(\p{Script=Han})[?\uFFFD]([^\s?\uFFFD]{1,6}?)[?\uFFFD]([^\s?\uFFFD]{1,3})/gu;

const gbk = (s: string): Buffer => iconv.encode(s, 'gbk');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Full-width forms narrowed after the damage (！ → !) are full-width again in the byte stream.
const widen = (s: string): string =>
  s.replace(/[\x21-\x7E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The bytes of the damaged middle, or null when a character of it is not a GBK pair. */
function middleBytes(middle: string): Buffer | null {
  const chars = [...widen(middle)];
  const bytes = chars.map(gbk);
  return bytes.every((b) => b.length === 2) ? Buffer.concat(bytes) : null;
}

/** Finds the one intact phrase that the damaged run stands for, or null. */
function findIntact(
  text: string,
  at: number,
  prefix: string,
  middle: string,
  suffix: string,
): string | null {
  const m = middleBytes(middle);
  if (!m) return null;
  const inner = iconv.decode(m.subarray(1, m.length - 1), 'gbk');
  if (inner.includes('\uFFFD') || [...inner].length !== [...middle].length - 1) return null;
  const first = m[0];
  const last = m[m.length - 1];
  const copy = new RegExp(
    `${escapeRegExp(prefix)}(.)${escapeRegExp(inner)}(.)([\\x21-\\x7E]?)${escapeRegExp(suffix)}`,
    'gu',
  );
  const found = new Set<string>();
  for (const hit of text.matchAll(copy)) {
    const [, head = '', tail = '', ascii = ''] = hit;
    const [h, t] = [gbk(head), gbk(tail)];
    const fits = h.length === 2 && h[1] === first && t.length === 2 && t[0] === last;
    if (fits && hit.index !== at) found.add(`${head}${inner}${tail}${ascii}`);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * Most distinct damaged runs looked up in one text: each lookup scans the whole text, so without
 * a bound a text of thousands of ?…? would take time quadratic in its length. A copied article
 * has a handful; the runs past the bound are left as they are (and reported as damage).
 */
const MAX_LOOKUPS = 50;

/** Restores ?…? runs of out-of-step GBK from an intact copy of the phrase in the same text. */
export function repairGbkShift(text: string): Repaired {
  const repairs: Repair[] = [];
  // The same damaged run is looked up once (its copy is the same wherever it stands).
  const looked = new Map<string, string | null>();
  const repaired = text.replace(
    DAMAGE,
    (from, prefix: string, middle: string, suffix: string, at: number) => {
      let intact = looked.get(from);
      if (intact === undefined) {
        if (looked.size >= MAX_LOOKUPS) return from;
        intact = findIntact(text, at, prefix, middle, suffix);
        looked.set(from, intact);
      }
      if (!intact) return from;
      const to = `${prefix}${intact}${suffix}`;
      repairs.push({ from, to });
      return to;
    },
  );
  return { text: repaired, repairs };
}
