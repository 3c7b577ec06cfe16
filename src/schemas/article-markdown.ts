import { z } from 'astro/zod';

/** One text to mark in an article's body (rehype-mark-entities): every occurrence links to `href`. */
export const EntityMarkSchema = z.object({
  /** The exact text to find, e.g. 昆山市 or 陈丽艳. */
  text: z.string().min(1),
  /** Where it links: a root-relative path (`/places/kunshan/`); the site's base is added when rendered. */
  href: z.string(),
  /** What it is. */
  kind: z.enum(['place', 'official', 'sector']),
  /** Tooltip, e.g. 领域：低空经济. */
  title: z.string().optional(),
});
export type EntityMark = z.infer<typeof EntityMarkSchema>;

/**
 * The frontmatter of an article's Markdown file (`<content>/articles/<id>.md`, the text the article
 * page's body is rendered from): what a reader of the file needs to cite it.
 */
export const ArticleMarkdownSchema = z.object({
  /** The article's id (the seed file's stem). */
  id: z.string().min(1),
  /** Title. */
  title: z.string(),
  /** Publisher, if known. */
  outlet: z.string().nullable(),
  /** Reporter line as printed. */
  byline: z.string().nullable(),
  /** Publication date, ISO truncated. */
  published: z.string().nullable(),
  /** Where it was published, if known. */
  source: z.string().nullable(),
  /** The article's page on the site, root-relative. */
  page: z.string(),
});
export type ArticleMarkdown = z.infer<typeof ArticleMarkdownSchema>;
