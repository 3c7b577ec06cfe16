import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeParagraphAnchors from '../../../src/plugins/rehype-paragraph-anchors';

/** Parse an HTML fragment, number its paragraphs, and serialize. */
function anchor(html: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeParagraphAnchors)
      .use(rehypeStringify)
      .processSync(html),
  );
}

const num = (i: number) => `<a href="#p-${i}" class="pn" aria-label="第${i + 1}段">${i + 1}</a>`;

describe('[rehype-paragraph-anchors] numbers the paragraphs of an article body', () => {
  test('a 0-based anchor and a 1-based number, led by a link to itself', () => {
    expect(anchor('<p>甲。</p><p>乙。</p>')).toBe(
      `<p id="p-0">${num(0)}甲。</p><p id="p-1">${num(1)}乙。</p>`,
    );
  });

  test('counts top-level paragraphs only: not a paragraph inside a quote, nor other elements', () => {
    expect(anchor('<p>甲</p><blockquote><p>引</p></blockquote><div>丙</div><p>乙</p>')).toBe(
      `<p id="p-0">${num(0)}甲</p><blockquote><p>引</p></blockquote><div>丙</div><p id="p-1">${num(1)}乙</p>`,
    );
  });
});
