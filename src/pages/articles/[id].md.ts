import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentFile } from '../../utils/content-dir';
import { forNotes } from '../../utils/markdown-for-notes';

export const getStaticPaths = (async () => {
  const entries = await getCollection('articleMarkdown');
  return entries.map((entry) => ({ params: { id: entry.id } }));
}) satisfies GetStaticPaths;

/** `/articles/<id>.md`: the article's Markdown (forNotes), for notes. */
export const GET: APIRoute = ({ params }) => {
  const file = resolve(process.cwd(), contentFile(`articles/${params.id}.md`));
  return new Response(forNotes(readFileSync(file, 'utf8')), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
