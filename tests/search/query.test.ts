/** [query] normalizing and splitting what the user typed. */
import { describe, expect, test } from 'vitest';
import { normalizeQuery, parseQuery } from '../../src/scripts/search/query';

describe('[query] normalizeQuery', () => {
  test.each([
    ['  昆山  ', '昆山'],
    ['无锡\u3000 跨江融合发展', '无锡 跨江融合发展'],
    ['ＡＩ　产业', 'AI 产业'],
    ['２０２５年', '2025年'],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeQuery(raw)).toBe(normalized);
  });
});

describe('[query] parseQuery', () => {
  test.each([
    ['昆山', '昆山', [{ text: '昆山', quoted: false }]],
    [
      '无锡 跨江融合发展',
      '无锡 跨江融合发展',
      [
        { text: '无锡', quoted: false },
        { text: '跨江融合发展', quoted: false },
      ],
    ],
    ['"最强县级市"', '最强县级市', [{ text: '最强县级市', quoted: true }]],
    ['“最强县级市”', '最强县级市', [{ text: '最强县级市', quoted: true }]],
    ['「跨江融合」', '跨江融合', [{ text: '跨江融合', quoted: true }]],
    [
      '无锡 "跨江 融合"',
      '无锡 跨江 融合',
      [
        { text: '无锡', quoted: false },
        { text: '跨江 融合', quoted: true },
      ],
    ],
    [
      '无锡"跨江融合"',
      '无锡 跨江融合',
      [
        { text: '无锡', quoted: false },
        { text: '跨江融合', quoted: true },
      ],
    ],
    ['"昆山', '昆山', [{ text: '昆山', quoted: false }]],
    ['""', '', []],
    ['', '', []],
  ])('%j → %j', (query, text, terms) => {
    expect(parseQuery(query)).toEqual({ text, terms });
  });
});
