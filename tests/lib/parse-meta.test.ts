import { describe, expect, test } from 'vitest';
import {
  isFutureDate,
  isValidIsoDate,
  MAX_YAML_ALIASES,
  parseMeta,
} from '../../scripts/lib/parse-meta';

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

describe('[parse-meta] hostile meta files', () => {
  const TODAY = new Date('2026-06-15T12:00:00Z');

  test('a YAML alias bomb is not expanded', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'title: 标题',
      '',
    ].join('\n');
    expect(parseMeta(bomb)).toEqual({
      meta: { url: null, outlet: null, published: null, title: null, note: null },
      warnings: [
        `meta.yaml 用了过多的 YAML 别名（超过 ${MAX_YAML_ALIASES} 个，展开会耗尽内存），已忽略`,
      ],
    });
  });

  test('an alias or two is fine', () => {
    expect(parseMeta('outlet: &o 乙市日报\nnote: *o\n').meta.note).toBe('乙市日报');
  });

  test.each([
    ['ftp://example.org/a', '是 ftp 地址，不是网页'],
    ['file:///etc/passwd', '是 file 地址，不是网页'],
    ['data:text/html,<script>x</script>', '是 data 地址，不是网页'],
    ['mailto:a@example.org', '是 mailto 地址，不是网页'],
    ['javascript:alert(1)', '是 javascript 地址，不是网页'],
    ['https://user:pw@example.org/', '含有用户名或密码'],
    ['//example.org/a', '不是有效的网址'],
    ['example.org', '不是有效的网址'],
  ])('the url %j is reported by name and not used: %s', (url, why) => {
    const { meta, warnings } = parseMeta(`url: "${url}"\n`, TODAY);
    expect(meta.url).toBeNull();
    expect(warnings).toEqual([`meta.yaml 的 url 不是 http(s) 地址（${why}），已忽略：${url}`]);
  });

  test.each(['https://example.org/a?b=1#c', 'http://例子.中国/新闻'])(
    '%s is a web address',
    (url) => {
      expect(parseMeta(`url: ${url}\n`, TODAY)).toMatchObject({ meta: { url }, warnings: [] });
    },
  );

  test.each([
    ['2026-06-16', true],
    ['2026-07', true],
    ['2027', true],
    ['2026-06-15', false],
    ['2026-06', false],
    ['2026', false],
    ['2025-12-31', false],
  ])('published %s is in the future: %s', (date, future) => {
    expect(isFutureDate(date, TODAY)).toBe(future);
    const { meta, warnings } = parseMeta(`published: ${date}\n`, TODAY);
    expect(meta.published).toBe(future ? null : date);
    expect(warnings).toEqual(
      future ? [`meta.yaml 的 published 是未来的日期，已忽略：${date}`] : [],
    );
  });

  test('invisible characters in a value are removed, and said', () => {
    const { meta, warnings } = parseMeta('title: "甲\\u200b市\\u202e考察"\n', TODAY);
    expect(meta.title).toBe('甲市考察');
    expect(warnings).toEqual(['meta.yaml 的 title 含不可见字符 2 个，已删去']);
  });

  test('a value that is no text is reported, not used', () => {
    expect(parseMeta('title: [a, b]\noutlet: {x: 1}\n', TODAY).warnings).toEqual([
      'meta.yaml 的 outlet 不是文字，已忽略',
      'meta.yaml 的 title 不是文字，已忽略',
    ]);
  });
});
