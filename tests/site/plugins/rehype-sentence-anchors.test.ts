import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import rehypeSentenceAnchors from '../../../src/plugins/rehype-sentence-anchors';

/** Parse an HTML fragment, anchor the sentences, and serialize. */
function anchor(html: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeSentenceAnchors)
      .use(rehypeStringify)
      .processSync(html),
  );
}

describe('[rehype-sentence-anchors] one anchor a sentence', () => {
  test('sentences of paragraph p-2 are p3-s1, p3-s2; the number link stays first', () => {
    expect(anchor('<p id="p-2"><a href="#p-2">3</a>甲市出发。乙市接待。</p>')).toBe(
      '<p id="p-2"><a href="#p-2">3</a><span id="p3-s1">甲市出发。</span>' +
        '<span id="p3-s2">乙市接待。</span></p>',
    );
  });

  test('text is escaped, never parsed', () => {
    expect(anchor('<p id="p-0">&lt;b&gt;甲。</p>')).toBe(
      '<p id="p-0"><span id="p1-s1">&#x3C;b>甲。</span></p>',
    );
  });

  test('a class for the spans when one is asked for', () => {
    const html = String(
      unified()
        .use(rehypeParse, { fragment: true })
        .use(rehypeSentenceAnchors, { className: 's' })
        .use(rehypeStringify)
        .processSync('<p id="p-0">甲。</p>'),
    );
    expect(html).toBe('<p id="p-0"><span id="p1-s1" class="s">甲。</span></p>');
  });

  test.each([
    ['not an article paragraph', '<p>甲。乙。</p>'],
    ['other markup inside', '<p id="p-0">甲<strong>乙</strong>。</p>'],
  ])('left alone: %s', (_, html) => {
    expect(anchor(html)).toBe(html);
  });
});
