import { type Article, ArticleSchema } from '../schemas/article';

/** Serialize an export: pretty-printed with 2 spaces and a trailing newline, no timestamps. */
export function toJsonFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Serialize an array export piece by piece, the same characters as toJsonFile(items): `[`, each
 * item indented under it, `]`. A writer appends the pieces, so no string of the whole file is made.
 */
export function* jsonArrayPieces(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** Keep only the exported keys of an article record (ArticleSchema's, in its order). */
export function toArticleExport(record: Article): Article {
  return ArticleSchema.parse(record);
}
