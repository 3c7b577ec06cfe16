/** [match] whether a page holds the query intact, and the passage that shows it. */
import { describe, expect, test } from 'vitest';
import {
  containsAll,
  containsChars,
  normalizedContainsAll,
  normalizedContainsChars,
  normalizeForMatch,
} from '../../src/scripts/search/match';

describe('[match] containsAll', () => {
  const page = '昆山作为全国最强县级市，开展“一把手”招商。 New Energy 产业';
  test.each([
    [['最强县级市'], true],
    [['昆山', '招商'], true],
    [['最强县'], true],
    [['最强的县级市'], false],
    [['县级市最强'], false],
    [['new energy'], true],
    [['ＮＥＷ'], true],
    [['昆山', '无锡'], false],
    [[], true],
  ])('%j → %s', (terms, holds) => {
    expect(containsAll(page, terms)).toBe(holds);
    // The same on text normalized once (run-search.ts normalizes each page once).
    expect(normalizedContainsAll(normalizeForMatch(page), terms)).toBe(holds);
  });

  test('a space Pagefind puts between blocks does not split a Chinese phrase', () => {
    expect(normalizeForMatch('跨江 融合. 发展')).toBe('跨江融合.发展');
    expect(containsAll('隔江相望 跨江 融合', ['跨江融合'])).toBe(true);
  });
});

describe('[match] containsChars', () => {
  test.each([
    ['全国最强的县级市', ['最强县级市'], true],
    ['企业家', ['企鹅'], false],
    ['2+6+X 产业', ['xyzzy'], false],
    ['无锡市 跨江 融合发展', ['无锡', '跨江融合发展'], true],
    ['昆山', ['"昆山"'], true],
  ])('%s holds the characters of %j: %s', (text, terms, holds) => {
    expect(containsChars(text, terms)).toBe(holds);
  });
});

describe('[match] on normalized text', () => {
  test('the characters apart, as containsChars', () => {
    const text = normalizeForMatch('最 强 的 县');
    expect(normalizedContainsChars(text, ['最强县'])).toBe(true);
    expect(normalizedContainsChars(text, ['最强市'])).toBe(false);
  });
});
