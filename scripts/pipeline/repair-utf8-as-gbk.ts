/**
 * Repairs a line of UTF-8 shown as GBK (repairs.json, `utf8-as-gbk`): 东 is E4 B8 9C in UTF-8 and
 * GBK reads E4 B8 as 涓, so a title copied so reads 涓滃煄鍖哄厷…. Encoding the line as GBK gives
 * the UTF-8 bytes back (a byte GBK could not pair stands as U+FFFD and is lost); decoding them as
 * UTF-8 gives the text. A line is changed only when that gives Chinese text with at most one lost
 * character in eight: GBK text of ordinary Chinese is no UTF-8 and decodes to replacement marks.
 */
import iconv from 'iconv-lite';
import type { Repaired } from './repair';

const LOST = '\ufffd';
// A line worth trying: a run of at least six Han characters (mojibake is Han characters too).
const CANDIDATE = /\p{Script=Han}{6}/u;
const HAN = /\p{Script=Han}/gu;

/** The line read back as UTF-8, or null when it is no UTF-8 shown as GBK. */
function undo(line: string): string | null {
  const parts = line.split(LOST).map((p) => iconv.encode(p, 'gbk'));
  // A byte the GBK reader could not pair is lost: a ? keeps its place.
  const bytes = Buffer.concat(parts.flatMap((p, i) => (i === 0 ? [p] : [Buffer.from([0x3f]), p])));
  // What the lost byte leaves (one character or two, a ? or a letter among them) is marked once: 开展�口.
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/\ufffd(?:[^\p{Script=Han}\s]{0,2}\ufffd)*/gu, LOST);
  const lost = text.split(LOST).length - 1;
  const han = text.match(HAN)?.length ?? 0;
  const length = [...text].length;
  if (text === line || lost * 8 > length || han * 10 < length * 6) return null;
  return text;
}

/** Turns lines of UTF-8-read-as-GBK back into the text they were. */
export function repairUtf8AsGbk(text: string): Repaired {
  const repairs: Repaired['repairs'] = [];
  const lines = text.split('\n').map((line) => {
    if (!CANDIDATE.test(line)) return line;
    const to = undo(line);
    if (to === null) return line;
    repairs.push({ from: line, to });
    return to;
  });
  return { text: repairs.length > 0 ? lines.join('\n') : text, repairs };
}
