import { describe, expect, test } from 'vitest';
import {
  changedChars,
  convertScript,
  detectScript,
  findOtherScript,
} from '../../scripts/pipeline/convert-script';
import { toSimplified } from '../../scripts/pipeline/opencc';

const TRADITIONAL =
  '南通市委書記徐惠民、市長王暉帶隊，江蘇南通黨政代表團跨過長江，赴蘇州考察學習。';
const SIMPLIFIED = '南通市委书记徐惠民、市长王晖带队，江苏南通党政代表团跨过长江，赴苏州考察学习。';

describe('[convert-script] detection', () => {
  test.each([
    [TRADITIONAL, 'traditional'],
    [SIMPLIFIED, 'simplified'],
    ['代表團', 'traditional'],
    ['昆山 2+6+X GDP', 'simplified'],
    ['', 'simplified'],
    [`${SIMPLIFIED}综合创新实力显著提升。“北京西路瞭望”注意到。`, 'simplified'],
  ])('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('[convert-script] conversion', () => {
  test('traditional text becomes simplified', () => {
    expect(convertScript(TRADITIONAL)).toEqual({ script: 'traditional', text: SIMPLIFIED });
  });

  test('simplified text is left alone, even where the tw preset would change it (显著)', () => {
    const text = `${SIMPLIFIED}实力显著提升，土著居民。`;
    expect(convertScript(text)).toEqual({ script: 'simplified', text });
  });

  test.each([
    ['看著', '看着'],
    ['隨著發展', '随着发展'],
    ['顯著', '显著'],
    ['著名', '著名'],
    ['頭髮', '头发'],
    ['後來', '后来'],
    ['皇后', '皇后'],
    ['臺灣', '台湾'],
    ['綫路', '线路'],
    ['乾燥', '干燥'],
    ['乾縣', '乾县'],
    ['乾县', '乾县'],
    ['乾安縣', '乾安县'],
    ['乾安县', '乾安县'],
    ['乾隆', '乾隆'],
    ['卓著', '卓著'],
    ['一目瞭然', '一目了然'],
  ])('toSimplified: %s → %s', (input, output) => {
    expect(toSimplified(input)).toBe(output);
  });
});

describe('[convert-script] characters of either script', () => {
  test('changedChars lists what a conversion changes, in order', () => {
    expect(changedChars('代表團赴蘇州', toSimplified)).toEqual(['團', '蘇']);
  });

  test('simplified-only forms in traditional text', () => {
    expect(findOtherScript('先后赴蘇州，一口氣干個10年，精准', 'traditional')).toEqual([
      '后',
      '干',
      '准',
    ]);
  });

  test('characters that are traditional too are not counted: 周, 了, 制', () => {
    expect(findOtherScript('一周了，制造', 'traditional')).toEqual([]);
  });

  test('traditional characters in simplified text, without the Taiwan-only rules', () => {
    expect(findOtherScript('代表團显著提升', 'simplified')).toEqual(['團']);
  });
});
