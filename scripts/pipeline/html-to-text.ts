/**
 * Stage 1c: an article saved as HTML (a web page, or a fragment of <p> and <div>) becomes its
 * text, read by an HTML parser (parse5, which parses as browsers do; rehype-parse wraps it), not by
 * regular expressions: entities decoded, block elements and <br> as line ends, the <title> as
 * the first line, scripts, styles, templates and comments dropped (and counted). Text that only
 * holds a tag or two among its words (markup copied into an article) is not HTML and stays as it is.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';

/** What the conversion did, for the report. */
export interface HtmlConversion {
  /** The text. */
  text: string;
  /** Elements dropped with their content, by tag name (script, style …), and comments. */
  dropped: Record<string, number>;
}

/** A whole document: a doctype or an <html> element first (after an XML declaration or comments). */
const DOCUMENT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;
/** Tags that give a page's structure away: a fragment with several of them is HTML. */
const STRUCTURE =
  /<\/?(?:p|div|br|span|section|article|h[1-6]|li|ul|ol|table|tr|td|body|head|meta|title|blockquote|strong|em|font)\b[^<>]*>/gi;
/** Fewest structure tags that make a fragment HTML. */
const MIN_STRUCTURE_TAGS = 4;

/** Elements whose content is no text of the article. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'head']);
/** Elements that stand on lines of their own. */
const BLOCK = new Set(
  'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary table tbody thead tfoot tr ul title caption'.split(
    ' ',
  ),
);

/** Says whether a text is HTML: a whole document, or a fragment with several structure tags. */
export function looksLikeHtml(text: string): boolean {
  if (DOCUMENT.test(text)) return true;
  let tags = 0;
  for (const _ of text.matchAll(STRUCTURE)) if (++tags >= MIN_STRUCTURE_TAGS) return true;
  return false;
}

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const childrenOf = (node: Node): readonly Node[] => ('childNodes' in node ? node.childNodes : []);

/** The <title> element of a parsed document (in its head), or null. */
function findTitle(doc: ParentNode): Node | null {
  const html = childrenOf(doc).find((n) => n.nodeName === 'html');
  const head = html === undefined ? undefined : childrenOf(html).find((n) => n.nodeName === 'head');
  return head === undefined ? null : (childrenOf(head).find((n) => n.nodeName === 'title') ?? null);
}

/**
 * Collects the text of a tree: one line a block, whitespace collapsed outside <pre>; counts what
 * is dropped. An explicit stack, not recursion: a hundred thousand nested <div> do not overflow.
 */
function collectText(root: Node, dropped: Record<string, number>): string {
  const out: string[] = [];
  const stack: (Node | { close: string })[] = [...childrenOf(root)].reverse();
  let pre = 0;
  while (stack.length > 0) {
    const node = stack.pop() as Node | { close: string };
    if ('close' in node) {
      if (node.close === 'pre') pre -= 1;
      if (BLOCK.has(node.close)) out.push('\n');
    } else if (node.nodeName === '#text' && 'value' in node) {
      out.push(pre > 0 ? node.value : node.value.replace(/[ \t\n\r\f]+/g, ' '));
    } else if (node.nodeName === '#comment') {
      dropped.comment = (dropped.comment ?? 0) + 1;
    } else if ('tagName' in node) {
      const tag = node.tagName;
      if (DROP.has(tag)) {
        // The head holds the title (taken apart) and the page's machinery: count its scripts.
        if (tag === 'head') collectText(node, dropped);
        else dropped[tag] = (dropped[tag] ?? 0) + 1;
        continue;
      }
      if (tag === 'br' || BLOCK.has(tag)) out.push('\n');
      if (tag === 'td' || tag === 'th') out.push(' ');
      if (tag === 'pre') pre += 1;
      stack.push({ close: tag }, ...[...node.childNodes].reverse());
    }
  }
  return out.join('');
}

/** Turns HTML into text with an HTML parser (parse5, as browsers parse); counts what was dropped. */
export function htmlToText(html: string): HtmlConversion {
  const doc = parse(html);
  const dropped: Record<string, number> = {};
  const title = findTitle(doc);
  const body = collectText(doc, dropped);
  const heading = title === null ? '' : collectText(title, {}).trim();
  // The title is the first line, unless the page repeats it as its headline.
  const lines = `${body.includes(heading) ? '' : heading}\n${body}`
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '');
  return { text: lines.join('\n'), dropped };
}
