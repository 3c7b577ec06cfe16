import { describe, expect, test } from 'vitest';
import { detectDamage } from '../../scripts/pipeline/detect-damage';

const kinds = (text: string): string[] => detectDamage(text).map((i) => i.kind);

describe('[detect-damage] characters lost to ? and U+FFFD', () => {
  test.each([
    ['a run of ?', '同属上??大都市圈'],
    ['a cluster ?!?', '同屬上?!?+8”大都市圈'],
    ['a lone ? in no question', '昆山市委书?陈丽艳带队考察'],
    ['U+FFFD', '昆山市委书\uFFFD陈丽艳'],
    ['U+FFFD at the very start', '\uFFFD山市委'],
  ])('%s is reported', (_, text) => {
    expect(kinds(text)).toEqual(['damaged-text']);
  });

  test.each([
    ['questions', '看什么?学什么?奔着什么目标而去?'],
    ['traditional question words', '啟東要爭第幾?對標蘇南,跟誰來比?'],
    ['a question at the end of a line', '“尖子生”要取的是什么经?'],
    ['a question before a closing quote', '跟谁来比?”'],
    ['two-character questions', '是谁?是我吗?'],
    ['a question mark in Latin text', 'Why? Because.'],
  ])('%s are not damage', (_, text) => {
    expect(detectDamage(text)).toEqual([]);
  });

  test('the report quotes the damage with its context', () => {
    expect(detectDamage('同屬上?!?+8”大都市圈的核心圈')).toEqual([
      {
        kind: 'damaged-text',
        message: '? standing for characters lost in re-encoding',
        text: '同屬上?!?+8”大',
        paragraph: null,
      },
    ]);
  });
});

describe('[detect-damage] irreversible mojibake', () => {
  test.each([
    ['锟斤拷', '代表团锟斤拷考察'],
    ['UTF-8 shown as Latin-1', '代表团 Ã¤Â¸Â 考察'],
    ['a private-use character', '代表团\ue000考察'],
  ])('%s is reported', (_, text) => {
    expect(kinds(text)).toContain('damaged-text');
  });
});

describe('[detect-damage] mixed scripts', () => {
  const simplified =
    '上周，昆山由市委书记陈丽艳带队，赴广东深圳、东莞开展考察对接；无锡市委常委、江阴市委书记许峰，市长王琪率党政企代表团赴上海、苏州、杭州学习考察。江阴是依托乡镇企业实现非农化发展的“苏南模式”发源地之一。';
  const traditional =
    '南通市委書記徐惠民、市長王暉帶隊，幾乎所有市領導參加的江蘇南通黨政代表團跨過長江，先後赴蘇州、無錫和常州等蘇南三市考察學習“走親戚”。';

  test('clean texts of either script are not mixed', () => {
    expect(detectDamage(simplified)).toEqual([]);
    expect(detectDamage(traditional)).toEqual([]);
  });

  test('simplified text keeps 显著 and 瞭望 without a report', () => {
    expect(detectDamage(`${simplified}实力显著提升，“北京西路瞭望”注意到。`)).toEqual([]);
  });

  test('traditional characters in a simplified text are reported', () => {
    const [issue] = detectDamage(`${simplified}代表團學習考察。`);
    expect(issue).toMatchObject({ kind: 'mixed-script', text: '團學習' });
  });

  test('simplified-only forms in a traditional text are reported', () => {
    const [issue] = detectDamage(`${traditional}先后干个10年，精准挂钩。`);
    expect(issue).toMatchObject({ kind: 'mixed-script', text: '后干个准挂钩' });
  });

  test('one or two stray characters are not worth a report', () => {
    expect(detectDamage(`${simplified}代表團。`)).toEqual([]);
  });
});
