/**
 * Checks of built HTML that need no browser: markup that could run a script (event handler
 * attributes, `javascript:` URLs, script elements that are not the site's own), html-validate, and
 * the text an article page shows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { HtmlValidate } from 'html-validate';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
export function filesOf(dir: string, ext = '.html'): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** sha256 of every file of a folder, by relative path (two builds compared file for file). */
export function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesOf(dir, '').map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Attributes that take a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formAction', 'data', 'poster', 'srcDoc']);

/** Describes what in one HTML document could run a script the site did not write. */
export function scriptRisks(html: string): string[] {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const risks: string[] = [];
  visit(tree, 'element', (el: Element) => {
    const props = el.properties;
    for (const [name, value] of Object.entries(props)) {
      if (/^on/i.test(name)) risks.push(`<${el.tagName} ${name}>`);
      if (URL_ATTRIBUTES.has(name) && /^\s*(javascript|vbscript|data):/i.test(String(value))) {
        risks.push(`<${el.tagName} ${name}="${String(value).slice(0, 40)}">`);
      }
    }
    if (['iframe', 'object', 'embed', 'frame', 'base'].includes(el.tagName)) {
      risks.push(`<${el.tagName}>`);
    }
    if (el.tagName !== 'script') return;
    const type = String(props.type ?? '');
    const src = String(props.src ?? '');
    const text = el.children.map((c) => ('value' in c ? c.value : '')).join('');
    if (type === 'application/ld+json') {
      try {
        JSON.parse(text);
      } catch {
        risks.push('<script type="application/ld+json"> that is not JSON');
      }
    } else if (!/^\/(?:[\w-]+\/)?(?:_astro|pagefind)\//.test(src) || text.trim() !== '') {
      risks.push(
        `<script${type ? ` type="${type}"` : ''}${src ? ` src="${src}"` : ''}>${text.slice(0, 40)}`,
      );
    }
  });
  return risks;
}

/** html-validate with the project's .htmlvalidate.json. */
export function projectValidator(): HtmlValidate {
  return new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
}

/** html-validate's errors over every HTML file of a built site, as `file:line:col rule message`. */
export async function validationErrors(dir: string): Promise<string[]> {
  const validator = projectValidator();
  const errors: string[] = [];
  for (const file of filesOf(dir)) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) {
          errors.push(
            `${relative('.', join(dir, file))}:${m.line}:${m.column} ${m.ruleId} ${m.message}`,
          );
        }
      }
    }
  }
  return errors;
}

/** One paragraph of an article page's body: its text, and the elements in it that are not links. */
export interface ShownParagraph {
  /** The text a reader sees, without the paragraph number; entity links read as their text. */
  text: string;
  /** Elements other than the number and the entity links (none, when the text stayed text). */
  tags: string[];
}

/** The classes of the article text's entity marks (rehype-mark-entities.ts, KIND_CLASS). */
const ENTITY_CLASSES = new Set(['ep', 'eo', 'es']);

const classes = (el: Element): string[] => (el.properties.className as string[] | undefined) ?? [];

/** Reads the paragraphs of an article page's body (`.article-body > p`). */
export function articleBodyParagraphs(html: string): ShownParagraph[] {
  const tree: Root = unified().use(rehypeParse).parse(html);
  let body: Element | undefined;
  visit(tree, 'element', (el: Element) => {
    if (!body && classes(el).includes('article-body')) body = el;
  });
  const paragraphs = (body?.children ?? []).filter(
    (n): n is Element => n.type === 'element' && n.tagName === 'p',
  );
  return paragraphs.map((p) => {
    const shown: ShownParagraph = { text: '', tags: [] };
    const read = (nodes: ElementContent[]): void => {
      for (const n of nodes) {
        if (n.type === 'text') shown.text += n.value;
        if (n.type !== 'element' || classes(n).includes('pn')) continue;
        // The site's own marks: entities (a link at the first mention, a span after) and sentence
        // anchors (a span with its id, #p3-s2); anything else is markup.
        const own =
          ((n.tagName === 'a' || n.tagName === 'span') &&
            classes(n).some((c) => ENTITY_CLASSES.has(c))) ||
          (n.tagName === 'span' && /^p\d+-s\d+$/.test(String(n.properties.id ?? '')));
        if (!own) shown.tags.push(n.tagName);
        read(n.children);
      }
    };
    read(p.children);
    return shown;
  });
}
