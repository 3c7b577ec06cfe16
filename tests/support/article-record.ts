/** An invented article record for the tests (ArticleRecord): nothing found in it unless given. */
import type { ArticleRecord } from '../../src/schemas/article';

/** A record of the article `id` with these paragraphs; any field can be given. */
export function articleRecord(
  id: string,
  paragraphs: string[],
  fields: Partial<ArticleRecord> = {},
): ArticleRecord {
  return {
    id,
    title: paragraphs[0] ?? id,
    originalTitle: null,
    outlet: null,
    byline: null,
    published: null,
    script: 'simplified',
    url: `/articles/${id}/`,
    sourceUrl: null,
    paragraphs,
    boilerplate: [],
    repairs: [],
    visits: [],
    places: [],
    officials: [],
    sectors: [],
    original: paragraphs.join('\n'),
    editors: [],
    note: null,
    encoding: 'utf-8',
    titleMade: false,
    ...fields,
  };
}
