import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../../src/schemas/article';
import { jsonArrayPieces, toArticleExport, toJsonFile } from '../../../src/utils/export-json';

const record: ArticleRecord = {
  id: '004',
  title: '启东',
  originalTitle: null,
  outlet: null,
  byline: null,
  published: null,
  script: 'traditional',
  url: '/articles/004/',
  sourceUrl: null,
  paragraphs: ['甲'],
  boilerplate: [],
  repairs: [],
  visits: [],
  places: [],
  officials: [],
  sectors: [],
  original: '甲(jiǎ)',
  editors: ['乙'],
  note: '注',
  encoding: 'utf-8',
  titleMade: false,
};

describe('[export-json] writes the exports', () => {
  test('pretty-prints with 2 spaces and a trailing newline', () => {
    expect(toJsonFile([{ a: 1 }])).toBe('[\n  {\n    "a": 1\n  }\n]\n');
  });

  test.each([
    ['no item', []],
    ['one item', [{ a: 1 }]],
    ['nested items and text with line breaks', [{ a: [1, { b: '甲\n乙' }] }, 'x', null, [], {}]],
  ])('written piece by piece, the same characters as in one go (%s)', (_, items) => {
    expect([...jsonArrayPieces(items)].join('')).toBe(toJsonFile(items));
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
