import type { Element, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeMarkEntities, { type EntityMark } from '../plugins/rehype-mark-entities';
import rehypeSentenceAnchors from '../plugins/rehype-sentence-anchors';

/**
 * Build the article body as a hast tree: one `<p id="p-N">` a paragraph (N 0-based, the
 * anchor every provenance link points to), led by a link to itself numbered N+1.
 */
export function paragraphsToHast(paragraphs: readonly string[]): Root {
  const children: Element[] = paragraphs.map((text, index) => ({
    type: 'element',
    tagName: 'p',
    properties: { id: `p-${index}` },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#p-${index}`,
          className: ['para-number'],
          ariaLabel: `第${index + 1}段`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: String(index + 1) }],
      },
      { type: 'text', value: text },
    ],
  }));
  return { type: 'root', children };
}

/**
 * Render paragraphs to HTML through the unified pipeline, each sentence anchored (#p3-s2) by
 * rehype-sentence-anchors, places, officials and sectors marked by rehype-mark-entities. The text is never parsed as HTML: it enters the tree as text
 * nodes and rehype-stringify escapes it, so the result is safe for `set:html`.
 */
export function renderParagraphs(
  paragraphs: readonly string[],
  entities: readonly EntityMark[],
): string {
  const processor = unified()
    .use(rehypeSentenceAnchors)
    .use(rehypeMarkEntities, { entities })
    .use(rehypeStringify);
  const tree = processor.runSync(paragraphsToHast(paragraphs));
  return processor.stringify(tree);
}
