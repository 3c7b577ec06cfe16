/** Invented articles run as the build runs a seed (normalize, extract), for tests of whole visits. */
import type { VisitDraft } from '../../../scripts/extract/frames/find-visits';
import { processSeed } from '../../../scripts/lib/process-seed';

/** The visits of an invented article: its lines, and its meta.yaml text if any. */
export function visitsOfArticle(text: string, meta: string | null = null): VisitDraft[] {
  return processSeed({
    id: 'invented',
    file: 'invented.txt',
    bytes: new TextEncoder().encode(text),
    metaText: meta,
  }).visits;
}

/** A visit in one line: origin → destinations [leaders] date (passing). */
export function visitLine(v: VisitDraft): string {
  const to = v.destinations.map((d) => d.name).join('、');
  const led = v.leaders.map((o) => o.name).join('、');
  return `${v.origin.name}→${to} [${led}] ${v.date.start ?? '?'}${v.mentionedOnly ? ' (passing)' : ''}`;
}

/** The visits, one line each, of an invented article given as its lines and its publication date. */
export function visitLinesOf(lines: readonly string[], published: string): string[] {
  return visitsOfArticle(lines.join('\n'), `published: ${published}\n`).map(visitLine);
}
