/**
 * Search queries for a generated corpus. First queries, each on a fresh page, of the kinds a reader
 * starts with: a place and a person (the budgeted ones: 考察录's questions are "who learned from
 * 昆山", "who is 徐惠民"), a sector word found in most reports, and a word on every page (the worst
 * case: Pagefind then loads that word's whole posting list). Then the next queries, simplified and
 * traditional, and a traditional first query. Each is grouped as a name (a place, a person) or a
 * broad word, the groups the page-to-engine ratios are given for.
 */
import type { GeneratedArticle } from './corpus/generate-article';
import { toTraditional } from './corpus/styling';
import type { SearchQueries } from './measure/search';

/** Makes the queries from the corpus's first articles. */
export function searchQueries(corpus: readonly GeneratedArticle[]): SearchQueries {
  const trip = corpus[0]?.trip;
  const place = trip?.home.short ?? '苏州';
  const person = trip?.leaders[0]?.name ?? '陪同';
  const sector = trip?.stops[0]?.sectors[0] ?? '产业园';
  // A place written differently in traditional characters (临潼区 → 臨潼區), for the converted query.
  const places = corpus.map((a) => a.trip.home.short);
  const traditionalPlace = places.find((p) => toTraditional(p) !== p) ?? '苏州';
  const simplified = [
    { q: '学习考察', group: 'broad' },
    { q: place, group: 'name' },
    { q: person, group: 'name' },
    { q: sector, group: 'broad' },
    { q: '营商环境', group: 'broad' },
  ] as const;
  return {
    firsts: [
      { kind: 'place', q: place, budgeted: true, group: 'name' },
      { kind: 'person', q: person, budgeted: true, group: 'name' },
      { kind: 'sector', q: sector, budgeted: false, group: 'broad' },
      { kind: 'every page', q: '党政代表团', budgeted: false, group: 'broad' },
    ],
    // Traditional forms that differ (学习考察 → 學習考察; a name may be written the same).
    next: [
      ...simplified,
      ...simplified
        .slice(0, 3)
        .map((n) => ({ q: toTraditional(n.q), group: n.group }))
        .filter((n) => !simplified.some((s) => s.q === n.q)),
    ],
    traditionalFirst: toTraditional(traditionalPlace),
  };
}
