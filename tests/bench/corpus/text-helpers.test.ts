import { describe, expect, test } from 'vitest';
import { leaderTitles, placeAndTitle } from '../../../scripts/bench/corpus/people';
import { createRandom } from '../../../scripts/bench/corpus/random';
import { annotatePinyin, toHalfWidth, toTraditional } from '../../../scripts/bench/corpus/styling';
import { chineseNumber, fill, listNames } from '../../../scripts/bench/corpus/template';

describe('[template] slots, lists, numbers', () => {
  test('fill replaces every slot', () => {
    expect(fill('{a}赴{b}考察', { a: '株洲市党政代表团', b: '义乌' })).toBe(
      '株洲市党政代表团赴义乌考察',
    );
  });

  test('fill throws on a slot without a value', () => {
    expect(() => fill('{a}{b}', { a: 'x' })).toThrow(/\{b\}/);
  });

  test.each([
    [['南通', '泰州'], false, '南通、泰州'],
    [['苏州', '无锡', '常州'], true, '苏州、无锡和常州'],
    [['苏州', '无锡', '常州'], false, '苏州、无锡、常州'],
  ])('listNames(%j, %s) → %s', (names, useHe, expected) => {
    expect(listNames(names, useHe)).toBe(expected);
  });

  test('chineseNumber writes 1 to 10 in Chinese digits', () => {
    expect([1, 3, 10].map(chineseNumber)).toEqual(['一', '三', '十']);
  });
});

describe('[people] titles fit the place', () => {
  test.each([
    ['苏州', '市委书记', '苏州市委书记'],
    ['鼓楼区', '区委书记', '鼓楼区委书记'],
    ['乾县', '县委书记', '乾县县委书记'],
    ['昆山', '市委副书记、市长', '昆山市委副书记、市长'],
  ])('placeAndTitle(%s, %s) → %s', (place, title, expected) => {
    expect(placeAndTitle(place, title)).toBe(expected);
  });

  test.each([
    ['苏州市', '市委书记', '市委副书记、市长'],
    ['汪清县', '县委书记', '县委副书记、县长'],
    ['吴江区', '区委书记', '区委副书记、区长'],
  ])('leaderTitles(%s) starts with %s, %s', (place, first, second) => {
    expect(leaderTitles(place).slice(0, 2)).toEqual([first, second]);
  });
});

describe('[styling] how copied text looks', () => {
  test('toHalfWidth writes commas, colons and question marks half-width', () => {
    expect(toHalfWidth('学什么？来源：人民网，好！')).toBe('学什么?来源:人民网,好!');
  });

  test('toTraditional converts to Taiwan standard forms', () => {
    expect(toTraditional('党政代表团学习考察')).toBe('黨政代表團學習考察');
  });

  test('annotatePinyin adds the reading after converted characters only', () => {
    const out = annotatePinyin(createRandom(1), '代表团', '代表團', 1);
    expect(out).toBe('代表團(tuán)');
  });
});
