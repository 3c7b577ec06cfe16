import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { EntityMark } from '../schemas/article-markdown';
import rehypeMarkEntities from './rehype-mark-entities';
import rehypeParagraphAnchors from './rehype-paragraph-anchors';
import rehypeSentenceAnchors from './rehype-sentence-anchors';

/**
 * The article body's HTML from its Markdown (the file the pipeline writes): remark parses it, no
 * GFM (a URL in the text stays text) and no SmartyPants (quotes and dashes stay as printed);
 * remark-rehype turns it into HTML, dropping any raw HTML (text of the article is never markup);
 * then each paragraph gets its anchor (#p-3), each sentence its own (#p3-s2), and the article's
 * places, officials and sectors their links, under `base`. The content pipeline runs this once an
 * article (and keeps the result with the article's cached result), so the site never renders
 * Markdown in Astro's single build process.
 */
export function renderArticleBody(
  markdown: string,
  marks: readonly EntityMark[],
  base = '/',
): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeParagraphAnchors)
    .use(rehypeSentenceAnchors)
    .use(rehypeMarkEntities, { entities: marks, base })
    .use(rehypeStringify);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return processor.stringify(tree);
}
