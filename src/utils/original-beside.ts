import type { AlignedRow } from './align-original';

/** A run of original lines: as they came, and whether the pipeline set them aside. */
export interface OriginalRun {
  text: string;
  /** Lines set aside (a header, a banner, a share prompt): not part of the normalized text. */
  setAside: boolean;
}

/** The original lines shown before each paragraph, and those after the last one. */
export interface OriginalBlocks {
  /** By paragraph index (0-based): the lines that became it, with set-aside lines met on the way. */
  before: Map<number, OriginalRun[]>;
  /** Set-aside lines after the last paragraph's. */
  after: OriginalRun[];
}

/** Append lines to runs, joining a line to the last run when it is of the same kind. */
function push(runs: OriginalRun[], lines: readonly string[], setAside: boolean): void {
  for (const line of lines) {
    const last = runs.at(-1);
    if (last && last.setAside === setAside) last.text += `\n${line}`;
    else runs.push({ text: line, setAside });
  }
}

/**
 * Regroup the aligned rows (align-original.ts) into one block of original lines per paragraph,
 * every line once and in order: a paragraph's block holds the lines that became it and the
 * set-aside lines met before it (or between its lines, when a banner interrupts it); set-aside
 * lines after the last paragraph are a block of their own.
 */
export function originalBlocks(rows: readonly AlignedRow[]): OriginalBlocks {
  const before = new Map<number, OriginalRun[]>();
  let current: OriginalRun[] | null = null;
  let currentParagraph: number | null = null;
  let pending: string[] = [];
  for (const row of rows) {
    if (row.paragraph === null) {
      pending.push(...row.original);
      continue;
    }
    if (row.paragraph !== currentParagraph || current === null) {
      current = before.get(row.paragraph) ?? [];
      before.set(row.paragraph, current);
      currentParagraph = row.paragraph;
    }
    push(current, pending, true);
    push(current, row.original, false);
    pending = [];
  }
  const after: OriginalRun[] = [];
  push(after, pending, true);
  return { before, after };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/**
 * One block of original lines as HTML: hidden until a view shows it (global.css, .orig), out of
 * the search index by its class (pagefind-exclude.ts): the normalized text is indexed.
 */
function blockHtml(runs: readonly OriginalRun[]): string {
  const inner = runs
    .map((r) =>
      r.setAside ? `<span class="aside">${escapeHtml(r.text)}</span>` : escapeHtml(r.text),
    )
    .join('\n');
  return `<div class="orig">${inner}</div>`;
}

/** The top-level paragraphs of an article body (rehype-paragraph-anchors.ts gives each `id="p-N"`). */
const PARAGRAPH = /<p id="p-(\d+)"/g;

/**
 * The article body's HTML with the original lines of each paragraph put just before it (and the
 * set-aside lines after the last at the end), so that one text serves three views: the normalized
 * text, the two side by side, and the original alone (global.css; no script). The paragraphs stay
 * the body's direct children; the original text is escaped here, never read as HTML.
 */
export function bodyWithOriginal(html: string, blocks: OriginalBlocks): string {
  let found = 0;
  const out = html.replace(PARAGRAPH, (tag, index: string) => {
    found++;
    const runs = blocks.before.get(Number(index));
    return runs && runs.length > 0 ? `${blockHtml(runs)}${tag}` : tag;
  });
  if (found < blocks.before.size)
    throw new Error(
      `the article body has ${found} numbered paragraphs, the original ${blocks.before.size}`,
    );
  return blocks.after.length > 0 ? `${out}${blockHtml(blocks.after)}` : out;
}
