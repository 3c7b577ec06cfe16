import { describe, expect, test } from 'vitest';
import { isPinyinOf, stripPinyin } from '../../scripts/pipeline/strip-pinyin';

describe('[strip-pinyin] annotations are removed', () => {
  test.each([
    ['代表團(tuán)', '代表團'],
    ['市長(zhǎng)蔡毅', '市長蔡毅'],
    ['楊中堅(jiān),啟東', '楊中堅,啟東'],
    ['全角括號代表團（tuán）', '全角括號代表團'],
    ['無聲調團(tuan)', '無聲調團'],
    ['數字聲調團(tuan2)', '數字聲調團'],
    ['大寫團(TUÁN)', '大寫團'],
    ['長(cháng)江', '長江'],
    ['綠(lǜ)色', '綠色'],
    ['綠(lv4)色', '綠色'],
    ['綠(lu:)色', '綠色'],
    ['略(lüè)', '略'],
    ['學(xué)習(xí)', '學習'],
    ['區(qū)長(zhǎng)王國(guó)榮(róng)', '區長王國榮'],
    ['呼和浩特(hūhéhàotè)', '呼和浩特'],
    ['呼和浩特(hū hé hào tè)', '呼和浩特'],
    ["西安(xī'ān)", '西安'],
  ])('%s → %s', (input, output) => {
    expect(stripPinyin(input)).toBe(output);
  });
});

describe('[strip-pinyin] real parentheses stay', () => {
  test.each([
    '昆山市委书记陈丽艳(中)在深圳',
    '“北京西路瞭望”(微信号:xhrbbjxllw)注意到',
    '乐聚(苏州)机器人公司',
    '支持昆山旅游度假区和锦(溪)淀(山湖)周(庄)协同一体发展',
    '人工智能(AI)产业',
    '采用VR(虚拟现实)技术',
    '公众号(xhrbbjxllw)',
    '代表團(yuan)',
    '數據中心(IDC)',
    '10个县(市、区)',
    '第一(1)名',
    '代表團()',
  ])('%s', (text) => {
    expect(stripPinyin(text)).toBe(text);
  });
});

describe('[strip-pinyin] isPinyinOf', () => {
  test.each([
    ['團', 'tuán', true],
    ['長', 'chang', true],
    ['長', 'zhang3', true],
    ['長', 'zhāng', false],
    ['長', 'tuán', false],
    ['呼和浩特', 'hūhéhàotè', true],
    ['浩特', 'hàotè', true],
    ['中', 'zhong', true],
    ['中', 'xhrbbjxllw', false],
    ['能', 'ai', false],
  ])('%s (%s): %s', (han, annotation, expected) => {
    expect(isPinyinOf(han, annotation)).toBe(expected);
  });
});
