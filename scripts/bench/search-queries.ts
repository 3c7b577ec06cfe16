/**
 * Search queries for a generated corpus. First queries, each on a fresh page, of the kinds a reader
 * starts with: a place and a person (the budgeted ones: 考察录's questions are "who learned from
 * 昆山", "who is 徐惠民"), a sector word found in most reports, and a word on every page (the worst
 * case: Pagefind then loads that word's whole posting list). Then the next queries, simplified and
 * traditional, and a traditional first query.
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
  const simplified = ['学习考察', place, person, sector, '营商环境'];
  return {
    firsts: [
      { kind: 'place', q: place, budgeted: true },
      { kind: 'person', q: person, budgeted: true },
      { kind: 'sector', q: sector, budgeted: false },
      { kind: 'every page', q: '党政代表团', budgeted: false },
    ],
    next: [...simplified, ...simplified.slice(0, 3).map(toTraditional)],
    traditionalFirst: toTraditional(traditionalPlace),
  };
}
