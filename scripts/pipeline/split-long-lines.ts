/**
 * Stage 6b: a paragraph longer than MAX_PARAGRAPH_CHARS is split into paragraphs of at most that
 * many characters, at the last sentence end before the limit (。！？；…), else the last comma,
 * else the last space, else at the limit itself. Nothing is dropped: the pieces joined are the
 * paragraph. A news paragraph has a few hundred characters; a line of a hundred thousand is a page
 * saved without line ends, and extraction (which reads a paragraph as a unit) would take time
 * out of proportion to it.
 */

/** The longest paragraph, in characters (code points), that is kept whole. */
export const MAX_PARAGRAPH_CHARS = 2000;

const SENTENCE_END = /[。！？!?；;…]/u;
const CLAUSE_END = /[，,、：:]/u;

/** Where to cut a window of characters: after the last sentence end, else clause end, else space. */
function cutAt(window: readonly string[]): number {
  for (const mark of [SENTENCE_END, CLAUSE_END, /\s/u]) {
    // Not in the first half: a cut there would leave a stub and make many small pieces.
    for (let i = window.length - 1; i >= window.length / 2; i--) {
      if (mark.test(window[i] ?? '')) return i + 1;
    }
  }
  return window.length;
}

/** Splits one paragraph into pieces of at most `max` characters (code points, never a pair cut). */
export function splitLongLine(line: string, max = MAX_PARAGRAPH_CHARS): string[] {
  const chars = [...line];
  if (chars.length <= max) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (chars.length - start > max) {
    const end = start + cutAt(chars.slice(start, start + max));
    pieces.push(chars.slice(start, end).join(''));
    start = end;
  }
  pieces.push(chars.slice(start).join(''));
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

/** Splits every paragraph above the limit; says how many were split. */
export function splitLongLines(
  paragraphs: readonly string[],
  max = MAX_PARAGRAPH_CHARS,
): { paragraphs: string[]; split: number } {
  let split = 0;
  const out = paragraphs.flatMap((p) => {
    const pieces = splitLongLine(p, max);
    if (pieces.length > 1) split += 1;
    return pieces;
  });
  return { paragraphs: out, split };
}
