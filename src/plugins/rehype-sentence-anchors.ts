import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { sentenceId, splitSentences } from '../utils/sentences';

/** Options of rehypeSentenceAnchors. */
export interface Options {
  /** Class of each sentence's span; none by default (the article's stylesheet finds them by id). */
  className?: string;
}

/** `p-N`: the id the article body gives paragraph N (0-based). */
const PARAGRAPH_ID = /^p-(\d+)$/;

/** The paragraph's own text: its text children, not the number link before it. */
const isText = (node: ElementContent): node is Extract<ElementContent, { type: 'text' }> =>
  node.type === 'text';

/** Wraps each sentence of the text children in a span with its anchor id. */
function wrapSentences(paragraph: number, children: ElementContent[], className?: string) {
  const text = children
    .filter(isText)
    .map((c) => c.value)
    .join('');
  const spans: Element[] = splitSentences(text).map((sentence, i) => ({
    type: 'element',
    tagName: 'span',
    properties: { id: sentenceId(paragraph, i), ...(className ? { className: [className] } : {}) },
    children: [{ type: 'text', value: sentence }],
  }));
  const leading = children.filter((c) => !isText(c));
  return [...leading, ...spans];
}

/**
 * Gives every sentence of the article body an anchor: in each `<p id="p-N">` whose content is
 * text (after the paragraph's number link), each sentence becomes `<span id="pN+1-sM">`, the
 * target of a fact's source link (`#p3-s2`: 3rd paragraph, 2nd sentence). Paragraphs holding
 * other markup are left whole.
 */
const rehypeSentenceAnchors: Plugin<[Options?], Root> = (options = {}) => {
  const { className } = options;
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      const m = PARAGRAPH_ID.exec(String(node.properties.id ?? ''));
      if (node.tagName !== 'p' || !m) return;
      const content = node.children.filter((c) => !(c.type === 'element' && c.tagName === 'a'));
      if (!content.every(isText)) return SKIP;
      node.children = wrapSentences(Number(m[1]), node.children, className);
      return SKIP;
    });
  };
};

export default rehypeSentenceAnchors;
