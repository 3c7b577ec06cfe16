import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { EntityMark } from '../schemas/article-markdown';
import { prefixBase } from '../utils/prefix-base';

/** One thing to mark: every occurrence of `text` becomes a link to `href` (ArticleMarkdownSchema). */
export type { EntityMark };

/** Options of rehypeMarkEntities. */
export interface Options {
  /** The entities to mark; for the same text the first one given wins. */
  entities: readonly EntityMark[];
  /** The site's base (`/kaochalu/`), put before root-relative links; default `/`. */
  base?: string;
}

/** Elements whose text is never marked: existing links, code, and non-text content. */
const SKIPPED = new Set(['a', 'code', 'pre', 'script', 'style', 'textarea', 'title']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The class that gives a link its kind: `ep` a place, `eo` an official, `es` a sector (global.css
 * styles them). Short, because an article marks a few hundred mentions.
 */
export const KIND_CLASS: Record<EntityMark['kind'], string> = {
  place: 'ep',
  official: 'eo',
  sector: 'es',
};

/**
 * Make the link element for one occurrence. Its title (地点：盐城市（江苏省）) is given on the
 * first mention of each entity only: the later ones link to the same page and say the same.
 */
function toLink(mark: EntityMark, value: string, first: boolean): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: mark.href,
      className: [KIND_CLASS[mark.kind]],
      ...(first && mark.title ? { title: mark.title } : {}),
    },
    children: [{ type: 'text', value }],
  };
}

/** Split one text node into text and links; null when nothing matches. */
function splitText(
  node: Text,
  pattern: RegExp,
  marks: Map<string, EntityMark>,
  titled: Set<string>,
) {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const mark = marks.get(match[0]);
    if (!mark) continue;
    if (match.index > last)
      parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const first = !titled.has(mark.href);
    titled.add(mark.href);
    parts.push(toLink(mark, match[0], first));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return null;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** The marks by text (the first given wins) and one pattern finding them, longest first. */
function compile(entities: readonly EntityMark[], base: string) {
  const marks = new Map<string, EntityMark>();
  for (const mark of entities)
    if (mark.text && !marks.has(mark.text))
      marks.set(mark.text, { ...mark, href: prefixBase(mark.href, base) });
  const texts = [...marks.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // Alternatives are tried in order, so longest-first makes the longest match win.
  return {
    marks,
    pattern: texts.length ? new RegExp(texts.map(escapeRegExp).join('|'), 'gu') : null,
  };
}

/**
 * Mark every occurrence of the given places, officials and sectors in text nodes as links,
 * the longest text first (昆山市 before 昆山), never inside an existing link; the kind as a class
 * (KIND_CLASS), the title on the first mention of each. The text stays text nodes, so the
 * serializer escapes it.
 */
const rehypeMarkEntities: Plugin<[Options], Root> = (options) => {
  const { marks, pattern } = compile(options.entities, options.base ?? '/');
  return (tree) => {
    if (!pattern) return;
    // The entities already mentioned (by page), in document order: only the first gets a title.
    const titled = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = splitText(node, pattern, marks, titled);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};

export default rehypeMarkEntities;
