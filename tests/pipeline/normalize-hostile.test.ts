/** Normalization of hostile text, end to end: invisible characters, HTML, full-width dates, long lines. */
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { htmlNote, mixedEncodingNote } from '../../scripts/pipeline/clean-text';
import { normalize } from '../../scripts/pipeline/normalize';
import { MAX_PARAGRAPH_CHARS } from '../../scripts/pipeline/split-long-lines';
import { INVISIBLE } from '../../scripts/pipeline/strip-invisible';

const run = (text: string | Buffer) =>
  normalize({ id: 'x', bytes: typeof text === 'string' ? Buffer.from(text) : text });
const fields = (n: ReturnType<typeof run>): string =>
  [n.title ?? '', n.original, ...n.paragraphs, ...n.boilerplate].join('\n');

const ARTICLE = [
  '甲市党政代表团赴乙市学习考察',
  '3月5日，甲市委书记张\u200b三率甲市党政代表团赴乙市学习考察，参观了乙市高新区。',
  '张三表示，要学习乙市的经验。',
  '',
].join('\n');

describe('[normalize] invisible characters', () => {
  test('are gone from every field, the original view included, and counted', () => {
    const hostile = ARTICLE.replace('高新区', '高\u202e新\u202c区\u0000').replace(
      '张三表示',
      '\ufeff张\u200d三表示',
    );
    const n = run(hostile);
    expect(fields(n).match(INVISIBLE)).toBeNull();
    expect(n.paragraphs).toContain('张三表示，要学习乙市的经验。');
    expect(n.removed.map((r) => [r.char, r.count])).toEqual([
      ['U+0000', 1],
      ['U+200B', 1],
      ['U+200D', 1],
      ['U+202C', 1],
      ['U+202E', 1],
      ['U+FEFF', 1],
    ]);
    expect(n.repairs).toEqual([]);
  });
});

describe('[normalize] HTML', () => {
  const page = `<!DOCTYPE html><html><head><title>甲市党政代表团赴乙市学习考察</title><script>var x = "脚本";</script></head><body>${ARTICLE.split(
    '\n',
  )
    .filter((l) => l)
    .map((l) => `<p>${l.replace('，', '&#65292;')}</p>`)
    .join('')}<style>p{}</style></body></html>`;

  test('is read as text: no tag, no entity, no script text; the conversion noted', () => {
    const n = run(page);
    expect(n.title).toBe('甲市党政代表团赴乙市学习考察');
    expect(n.paragraphs.join('\n')).not.toMatch(/[<>&]|脚本|var/);
    expect(n.paragraphs[0]).toMatch(/^3月5日，甲市委书记张三率/);
    expect(n.notes).toEqual([htmlNote({ script: 1, style: 1 })]);
    expect(n.notes[0]?.message).toBe(
      '文件是 HTML，已用 HTML 解析器转为文字（标签去掉、实体解码），删去了不是正文的 <script> 1 处、<style> 1 处',
    );
    // The 原文 view keeps the page as it came.
    expect(n.original).toContain('<script>');
  });

  test('text with markup copied into it is no HTML: the markup stays as text', () => {
    const n = run(ARTICLE.replace('高新区。', '高新区<script>x</script>。'));
    expect(n.notes).toEqual([]);
    expect(n.paragraphs.join('')).toContain('高新区<script>x</script>。');
  });
});

describe('[normalize] full-width digits and letters', () => {
  test('a full-width dateline is read as a date', () => {
    const n = run(
      ARTICLE.replace('3月5日', '３月５日').replace(
        '\n3月',
        '\n来源：乙市日报 ２０２５年０３月０６日\n3月',
      ),
    );
    expect(n.paragraphs[0]).toMatch(/^3月5日，/);
    expect(n.notes.map((x) => x.kind)).toEqual(['width-folded']);
  });
});

describe('[normalize] two encodings in one file', () => {
  test('both halves are kept and the GB18030 lines are noted', () => {
    const [head, ...rest] = ARTICLE.split('\n');
    const bytes = Buffer.concat([Buffer.from(`${head}\n`), iconv.encode(rest.join('\n'), 'gbk')]);
    const n = run(bytes);
    expect(n.encoding).toBe('utf-8+gb18030');
    expect(n.paragraphs.join('')).toContain('张三表示，要学习乙市的经验。');
    expect(n.notes).toEqual([mixedEncodingNote([2, 3])]);
    expect(n.notes[0]?.message).toBe(
      '文件混用两种编码，已逐行解码：第 2、3 行按 GB18030，其余按 UTF-8，没有丢失文字',
    );
  });
});

describe('[normalize] a page on one line', () => {
  test('is split into paragraphs within the limit, every character kept', () => {
    const body = '代表团一行先后走进产业园区，详细了解产业转型升级情况。'.repeat(400);
    const n = run(`${ARTICLE}${body}\n`);
    expect(n.paragraphs.every((p) => [...p].length <= MAX_PARAGRAPH_CHARS)).toBe(true);
    expect(n.paragraphs.slice(2).join('')).toBe(body);
    expect(n.notes.map((x) => x.kind)).toEqual(['long-paragraph-split']);
  });
});

describe('[normalize] many damaged characters', () => {
  test('the first 50 are listed, the rest counted in one line', () => {
    const n = run(`${ARTICLE}${'甲?乙，'.repeat(80)}\n`);
    expect(n.anomalies).toHaveLength(51);
    expect(n.anomalies.at(-1)?.message).toBe('另有 30 处同类问题未逐一列出');
  });
});
