import { describe, expect, test } from 'vitest';
import { jsonArrayPieces, toArticleExport, toJsonFile } from '../../../src/utils/export-json';
import { articleRecord } from '../../support/article-record';

const record = articleRecord('004', ['甲'], {
  title: '启东',
  script: 'traditional',
  original: '甲(jiǎ)',
  editors: ['乙'],
  note: '注',
});

describe('[export-json] writes the exports', () => {
  test('a record a line, compact inside, and a trailing newline; valid JSON', () => {
    const file = toJsonFile([{ a: 1, b: ['甲', null] }, { a: 2 }]);
    expect(file).toBe('[\n{"a":1,"b":["甲",null]},\n{"a":2}\n]\n');
    expect(JSON.parse(file)).toEqual([{ a: 1, b: ['甲', null] }, { a: 2 }]);
  });

  test('no record: an empty array', () => {
    expect(toJsonFile([])).toBe('[]\n');
  });

  test.each([
    ['no item', []],
    ['one item', [{ a: 1 }]],
    ['nested items and text with line breaks', [{ a: [1, { b: '甲\n乙' }] }, 'x', null, [], {}]],
  ])('written piece by piece: the records back as they were (%s)', (_, items) => {
    expect(JSON.parse([...jsonArrayPieces(items)].join(''))).toEqual(items);
  });

  test("keeps only ArticleSchema's keys, in its order", () => {
    expect(Object.keys(toArticleExport(record))).toEqual([
      'id',
      'title',
      'originalTitle',
      'outlet',
      'byline',
      'published',
      'script',
      'url',
      'sourceUrl',
      'paragraphs',
      'boilerplate',
      'repairs',
      'visits',
      'places',
      'officials',
      'sectors',
    ]);
  });
});
