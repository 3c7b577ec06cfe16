/**
 * Stages 1b–1d, after decoding: invisible characters removed and counted, HTML read as text,
 * full-width digits and letters made half-width; each change the text as a whole undergoes is
 * noted for the report (so is a file decoded line by line in two encodings).
 */
import type { Issue } from '../../src/schemas';
import type { Decoded } from './decode';
import { foldWidth } from './fold-width';
import { htmlToText, looksLikeHtml } from './html-to-text';
import { type RemovedChar, stripInvisible } from './strip-invisible';

/** The text ready for repair, the text for the 原文 view, and what was done to it. */
export interface Cleaned {
  /** The decoded text less its invisible characters: the text as it came, for the 原文 view. */
  original: string;
  /** The text for the next stages. */
  text: string;
  /** Invisible characters removed, by character. */
  removed: RemovedChar[];
  /** What was done to the text as a whole. */
  notes: Issue[];
}

/** Lines shown by number before "等 N 行". */
const SHOWN_LINES = 10;

/** A note of the report: something normalization did, not a problem of the file. */
export const note = (kind: string, message: string): Issue => ({
  kind,
  message,
  text: null,
  paragraph: null,
});

/** The note for a file decoded line by line. */
export function mixedEncodingNote(gbLines: readonly number[]): Issue {
  const shown = gbLines.slice(0, SHOWN_LINES).join('、');
  const more = gbLines.length > SHOWN_LINES ? ` 等 ${gbLines.length} 行` : '';
  return note(
    'mixed-encoding',
    `文件混用两种编码，已逐行解码：第 ${shown} 行${more}按 GB18030，其余按 UTF-8，没有丢失文字`,
  );
}

/** The note for an HTML file read as text. */
export function htmlNote(dropped: Readonly<Record<string, number>>): Issue {
  const names: Record<string, string> = { comment: '注释' };
  const parts = Object.entries(dropped)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([tag, n]) => `${names[tag] ?? `<${tag}>`} ${n} 处`);
  const what = parts.length > 0 ? `，删去了不是正文的 ${parts.join('、')}` : '';
  return note(
    'html-converted',
    `文件是 HTML，已用 HTML 解析器转为文字（标签去掉、实体解码）${what}`,
  );
}

/** Adds the counts of two removal lists. */
function mergeRemoved(a: readonly RemovedChar[], b: readonly RemovedChar[]): RemovedChar[] {
  const all = new Map(a.map((r) => [r.char, r]));
  for (const r of b) {
    const seen = all.get(r.char);
    all.set(r.char, seen ? { ...seen, count: seen.count + r.count } : r);
  }
  const value = (c: string): number => Number.parseInt(c.slice(2), 16);
  return [...all.values()].sort((x, y) => value(x.char) - value(y.char));
}

/** Cleans decoded text: invisible characters, HTML, full-width alphanumerics. */
export function cleanText(decoded: Decoded): Cleaned {
  const notes: Issue[] = decoded.gbLines ? [mixedEncodingNote(decoded.gbLines)] : [];
  const stripped = stripInvisible(decoded.text);
  let text = stripped.text;
  let removed = stripped.removed;
  if (looksLikeHtml(text)) {
    const html = htmlToText(text);
    // Entities can stand for invisible characters too (&#8203;, &zwj;).
    const again = stripInvisible(html.text);
    text = again.text;
    removed = mergeRemoved(removed, again.removed);
    notes.push(htmlNote(html.dropped));
  }
  const folded = foldWidth(text);
  if (folded.folded > 0) {
    notes.push(note('width-folded', `全角数字和字母改为半角：${folded.folded} 处`));
  }
  return { original: stripped.text, text: folded.text, removed, notes };
}
