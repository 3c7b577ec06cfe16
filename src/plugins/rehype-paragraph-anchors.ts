import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';

/**
 * The link that leads paragraph `index`: its number (1-based), pointing at its own anchor. Out of
 * the search index by its class (pagefind-exclude.ts).
 */
function numberLink(index: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#p-${index}`,
      className: ['pn'],
      ariaLabel: `第${index + 1}段`,
    },
    children: [{ type: 'text', value: String(index + 1) }],
  };
}

/**
 * Give each top-level paragraph of an article body `id="p-N"` (N 0-based, the anchor every
 * provenance link points to, `/articles/<id>/#p-3`) and a leading link to itself numbered N+1.
 */
const rehypeParagraphAnchors: Plugin<[], Root> = () => (tree: Root) => {
  let index = 0;
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'p') continue;
    node.properties = { ...node.properties, id: `p-${index}` };
    node.children.unshift(numberLink(index));
    index++;
  }
};

export default rehypeParagraphAnchors;
