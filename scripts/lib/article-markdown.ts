/**
 * An article as Markdown: the source of the body the article page shows (render-article-body.ts),
 * and the file offered there for download. YAML frontmatter (ArticleMarkdownSchema: what a note
 * names the article by), then one Markdown paragraph a paragraph of the normalized text.
 * The text is data, never markup: the paragraphs go in as mdast text nodes and remark-stringify
 * escapes whatever Markdown would read as syntax (`*强调*`, `# 标题`, `<script>`, `[x](…)`).
 */
import type { Paragraph, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { ArticleRecord } from '../../src/schemas/article';
import { type ArticleMarkdown, ArticleMarkdownSchema } from '../../src/schemas/article-markdown';

const toMarkdown = unified().use(remarkStringify);

/** Return the paragraphs as Markdown, one paragraph each, every character of them kept as text. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const children = paragraphs.map(
    (value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] }),
  );
  const tree: Root = { type: 'root', children };
  return toMarkdown.stringify(tree);
}

/** Return a Markdown file: the frontmatter, checked against its schema, then the paragraphs. */
export function toMarkdownFile(
  front: ArticleMarkdown,
  paragraphs: readonly string[],
  body = paragraphsToMarkdown(paragraphs),
): string {
  const yaml = stringify(ArticleMarkdownSchema.parse(front), {
    // Every string quoted: a reader of YAML 1.1 (Astro's) takes a bare 2020-04-12 for a date.
    defaultKeyType: 'PLAIN',
    defaultStringType: 'QUOTE_DOUBLE',
    lineWidth: 0,
  });
  return `---\n${yaml}---\n\n${body}`;
}

/** Return what an article's Markdown file names it by (its frontmatter). */
export function articleMarkdownFront(article: ArticleRecord): ArticleMarkdown {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    published: article.published,
    source: article.sourceUrl,
    page: article.url,
  };
}

/** Return an article's Markdown file: what to cite it by, then its paragraphs (`body`, if made already). */
export function articleMarkdown(
  article: ArticleRecord,
  body = paragraphsToMarkdown(article.paragraphs),
): string {
  return toMarkdownFile(articleMarkdownFront(article), article.paragraphs, body);
}
