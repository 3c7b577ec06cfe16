import { type Article, ArticleSchema } from '../schemas/article';

/** Serialize an export: pretty-printed with 2 spaces and a trailing newline, no timestamps. */
export function toJsonFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Keep only the exported keys of an article record (ArticleSchema's, in its order). */
export function toArticleExport(record: Article): Article {
  return ArticleSchema.parse(record);
}

/** Return a JSON file response for a static endpoint. */
export function jsonResponse(data: unknown): Response {
  return new Response(toJsonFile(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
