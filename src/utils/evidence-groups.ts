import type { Evidence, Visit } from '../schemas/visit';

/** The passages of a visit that belong together on its page: the general ones, or one stop's. */
export interface EvidenceGroup {
  /** Anchor id of the group on the visit page: `evidence-general`, `evidence-stop-1` … */
  id: string;
  /** Index of the stop (0-based), or null for the passages about the trip as a whole. */
  stop: number | null;
  /** The passages, in the article's order, each paragraph once. */
  passages: Evidence[];
}

/** Anchor id of the passages of stop `index` (0-based) on the visit page. */
export function stopEvidenceId(index: number): string {
  return `evidence-stop-${index + 1}`;
}

/**
 * Group a visit's passages for its page: first those about the trip as a whole (in no stop's
 * paragraphs, or in every stop's), then each stop's, in the order of the route. A stop's
 * paragraph that is not among the visit's evidence is quoted whole from the article. Empty
 * groups are left out.
 */
export function groupEvidence(
  visit: Pick<Visit, 'evidence' | 'stops'>,
  paragraphs: readonly string[],
): EvidenceGroup[] {
  const byParagraph = new Map<number, Evidence>();
  for (const e of visit.evidence)
    if (!byParagraph.has(e.paragraph)) byParagraph.set(e.paragraph, e);
  const passage = (p: number): Evidence | null => {
    const found = byParagraph.get(p);
    if (found) return found;
    const text = paragraphs[p];
    return text === undefined ? null : { paragraph: p, text };
  };
  const inOrder = (ps: Iterable<number>): Evidence[] =>
    [...new Set(ps)].sort((a, b) => a - b).flatMap((p) => passage(p) ?? []);

  // A paragraph that every stop of a multi-stop trip claims is about the trip as a whole.
  const first = visit.stops[0]?.paragraphs ?? [];
  const shared = new Set(
    visit.stops.length > 1
      ? first.filter((p) => visit.stops.every((s) => s.paragraphs.includes(p)))
      : [],
  );
  const inStops = new Set(visit.stops.flatMap((s) => s.paragraphs));
  const general = [...byParagraph.keys()].filter((p) => !inStops.has(p));
  const groups: EvidenceGroup[] = [
    { id: 'evidence-general', stop: null, passages: inOrder([...general, ...shared]) },
    ...visit.stops.map((s, i) => ({
      id: stopEvidenceId(i),
      stop: i,
      passages: inOrder(s.paragraphs.filter((p) => !shared.has(p))),
    })),
  ];
  return groups.filter((g) => g.passages.length > 0);
}

/**
 * Split a group’s passages into those shown and those folded away: a short group (up to
 * `fold` passages) is shown whole; a longer one shows its first `lead` passages.
 */
export function foldPassages<T>(
  passages: readonly T[],
  { lead = 2, fold = 4 } = {},
): { shown: T[]; folded: T[] } {
  if (passages.length <= fold) return { shown: [...passages], folded: [] };
  return { shown: passages.slice(0, lead), folded: passages.slice(lead) };
}
