/**
 * The article as Markdown: the file the pipeline writes (frontmatter + paragraphs), and its body
 * rendered by the pipeline's renderer (remark, remark-rehype, the paragraph and sentence anchors,
 * the entity links). Article text is data: whatever Markdown or HTML it holds comes out as the
 * same characters.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { paragraphsToMarkdown, toMarkdownFile } from '../../scripts/lib/article-markdown';
import { renderArticleBody } from '../../src/plugins/render-article-body';
import type { ArticleMarkdown, EntityMark } from '../../src/schemas/article-markdown';

const front = (): ArticleMarkdown => ({
  id: 'a1',
  title: '某市党政代表团赴某地考察',
  outlet: '某某日报',
  byline: null,
  published: '2025-03-05',
  source: 'https://example.org/a?id=1&x=2',
  page: '/articles/a1/',
});

/** Writes the file, reads its body back, renders it as the pipeline does. */
function render(paragraphs: string[], marks: EntityMark[] = [], base = '/') {
  const { content } = parseFrontmatter(toMarkdownFile(front(), paragraphs));
  return { html: renderArticleBody(content, marks, base) };
}

/** A sentence's span, as the sentence anchors plugin wraps it (paragraph and sentence from 1). */
const sentence = (p: number, n: number, text: string) => `<span id="p${p}-s${n}">${text}</span>`;
/** The html without the sentence spans (their text kept). */
const unspanned = (html: string) =>
  html.replace(/<span id="p\d+-s\d+">/g, '').replace(/<\/span>/g, '');

/** The paragraph number link the anchors plugin puts first. */
const num = (i: number) => `<a href="#p-${i}" class="pn" aria-label="第${i + 1}段">${i + 1}</a>`;

describe('[article-markdown] the file the pipeline writes', () => {
  test('frontmatter reads back as written: dates and URLs stay strings', () => {
    const { frontmatter } = parseFrontmatter(toMarkdownFile(front(), ['甲。']));
    expect(frontmatter).toEqual(front());
  });

  test('one Markdown paragraph a paragraph', () => {
    expect(paragraphsToMarkdown(['甲。', '乙。'])).toBe('甲。\n\n乙。\n');
  });

  test('a frontmatter that is not the schema’s is refused before it is written', () => {
    expect(() => toMarkdownFile({ ...front(), id: '' }, [])).toThrow();
  });
});

describe('[article-markdown] rendered by the pipeline’s body renderer', () => {
  test('each paragraph gets its anchor and its number, each sentence its own anchor', () => {
    const { html } = render(['甲。乙。', '丙。']);
    expect(html).toBe(
      `<p id="p-0">${num(0)}${sentence(1, 1, '甲。')}${sentence(1, 2, '乙。')}</p>\n` +
        `<p id="p-1">${num(1)}${sentence(2, 1, '丙。')}</p>`,
    );
  });

  test('the article’s marks, under the base; not the paragraph number', () => {
    const marks: EntityMark[] = [
      { text: '1', href: '/x/', kind: 'place' },
      { text: '昆山', href: '/places/kunshan/', kind: 'place', title: '地点：昆山市' },
    ];
    const { html } = render(['1月，昆山'], marks, '/kaochalu/');
    expect(unspanned(html)).toBe(
      `<p id="p-0">${num(0)}<a href="/kaochalu/x/" class="ep">1</a>月，` +
        '<a href="/kaochalu/places/kunshan/" class="ep" title="地点：昆山市">昆山</a></p>',
    );
  });

  // What a copied web page may hold, and what Markdown (or HTML inside it) would make of it.
  test.each([
    ['emphasis', '*重点*与_强调_、**加粗**'],
    ['a heading', '# 一、总体要求'],
    ['a setext heading underline', '---'],
    ['a list item', '- 第一项'],
    ['a numbered list', '1. 坚持创新'],
    ['a quote', '> 引自某文件'],
    ['an indented code block', '    四个空格开头'],
    ['inline code', '`代码`'],
    ['a script', '<script>alert(1)</script>'],
    ['raw HTML', '<img src=x onerror=alert(1)> <b>粗</b> <!-- 注释 -->'],
    ['a javascript: link', '[点此](javascript:alert(1))'],
    ['a reference link', '[x]: https://example.org'],
    ['an image', '![图](https://example.org/a.png)'],
    ['an autolink', '<https://example.org>'],
    ['a bare URL and an e-mail address', 'https://example.org www.example.org a@example.org'],
    ['character references', '&amp; &lt;b&gt; &#x3C; &copy;'],
    ['backslashes', '路径C:\\dir\\file 与 \\*'],
    ['a table row', '| 甲 | 乙 |'],
    ['strikethrough', '~~删除~~'],
    ['typewriter quotes and dashes', '"引号" \'单引号\' -- --- ...'],
    ['a hard line break', '行末两个空格  '],
    ['formulas of the reports', '2+6+X、“1+8”、5126亿元、70%'],
  ])('%s stays text: %s', (_what, text) => {
    const html = unspanned(render([text]).html);
    // One paragraph, whose only element is the number; its text is the article's, character for character.
    const inner = html.replace(/^<p id="p-0">/, '').replace(/<\/p>$/, '');
    expect(inner.startsWith(num(0))).toBe(true);
    const rest = inner.slice(num(0).length);
    expect(rest).not.toMatch(/<[a-z!]/i);
    const decoded = rest
      .replace(/&#x3C;/g, '<')
      .replace(/&#x26;/g, '&')
      .replace(/&#x22;/g, '"');
    expect(decoded).toBe(text);
  });
});
