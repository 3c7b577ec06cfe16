import type { APIRoute } from 'astro';
import { jsonResponse, toArticleExport } from '../../utils/export-json';
import { loadSiteData } from '../../utils/site-data';

/** dist/data/articles.json: ArticleSchema's keys only (no original text, editors, note). */
export const GET: APIRoute = async () =>
  jsonResponse((await loadSiteData()).articles.map(toArticleExport));
