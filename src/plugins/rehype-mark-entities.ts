import type { Element, ElementContent, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { EntityMark } from '../schemas/article-markdown';
import { prefixBase } from '../utils/prefix-base';

/**
 * One thing to mark (ArticleMarkdownSchema): every occurrence of `text` is marked, the first
 * occurrence of its entity links to `href`.
 */
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

/** Whether a later mention of this entity is marked (a place's, an official's) or left as text. */
const marksLater = (mark: EntityMark) => mark.kind !== 'sector';

/**
 * The element for one occurrence. The first mention of each entity is a link to
 * its page with its title (地点：盐城市（江苏省）); the later mentions of a place or an official
 * are marked the same way but not linked, as a reference work links a name once: a long report
 * names its places a hundred times, and a hundred links to the same page would be most of the
 * page's weight and nothing a reader needs. A sector's later keywords are not marked at all: the
 * first shows which word tagged the report, and 资本 or 人才 marked in every sentence would mark
 * half the text.
 */
function toMark(mark: EntityMark, value: string, first: boolean): Element {
  const className = [KIND_CLASS[mark.kind]];
  const children: ElementContent[] = [{ type: 'text', value }];
  if (!first) return { type: 'element', tagName: 'span', properties: { className }, children };
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: mark.href, className, ...(mark.title ? { title: mark.title } : {}) },
    children,
  };
}

/** Split one text node into text and links; null when nothing matches. */
function splitText(
  node: Text,
  pattern: RegExp,
  marks: Map<string, EntityMark>,
  linked: Set<string>,
) {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const mark = marks.get(match[0]);
    if (!mark) continue;
    const first = !linked.has(mark.href);
    if (!first && !marksLater(mark)) continue;
    if (match.index > last)
      parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    linked.add(mark.href);
    parts.push(toMark(mark, match[0], first));
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
 * Mark every occurrence of the given places, officials and sectors in text nodes, the longest
 * text first (昆山市 before 昆山), never inside an existing link; the kind as a class (KIND_CLASS);
 * the first mention of each entity (by page) is a link with its title, the later ones of a place
 * or an official are marked only, a sector's are left as text (toMark). The text stays text
 * nodes, so the serializer escapes it.
 */
const rehypeMarkEntities: Plugin<[Options], Root> = (options) => {
  const { marks, pattern } = compile(options.entities, options.base ?? '/');
  return (tree) => {
    if (!pattern) return;
    // The entities already mentioned (by page), in document order: only the first is linked.
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = splitText(node, pattern, marks, linked);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};

export default rehypeMarkEntities;
