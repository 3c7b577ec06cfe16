/** What web pages leave around a report (invented lines of the shapes found): set aside, never the headline, damage reported. */
import { describe, expect, test } from 'vitest';
import { detectDamage } from '../../scripts/pipeline/detect-damage';
import { cutHeadline, isHeadline } from '../../scripts/pipeline/find-title';
import { repairLineMarkers } from '../../scripts/pipeline/repair-line-markers';
import { splitBoilerplate, splitGluedHeading } from '../../scripts/pipeline/split-boilerplate';

describe('[web chrome] headlines', () => {
  test('a dateline or a caption in brackets is no headline', () => {
    expect(isHeadline('某某网甲市6月29日电 6月28日傍晚，乙')).toBe(false);
    expect(isHeadline('（考察某某蔬菜基地）')).toBe(false);
    expect(isHeadline('甲市党政代表团赴乙市考察')).toBe(true);
  });
  test('the page’s date, source and site name are cut from the headline line', () => {
    expect(cutHeadline('甲区党政代表团赴乙市学习考察 2025-05-22 来源：甲区人民政府')).toEqual([
      '甲区党政代表团赴乙市学习考察',
      '2025-05-22 来源：甲区人民政府',
    ]);
    expect(cutHeadline('访问团抵达深圳-某某商报')[0]).toBe('访问团抵达深圳');
  });
});

describe('[web chrome] lines set aside', () => {
  const text = [
    '甲市代表团赴乙市考察',
    '时间：2020-11-16 09:08:28 来源：某某日报 返回首页',
    '- 录入人：某某镇人民政府 - 浏览次数：',
    '[复制链接]',
    '摘要：11月21日，甲市代表团来乙市考察对接协作工作，并召开座谈交流会。',
    '| 11月21日，甲市代表团来乙市考察对接协作工作，并召开座谈交流会。 |',
    '现场照片02.jpg',
    '" />',
    '本篇文章共有1页',
  ].join('\n');
  const split = splitBoilerplate(text);
  test('only the text stays, once, without table marks', () => {
    expect(split.title).toBe('甲市代表团赴乙市考察');
    expect(split.body).toEqual(['11月21日，甲市代表团来乙市考察对接协作工作，并召开座谈交流会。']);
  });
  test('the header fields become facts', () => {
    expect(split.facts.outlet).toBe('某某日报');
    expect(split.facts.published).toBe('2020-11-16');
  });
  test('nothing is lost: every other line is kept as boilerplate', () => {
    for (const line of ['[复制链接]', '现场照片02.jpg', '本篇文章共有1页'])
      expect(split.boilerplate.join('\n')).toContain(line);
  });
  test('a subheading run into its paragraph becomes a line of its own', () => {
    expect(
      splitGluedHeading(
        '甲州代表团对乙市现代农业等领域进行考察9月15日至16日，甲州州长率团来到乙市。',
      ),
    ).toEqual(['甲州代表团对乙市现代农业等领域进行考察', '9月15日至16日，甲州州长率团来到乙市。']);
    expect(splitGluedHeading('代表团于9月15日，来到乙市。')).toEqual([
      '代表团于9月15日，来到乙市。',
    ]);
  });
});

describe('[web chrome] damage', () => {
  test('??? at every line start is removed and recorded once', () => {
    const { text, repairs } = repairLineMarkers('??? 第一段。\n??? 第二段。\n第三段？');
    expect(text).toBe('第一段。\n第二段。\n第三段？');
    expect(repairs).toHaveLength(1);
  });
  test('a pinyin gloss after a lost character is reported as damage', () => {
    const issues = detectDamage('考察对接?xùn)|西部协作');
    expect(issues.map((i) => i.message)).toContain(
      'a pinyin gloss after a character lost in re-encoding',
    );
  });
});
