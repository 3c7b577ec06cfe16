import { describe, expect, test } from 'vitest';
import { alignOriginal } from '../../../src/utils/align-original';

const rows = (original: string, paragraphs: string[], t2s?: (s: string) => string) =>
  alignOriginal(original, paragraphs, t2s).map((r) => [r.paragraph, r.original]);

describe('[align-original] the original, line by line, beside its paragraphs', () => {
  test('lines broken mid-sentence go to the paragraph they were joined into; banners stand apart', () => {
    const original = [
      '点击蓝字关注我们',
      '无锡市党政代表团赴南通',
      '考察学习。',
      '',
      '代表团参观了企业。',
      '分享到微信',
    ].join('\n');
    expect(rows(original, ['无锡市党政代表团赴南通考察学习。', '代表团参观了企业。'])).toEqual([
      [null, ['点击蓝字关注我们']],
      [0, ['无锡市党政代表团赴南通', '考察学习。']],
      [1, ['代表团参观了企业。']],
      [null, ['分享到微信']],
    ]);
  });

  test('traditional text with pinyin matches once simplified', () => {
    const t2s = (s: string) =>
      s.replace('團', '团').replace('無錫', '无锡').replace('學習', '学习');
    expect(rows('無錫代表團(tuán)學習考察', ['无锡代表团学习考察'], t2s)).toEqual([
      [0, ['無錫代表團(tuán)學習考察']],
    ]);
  });

  test('every line is kept in order, every paragraph has a row', () => {
    const got = alignOriginal('甲乙丙丁\n戊己庚辛', ['甲乙丙丁', '子丑寅卯', '戊己庚辛']);
    expect(got.map((r) => r.paragraph)).toEqual([0, 1, 2]);
    expect(got.flatMap((r) => r.original)).toEqual(['甲乙丙丁', '戊己庚辛']);
  });
});
