/**
 * Repairs UTF-8 shown as Latin-1 / Windows-1252 (repairs.json, `utf8-as-latin1`): 中 is E4 B8 AD
 * in UTF-8 and reads ä¸­ in Windows-1252; encoding the run back gives the bytes, decoding them as
 * UTF-8 gives 中. A run is changed only when that round trip is valid UTF-8 and yields CJK text.
 */
import iconv from 'iconv-lite';
import type { Repaired } from './repair';

// Characters that Windows-1252 or Latin-1 show for bytes 0x80–0xFF.
const HIGH =
  '\\u0080-\\u00ff\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122';
// A UTF-8 lead byte of a 2-, 3- or 4-byte sequence (Â–ô) followed by at least one more high byte.
const RUN = new RegExp(`[\\u00c2-\\u00f4][${HIGH}]+`, 'gu');

/** Decodes one run back, or returns null when it is not UTF-8 of CJK text. */
function undo(run: string): string | null {
  // Latin-1 keeps 0x80–0x9F as C1 controls; Windows-1252 gives them letters. Either way back to bytes.
  const bytes = Buffer.from(
    [...run].map((c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff ? code : (iconv.encode(c, 'win1252')[0] ?? 0x3f);
    }),
  );
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** Turns runs of UTF-8-read-as-Latin-1 back into the text they were. */
export function repairLatin1Mojibake(text: string): Repaired {
  const repairs: Repaired['repairs'] = [];
  const repaired = text.replace(RUN, (from) => {
    const to = undo(from);
    if (to === null) return from;
    repairs.push({ from, to });
    return to;
  });
  return { text: repaired, repairs };
}
