/**
 * The passage shown under a result, as plain text and marks (drawn as text nodes, never HTML):
 * around the query where the page holds it intact, else Pagefind's excerpt cut to size (for
 * Chinese its 40 "words" can be a whole page when the text has no word breaks).
 */

/** One piece of a passage: plain text, or a match to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for a term that tolerates spaces between its characters (跨江 融合) and case. */
export function termPattern(term: string): string {
  return [...term.replace(/\s+/gu, '')].map(escapeRegExp).join('\\s*');
}

/** Find where the longest term that occurs at or after `from` first starts (-1 if none). */
function firstMatch(text: string, longestFirst: readonly string[], from: number): number {
  for (const term of longestFirst) {
    const re = new RegExp(termPattern(term), 'giu');
    re.lastIndex = from;
    const found = re.exec(text);
    if (found) return found.index;
  }
  return -1;
}

/** Keep the parts between `start` and `end` (offsets in their joined text), with ellipses. */
function cut(parts: readonly ExcerptPart[], start: number, end: number): ExcerptPart[] {
  const total = parts.reduce((n, p) => n + p.text.length, 0);
  const kept: ExcerptPart[] = [];
  let at = 0;
  for (const part of parts) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + part.text.length);
    if (from < to) kept.push({ text: part.text.slice(from - at, to - at), mark: part.mark });
    at += part.text.length;
  }
  if (start > 0) kept.unshift({ text: '…', mark: false });
  if (end < total) kept.push({ text: '…', mark: false });
  return kept;
}

/**
 * A passage of about `radius` characters before and twice that after the longest term, where it
 * first occurs at or after `from` (past the title the text repeats; else anywhere), with every
 * term marked; null when no term is in the text.
 */
export function phraseExcerpt(
  text: string,
  terms: readonly string[],
  from = 0,
  radius = 40,
): ExcerptPart[] | null {
  const wanted = terms.filter((t) => t.trim().length > 0).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return null;
  const later = firstMatch(text, wanted, from);
  const first = later >= 0 ? later : firstMatch(text, wanted, 0);
  if (first < 0) return null;
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const m of text.matchAll(new RegExp(wanted.map(termPattern).join('|'), 'giu'))) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return cut(parts, Math.max(0, first - radius), first + radius * 2);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the entities of HTML-escaped text (&amp;, &#39;, &#x27; …). */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Pagefind's excerpt (escaped text with <mark>), as parts cut around its first mark. */
export function pagefindExcerpt(html: string, radius = 40): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const piece of html.split(/(<mark>[\s\S]*?<\/mark>)/u)) {
    if (!piece) continue;
    const mark = piece.startsWith('<mark>');
    const text = decodeEntities(mark ? piece.slice(6, -7) : piece.replace(/<[^>]*>/gu, ''));
    const last = parts.at(-1);
    // Pagefind marks each piece of a Chinese word: 跨|江|融合 is one mark here.
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  let first = 0;
  for (const part of parts) {
    if (part.mark) break;
    first += part.text.length;
  }
  const total = parts.reduce((n, p) => n + p.text.length, 0);
  const start = first >= total ? 0 : Math.max(0, first - radius);
  return cut(parts, start, start + radius * 3);
}
