import { describe, expect, test } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../scripts/pipeline/html-to-text';

const PAGE = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>甲市代表团赴乙市考察</title>',
  '<style>p { color: red }</style><script>var s = "<p>不是正文</p>";</script></head>',
  '<body><nav>首页 &gt; 新闻</nav><h1>甲市代表团赴乙市考察</h1>',
  '<p>3月5日，甲市委书记&ldquo;张三&rdquo;率团&nbsp;考察。</p><!-- 注释 -->',
  '<div>第二段<br>第三段 &amp; 更多</div><script>alert(1)</script>',
  '<table><tr><td>甲</td><td>乙</td></tr></table></body></html>',
].join('\n');

describe('[html-to-text] an article saved as HTML is read with an HTML parser', () => {
  test('a page: blocks are lines, entities decoded, scripts and styles dropped and counted', () => {
    expect(htmlToText(PAGE)).toEqual({
      text: [
        '首页 > 新闻',
        '甲市代表团赴乙市考察',
        '3月5日，甲市委书记“张三”率团 考察。',
        '第二段',
        '第三段 & 更多',
        '甲 乙',
      ].join('\n'),
      dropped: { comment: 1, script: 2, style: 1 },
    });
  });

  test('the title is the first line when the page does not repeat it', () => {
    const html = '<html><head><title>标题</title></head><body><p>正文。</p></body></html>';
    expect(htmlToText(html).text).toBe('标题\n正文。');
  });

  test('a fragment of paragraphs', () => {
    expect(htmlToText('<p>一</p><p>二<span>三</span></p><p>&#x56db;&#20116;</p>').text).toBe(
      '一\n二三\n四五',
    );
  });

  test('a hundred thousand nested elements do not overflow the stack', () => {
    const deep = `<p>${'<div>'.repeat(100_000)}深${'</div>'.repeat(100_000)}`;
    expect(htmlToText(deep).text).toBe('深');
  });

  test.each([
    ['a document', '<!doctype html><p>x</p>', true],
    ['an <html> element', '  <html lang="zh"><body>x</body></html>', true],
    ['an XML declaration first', '<?xml version="1.0"?>\n<!DOCTYPE html><html></html>', true],
    ['a fragment of paragraphs', '<p>甲</p>\n<p>乙</p>', true],
    ['plain text', '3月5日，甲市代表团赴乙市考察。', false],
    [
      'text with a tag or two copied into it',
      '第1行：<script>x</script>\n<img src=x>\n<b>粗</b>',
      false,
    ],
    ['text that writes about a tag', '网页用 <p> 标签分段。', false],
  ])('%s: %s', (_, text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});
