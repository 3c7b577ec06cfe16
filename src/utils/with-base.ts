import { base as configBase } from 'astro:config/client';
import { articlePath } from './article-path';
import { prefixBase } from './prefix-base';
import { sentenceId } from './sentences';

/**
 * Prefix a root-relative path (`/visits/x/`, `/data/visits.csv`, `/articles/a/#p-3`) with the
 * site's base, so links work when the site is served under a sub-path such as `/kaochalu/`.
 * Paths that are not root-relative (`#p-3`, `https://…`) are returned unchanged.
 *
 * The base comes from astro.config.mjs (`astro:config/client`), not from `import.meta.env.BASE_URL`:
 * Astro lets any environment variable override `import.meta.env.*` on the server, so a `BASE_URL`
 * in the environment (vitest sets one, so do some CI systems) would silently drop the sub-path.
 */
export function withBase(path: string, base: string = configBase): string {
  return prefixBase(path, base);
}

/** Return the link to paragraph `index` (0-based) of an article: `/articles/<id>/#p-<index>`. */
export function paragraphHref(articleId: string, index: number): string {
  return withBase(`${articlePath(articleId)}#p-${index}`);
}

/** Return the link to a sentence (0-based paragraph and sentence): `/articles/<id>/#p3-s2`. */
export function sentenceHref(articleId: string, paragraph: number, sentence: number): string {
  return withBase(`${articlePath(articleId)}#${sentenceId(paragraph, sentence)}`);
}
