import { type Article, ArticleSchema } from '../schemas/article';

/**
 * Serialize an export: a JSON array with one record a line (compact inside the record), a newline
 * at the end, no timestamps. Each record stays one line to read, grep or diff; the file is about
 * a third smaller than indented JSON.
 */
export function toJsonFile(items: readonly unknown[]): string {
  return [...jsonArrayPieces(items)].join('');
}

/**
 * Serialize an array export piece by piece, as toJsonFile(items) does: `[`, a record a line, `]`.
 * A writer appends the pieces, so no string of the whole file is made.
 */
export function* jsonArrayPieces(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(item)}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** Keep only the exported keys of an article record (ArticleSchema's, in its order). */
export function toArticleExport(record: Article): Article {
  return ArticleSchema.parse(record);
}
