import { describe, expect, test } from 'vitest';
import { processSeed } from '../../scripts/lib/process-seed';
import type { SeedFile } from '../../scripts/lib/read-seeds';

const seed = (id: string, text: string | Uint8Array, meta: string | null = null): SeedFile => ({
  id,
  file: `${id}.txt`,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
  metaText: meta,
});

const ARTICLE =
  '盐城市党政代表团赴苏州学习考察\n3月12日，盐城市委书记周建国率盐城市党政代表团赴苏州学习考察。\n周建国表示，要学习苏州的经验。\n';

describe('[process-seed] files that cannot be articles', () => {
  test.each([
    ['empty', new Uint8Array(), /^空文件（0 字节）/],
    ['blank', ' \n\u3000\n', /^文件只有空白/],
    [
      'binary',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /^二进制文件/,
    ],
  ])('%s is unreadable, with a reason in Chinese', (id, bytes, reason) => {
    const { article, visits, report } = processSeed(seed(id, bytes));
    expect(article).toBeNull();
    expect(visits).toEqual([]);
    expect(report.status).toBe('unreadable');
    expect(report.reason).toMatch(reason);
  });

  test('a file refused when read is unreadable with that reason; its meta is still checked', () => {
    const refused = {
      ...seed('big', new Uint8Array(), 'published: 2025-02-30\n'),
      refused: '太大',
    };
    const { article, report } = processSeed(refused);
    expect(article).toBeNull();
    expect([report.status, report.reason]).toEqual(['unreadable', '太大']);
    expect(report.warnings.map((w) => w.message).join()).toContain('published 不是有效日期');
  });

  test('a meta file that could not be read is a warning', () => {
    const { report } = processSeed({ ...seed('a', ARTICLE), metaError: 'meta.yaml 无法读取' });
    expect(report.status).toBe('ok');
    expect(report.warnings.map((w) => w.message)).toEqual(['meta.yaml 无法读取']);
  });
});

describe('[process-seed] nothing is lost', () => {
  test('a title from meta.yaml keeps the headline it replaces as the original title', () => {
    const { article } = processSeed(seed('a', ARTICLE, 'title: 盐城赴苏州\n'));
    expect(article?.title).toBe('盐城赴苏州');
    expect(article?.originalTitle).toBe('盐城市党政代表团赴苏州学习考察');
  });

  test('… and in the boilerplate when the text has an original title (原标题) too', () => {
    const text = ARTICLE.replace('\n', '\n原标题：盐城考察\n');
    const { article } = processSeed(seed('a', text, 'title: 盐城赴苏州\n'));
    expect(article?.originalTitle).toBe('盐城考察');
    expect(article?.boilerplate[0]).toBe('盐城市党政代表团赴苏州学习考察');
  });

  test('the same title in meta.yaml and text is one title', () => {
    const { article } = processSeed(seed('a', ARTICLE, 'title: 盐城市党政代表团赴苏州学习考察\n'));
    expect(article?.originalTitle).toBeNull();
    expect(article?.boilerplate).toEqual([]);
  });
});

describe('[process-seed] the page path', () => {
  test('a file name with spaces gives a valid URL path', () => {
    expect(processSeed(seed('昆山 考察', ARTICLE)).article?.url).toBe('/articles/昆山%20考察/');
  });
});
