import { describe, expect, test } from 'vitest';
import { bodyWithOriginal, originalBlocks } from '../../../src/utils/original-beside';

describe('[original-beside] the original lines of each paragraph, before it in the body', () => {
  const rows = [
    { paragraph: null, original: ['标题', '来源：某报'] },
    { paragraph: 0, original: ['第一段上半'] },
    { paragraph: null, original: ['广告'] },
    { paragraph: 0, original: ['第一段下半'] },
    { paragraph: 1, original: [] },
    { paragraph: 2, original: ['第三段'] },
    { paragraph: null, original: ['分享到'] },
  ];

  test('every line once, in order; set-aside lines marked, in the block of the paragraph they precede or interrupt', () => {
    const { before, after } = originalBlocks(rows);
    expect(before.get(0)).toEqual([
      { text: '标题\n来源：某报', setAside: true },
      { text: '第一段上半', setAside: false },
      { text: '广告', setAside: true },
      { text: '第一段下半', setAside: false },
    ]);
    expect(before.get(1)).toEqual([]);
    expect(before.get(2)).toEqual([{ text: '第三段', setAside: false }]);
    expect(after).toEqual([{ text: '分享到', setAside: true }]);
  });

  test('puts each block before its paragraph, the rest at the end, and escapes the original', () => {
    const html = '<p id="p-0">一</p>\n<p id="p-1">二</p>\n<p id="p-2">三</p>';
    const blocks = originalBlocks([
      { paragraph: 0, original: ['<script>x</script> & 一'] },
      { paragraph: 1, original: [] },
      { paragraph: 2, original: ['三'] },
      { paragraph: null, original: ['尾'] },
    ]);
    expect(bodyWithOriginal(html, blocks)).toBe(
      '<div class="orig">&lt;script&gt;x&lt;/script&gt; &amp; 一</div><p id="p-0">一</p>\n' +
        '<p id="p-1">二</p>\n' +
        '<div class="orig">三</div><p id="p-2">三</p>' +
        '<div class="orig"><span class="aside">尾</span></div>',
    );
  });

  test('a body without the numbered paragraphs is an error, not a page without its original', () => {
    expect(() =>
      bodyWithOriginal('<p>一</p>', originalBlocks([{ paragraph: 0, original: ['一'] }])),
    ).toThrow();
  });
});
