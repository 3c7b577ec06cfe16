/**
 * Kinds of element Pagefind leaves out of the search index, by class: the build passes them as
 * its `excludeSelectors` (scripts/lib/run-pagefind.ts), so the thousands of elements of these
 * kinds need no `data-pagefind-ignore` each. Like that attribute with "all", nothing inside them
 * is indexed (none holds a filter or a meta).
 */
export const PAGEFIND_EXCLUDE: readonly string[] = [
  // A ¶ link to a sentence (SentenceRef): its mark is no word of the page.
  '.ref',
  // Sentences quoted from articles (SentenceQuotes, CitedSentences): the articles are indexed.
  '.quotes',
  '.cited',
  // Lists of other pages (VisitList, ArticleList) and their pagers: found on their own pages.
  '.cards',
  '.articles',
  '.people',
  '.pager',
  // An article's paragraph numbers and its original text beside the normalized one (indexed).
  '.pn',
  '.orig',
  // A page's kicker (考察, 报道 …) and a fact's links to its lists (同类考察).
  '.kicker',
  '.same',
];
