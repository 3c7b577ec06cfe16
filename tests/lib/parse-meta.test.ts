import { describe, expect, test } from 'vitest';
import { isValidIsoDate, parseMeta } from '../../scripts/lib/parse-meta';

describe('[parse-meta] curator metadata', () => {
  test('reads the known fields', () => {
    const { meta, warnings } = parseMeta(
      'url: https://example.org/a\noutlet: 澎湃新闻\npublished: 2025-03\ntitle: 标题\nnote: 说明\n',
    );
    expect(meta).toEqual({
      url: 'https://example.org/a',
      outlet: '澎湃新闻',
      published: '2025-03',
      title: '标题',
      note: '说明',
    });
    expect(warnings).toEqual([]);
  });

  test('a year written as a number is a year', () => {
    expect(parseMeta('published: 2025\n').meta.published).toBe('2025');
  });

  test('no meta file is no meta and no warning', () => {
    expect(parseMeta(null).warnings).toEqual([]);
  });

  test.each([
    ['published: [2025\n', '不是有效的 YAML'],
    ['- a\n- b\n', '应是键值对'],
    ['published: 2025-02-30\n', 'published 不是有效日期'],
    ['published: 2025-13\n', 'published 不是有效日期'],
    ['url: "javascript:alert(1)"\n', 'url 不是 http(s) 地址'],
    ['colour: red\n', '未知字段'],
  ])('%j warns: %s', (source, message) => {
    const { meta, warnings } = parseMeta(source);
    expect(warnings.join('\n')).toContain(message);
    expect(meta.url).toBeNull();
    expect(meta.published).toBeNull();
  });

  test.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025', true],
    ['2025-00', false],
    ['25-01-01', false],
  ])('isValidIsoDate(%s) is %s', (s, ok) => {
    expect(isValidIsoDate(s)).toBe(ok);
  });
});
