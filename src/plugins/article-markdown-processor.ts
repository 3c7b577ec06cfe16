import { unified } from '@astrojs/markdown-remark';
import rehypeMarkEntities from './rehype-mark-entities';
import rehypeParagraphAnchors from './rehype-paragraph-anchors';
import rehypeSentenceAnchors from './rehype-sentence-anchors';

/**
 * The Markdown pipeline of the site (astro.config.mjs's `markdown.processor`), which renders the
 * article texts the content pipeline writes: remark parses, remark-rehype turns it into HTML,
 * then each paragraph gets its anchor, each sentence its own (#p3-s2), and the article's places, officials and sectors their
 * links (from the file's frontmatter), prefixed with `base`. No GFM (a URL in the text stays
 * text) and no SmartyPants (quotes and dashes stay as the article has them).
 */
export function articleMarkdownProcessor(base: string) {
  return unified({
    gfm: false,
    smartypants: false,
    rehypePlugins: [rehypeParagraphAnchors, rehypeSentenceAnchors, [rehypeMarkEntities, { base }]],
  });
}
