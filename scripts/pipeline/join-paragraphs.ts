/**
 * Stage 6: join paragraphs broken mid-sentence (……需要查 / 验，同箱……) and keep real paragraphs
 * and headings apart. A line is broken when it ends with a comma or 、, or when it ends without
 * closing punctuation although it is body text (it holds a comma or a full stop, or is long).
 * A photo caption (图为…。 通讯员 王磊 摄) is a paragraph of its own: it ends without closing
 * punctuation, yet the next line does not continue it, and it does not continue the line before.
 * Headings hold neither (“最强县域”强在何处, 02关键招:进, 看点1:南通创新区), and a numbered
 * or bracketed heading is never joined to the line before it.
 *
 * Text wrapped at a fixed width (copied from a PDF or a narrow column: most lines equally wide,
 * none wider) runs on from every full line, whatever its last character, as a reflowing reader
 * does: a sentence that happens to end at the margin does not end its paragraph. Width is counted
 * in columns, two for a Chinese character, one for a half-width one.
 */
import { isCaption } from './find-title';

// Marks that close a paragraph: sentence ends, colon, dash, ellipsis, closing brackets.
const CLOSING = /[。．.！!？?；;：:…—」』》】)）]$/u;
// A closing quotation mark closes it only after one of those marks: ……说。” but not ……“双向奔赴”.
const QUOTE_AFTER_CLOSING = /[。．.！!？?；;…][”’"']$/u;
const OPEN_ENDING = /[，,、]$/u;
const BODY_MARKS = /[，,。；;！!？?]/u;
/** A line this long is body text even without a comma. */
const LONG_LINE = 50;
// Headings and list items: 1. …, 一、…, 第三章, 【记笔记】, ☆…, 看点2:…
const HEADING =
  /^(?:\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十\d]+[章节部分篇条]|【[^】]*】$|[☆★●■◆▶►•]|看点\s*\d)/u;

// Characters two columns wide: Han, CJK and full-width punctuation, curly quotes, ellipsis, dash.
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2018-\u201d…—]/u;
/** Narrowest wrap width, in columns: below it, equal widths are chance. */
const MIN_WRAP = 20;
/** Fewest full lines that make a text wrapped. */
const MIN_WRAPPED_LINES = 4;

/** Width of a line in columns: two for a Chinese character, one for a half-width one. */
export function displayWidth(line: string): number {
  let width = 0;
  for (const c of line) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/**
 * The width the lines were wrapped at, or null when they were not wrapped at a fixed width. A full
 * line is W or W−1 columns wide (a Chinese character does not fit into the last column); at least
 * a third of the lines are full, and hardly any (a tenth) is wider.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines.map(displayWidth);
  // Lines by width, counted once: a count per candidate width would take lines × widths.
  const byWidth = new Map<number, number>();
  for (const w of widths) byWidth.set(w, (byWidth.get(w) ?? 0) + 1);
  const full = (w: number): number => (byWidth.get(w) ?? 0) + (byWidth.get(w - 1) ?? 0);
  let best: number | null = null;
  for (const w of byWidth.keys()) {
    if (w < MIN_WRAP) continue;
    if (best === null || full(w) > full(best) || (full(w) === full(best) && w > best)) best = w;
  }
  if (best === null) return null;
  const count = full(best);
  const wider = widths.filter((x) => x > (best ?? 0)).length;
  const wrapped = count >= MIN_WRAPPED_LINES && count * 3 >= lines.length;
  return wrapped && wider * 10 <= lines.length ? best : null;
}

/** Says whether a line ends its paragraph. */
export function endsParagraph(line: string): boolean {
  return CLOSING.test(line) || QUOTE_AFTER_CLOSING.test(line);
}

/** Says whether a line is a heading or list item, which starts a paragraph of its own. */
export function isHeading(line: string): boolean {
  return HEADING.test(line);
}

/**
 * Says whether a line was broken off mid-sentence, so that the next line continues it; `full`: the
 * line's last row filled the width the text was wrapped at.
 */
export function isBroken(line: string, next: string, full = false): boolean {
  // A short heading never runs on; a long list item (☆ …) may be broken like any paragraph.
  if (isHeading(next) || (isHeading(line) && [...line].length < LONG_LINE)) return false;
  if (OPEN_ENDING.test(line) || (full && !isCaption(next))) return true;
  if (isCaption(line) || isCaption(next)) return false;
  return !endsParagraph(line) && (BODY_MARKS.test(line) || [...line].length >= LONG_LINE);
}

/** What glues a line to the paragraph before it: nothing in Chinese, a space between two Latin letters. */
const glueBefore = (a: string, b: string): string =>
  /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? ' ' : '';

/** Characters of a long paragraph's start and of its end that isBroken reads of it. */
const PROBE = 200;

/** A paragraph being joined: its pieces (joined once, at the end) and its length so far. */
interface Open {
  pieces: string[];
  length: number;
  head: string | null;
}

/**
 * What isBroken reads of an open paragraph: all of it while it is short, else its first and last
 * PROBE characters (its start and end decide, and a long paragraph is body text). Reading the
 * whole of a paragraph that grows line by line would take time quadratic in its length.
 */
function probeOf(open: Open): string {
  if (open.length <= 2 * PROBE) return open.pieces.join('');
  open.head ??= open.pieces.join('').slice(0, PROBE);
  const tail: string[] = [];
  for (let i = open.pieces.length - 1, n = 0; i >= 0 && n < PROBE; i--) {
    tail.unshift(open.pieces[i] ?? '');
    n += (open.pieces[i] ?? '').length;
  }
  return open.head + tail.join('').slice(-PROBE);
}

/** Joins broken lines into paragraphs; every other line is a paragraph of its own. */
export function joinParagraphs(lines: readonly string[]): string[] {
  const wrap = wrapWidth(lines);
  const paragraphs: Open[] = [];
  for (const [i, line] of lines.entries()) {
    const open = paragraphs.at(-1);
    const full = wrap !== null && displayWidth(lines[i - 1] ?? '') >= wrap - 1;
    if (open !== undefined && isBroken(probeOf(open), line, full)) {
      const piece = glueBefore(open.pieces.at(-1) ?? '', line) + line;
      open.pieces.push(piece);
      open.length += piece.length;
    } else {
      paragraphs.push({ pieces: [line], length: line.length, head: null });
    }
  }
  return paragraphs.map((p) => p.pieces.join(''));
}
