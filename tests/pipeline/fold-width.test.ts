import { describe, expect, test } from 'vitest';
import { foldWidth } from '../../scripts/pipeline/fold-width';

describe('[fold-width] full-width digits and letters become half-width', () => {
  test.each([
    ['２０２５年３月５日', '2025年3月5日'],
    ['增长３．５％', '增长3.5%'],
    ['１６：５８', '16:58'],
    ['２０２５－０３－０１', '2025-03-01'],
    ['３／４', '3/4'],
    ['５Ｇ基站', '5G基站'],
    ['ＧＤＰ总量', 'GDP总量'],
    ['ａｂｃ', 'abc'],
    ['第１０００名', '第1000名'],
  ])('%j → %j', (input, output) => {
    expect(foldWidth(input).text).toBe(output);
  });

  test.each([
    ['Chinese punctuation', '昆山，苏州：（中）！？'],
    ['a full-width dash between words', '甲－乙'],
    ['Han numerals', '三月五日，共三人。'],
    ['half-width text', '2025年3月 GDP 3.5%'],
  ])('%s stays', (_, text) => {
    expect(foldWidth(text).text).toBe(text);
  });

  test('marks stay full-width where they are no part of a number', () => {
    expect(foldWidth('Ａ－Ｂ，３人：甲、乙').text).toBe('A－B，3人：甲、乙');
  });

  test('counts the runs it changed', () => {
    expect(foldWidth('２０２５年３月，ＧＤＰ').folded).toBe(3);
    expect(foldWidth('2025年').folded).toBe(0);
  });
});
