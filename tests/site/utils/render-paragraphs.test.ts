import { describe, expect, test } from 'vitest';
import { renderParagraphs } from '../../../src/utils/render-paragraphs';

describe('[render-paragraphs] renders paragraphs with anchors and marks', () => {
  test('gives each paragraph a 0-based anchor and a 1-based number', () => {
    expect(renderParagraphs(['甲。', '乙。'], [])).toBe(
      '<p id="p-0"><a href="#p-0" class="para-number" aria-label="第1段" data-pagefind-ignore="">1</a><span id="p1-s1" class="sentence">甲。</span></p>' +
        '<p id="p-1"><a href="#p-1" class="para-number" aria-label="第2段" data-pagefind-ignore="">2</a><span id="p2-s1" class="sentence">乙。</span></p>',
    );
  });

  test('escapes text from the article instead of parsing it', () => {
    expect(renderParagraphs(['<script>alert(1)</script> & <a href="x">'], [])).toBe(
      '<p id="p-0"><a href="#p-0" class="para-number" aria-label="第1段" data-pagefind-ignore="">1</a>' +
        '<span id="p1-s1" class="sentence">&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;a href="x"></span></p>',
    );
  });

  test('marks entities but not the paragraph number', () => {
    const html = renderParagraphs(
      ['1月，昆山'],
      [
        { text: '1', href: '/x/', kind: 'place' },
        { text: '昆山', href: '/places/kunshan/', kind: 'place' },
      ],
    );
    expect(html).toBe(
      '<p id="p-0"><a href="#p-0" class="para-number" aria-label="第1段" data-pagefind-ignore="">1</a>' +
        '<span id="p1-s1" class="sentence"><a href="/x/" class="entity entity-place" data-kind="place">1</a>月，' +
        '<a href="/places/kunshan/" class="entity entity-place" data-kind="place">昆山</a></span></p>',
    );
  });
});
