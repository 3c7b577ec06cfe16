/** Runs the extraction on a few normalized paragraphs and writes each visit as one readable line. */
import type { VisitDraft } from '../../../scripts/extract/visits/find-visits';
import { extractArticle } from '../../../scripts/lib/extract-article';

/** What an article would carry besides its paragraphs. */
export interface ArticleOptions {
  /** Publication date, ISO truncated (default 2024-05-20). */
  published?: string | null;
  /** Outlet, for a host city's own report (泰州日报). */
  outlet?: string | null;
}

/** The visits of paragraphs already normalized (simplified, full-width punctuation). */
export function visitsIn(
  paragraphs: readonly string[],
  options: ArticleOptions = {},
): VisitDraft[] {
  const { published = '2024-05-20', outlet = null } = options;
  return extractArticle('test', paragraphs, published, { outlet, byline: null }).visits;
}

/** `无锡市 → 南通市、泰州市 · 黄钦`, with ` · 提及` for a trip mentioned in passing and `—` for no leader. */
export function tripLine(v: VisitDraft): string {
  const leaders = v.leaders.map((p) => p.name).join('、') || '—';
  const line = `${v.origin.name} → ${v.destinations.map((d) => d.name).join('、')} · ${leaders}`;
  return v.mentionedOnly ? `${line} · 提及` : line;
}

/** The trip lines of a text whose paragraphs are separated by newlines. */
export function tripLines(text: string, options: ArticleOptions = {}): string[] {
  return visitsIn(text.split('\n'), options).map(tripLine);
}
