import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentFile } from '../../utils/content-dir';
import { loadSiteData } from '../../utils/site-data';

export const getStaticPaths = (async () => {
  const { articles } = await loadSiteData();
  return articles.map((article) => ({ params: { id: article.id } }));
}) satisfies GetStaticPaths;

/** `/articles/<id>.md`: the article's Markdown, byte for byte as the pipeline wrote it, for notes. */
export const GET: APIRoute = ({ params }) => {
  const file = resolve(process.cwd(), contentFile(`articles/${params.id}.md`));
  return new Response(readFileSync(file), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
