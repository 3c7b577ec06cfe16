/** [describe-outcome] the sentence read out after each search. */
import { describe, expect, test } from 'vitest';
import { describeOutcome } from '../../src/scripts/search/describe-outcome';
import type { Hit, SearchOutcome } from '../../src/scripts/search/run-search';

const hit = (exact: boolean | null): Hit => ({
  id: 'x',
  score: 1,
  exact,
  data: null,
  load: async () => ({}) as never,
});
const outcome = (over: Partial<SearchOutcome>): SearchOutcome => ({
  typed: '最强县级市',
  searched: '最强县级市',
  converted: false,
  terms: [{ text: '最强县级市', quoted: false }],
  quoted: false,
  hits: [],
  exactCount: 0,
  checked: 0,
  response: null,
  ...over,
});

describe('[describe-outcome]', () => {
  test.each([
    [
      { hits: [hit(true), hit(true)], exactCount: 2, checked: 2 },
      false,
      '找到 2 条结果，都包含完整的查询词。',
    ],
    [
      { hits: [hit(true), hit(false)], exactCount: 1, checked: 2 },
      false,
      '找到 2 条结果，其中 1 条包含完整的“最强县级市”，排在前面。',
    ],
    [
      { hits: [hit(true), hit(false), hit(null)], exactCount: 1, checked: 2 },
      false,
      '找到 3 条结果，前 2 条中，1 条包含完整的“最强县级市”，排在前面。',
    ],
    [
      { hits: [hit(false)], exactCount: 0, checked: 1 },
      false,
      '没有结果包含完整的“最强县级市”；找到 1 条只包含其中部分字词的结果。',
    ],
    [
      { hits: [hit(false), hit(false), hit(null)], exactCount: 0, checked: 2 },
      false,
      '前 2 条结果都不包含完整的“最强县级市”，只包含其中部分字词；共找到 3 条结果。',
    ],
    [{}, false, '没有找到包含“最强县级市”的结果。'],
    [{}, true, '没有找到包含“最强县级市”的结果（在所选筛选条件下）。'],
    [
      {
        quoted: true,
        terms: [{ text: '最强县级市', quoted: true }],
        hits: [hit(true)],
        exactCount: 1,
        checked: 1,
      },
      false,
      '找到 1 条包含“最强县级市”原样的结果。',
    ],
    [
      {
        typed: '無錫 跨江融合發展',
        searched: '无锡 跨江融合发展',
        converted: true,
        terms: [
          { text: '无锡', quoted: false },
          { text: '跨江融合发展', quoted: false },
        ],
        hits: [hit(true), hit(false)],
        exactCount: 1,
        checked: 2,
      },
      false,
      '已按简体“无锡 跨江融合发展”搜索。找到 2 条结果，其中 1 条包含完整的“无锡”和“跨江融合发展”，排在前面。',
    ],
    [{ terms: [], hits: [hit(null), hit(null)] }, true, '符合筛选条件的页面共 2 个。'],
    [{ terms: [] }, false, ''],
  ] as [Partial<SearchOutcome>, boolean, string][])('%#: %s', (over, filtered, sentence) => {
    expect(describeOutcome(outcome(over), filtered)).toBe(sentence);
  });
});
