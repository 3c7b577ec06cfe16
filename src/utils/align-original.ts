/** One row of the side-by-side view: lines of the original and the paragraph they became. */
export interface AlignedRow {
  /** Index of the normalized paragraph (0-based), or null for lines set aside (boilerplate). */
  paragraph: number | null;
  /** The original lines, exactly as they came. */
  original: string[];
}

const HAN = /\p{Script=Han}/gu;
/** Pinyin readings in brackets, which the pipeline strips: 團(tuán). */
const READING = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ\s]+[)）]/gu;
/** How many paragraphs ahead a line may jump (lines are joined, rarely skipped). */
const LOOKAHEAD = 4;
/** Share of a line's characters a paragraph must hold for the line to be part of it. */
const MIN_SHARE = 0.6;

const hanOf = (s: string) => s.replace(READING, '').match(HAN) ?? [];

/**
 * Align the original text, line by line, with the normalized paragraphs, in order: each line goes
 * to the paragraph (the current one or one of the next few) that holds most of its characters once
 * simplified, if that is most of them; other lines (banners, share prompts, the header) are rows of
 * their own. Every original line is kept, in order; every paragraph has a row.
 */
export function alignOriginal(
  original: string,
  paragraphs: readonly string[],
  toSimplified: (s: string) => string = (s) => s,
): AlignedRow[] {
  const sets = paragraphs.map((p) => new Set(hanOf(p)));
  const rows: AlignedRow[] = [];
  let current = 0;
  const push = (paragraph: number | null, line: string) => {
    const last = rows.at(-1);
    if (last && last.paragraph === paragraph) last.original.push(line);
    else rows.push({ paragraph, original: [line] });
  };
  for (const line of original.split(/\r?\n/).filter((l) => l.trim() !== '')) {
    const chars = hanOf(toSimplified(line));
    let best: number | null = null;
    let bestShare = MIN_SHARE;
    for (let j = current; j < Math.min(paragraphs.length, current + LOOKAHEAD); j++) {
      const set = sets[j] as Set<string>;
      const share = chars.length === 0 ? 0 : chars.filter((c) => set.has(c)).length / chars.length;
      if (share > bestShare || (share === bestShare && best === null && share > MIN_SHARE)) {
        best = j;
        bestShare = share;
      }
    }
    if (best !== null) {
      for (let j = current; j < best; j++)
        if (!rows.some((r) => r.paragraph === j)) rows.push({ paragraph: j, original: [] });
      current = best;
    }
    push(best, line);
  }
  for (let j = 0; j < paragraphs.length; j++)
    if (!rows.some((r) => r.paragraph === j)) {
      const at = rows.findIndex((r) => r.paragraph !== null && r.paragraph > j);
      rows.splice(at < 0 ? rows.length : at, 0, { paragraph: j, original: [] });
    }
  return rows;
}
