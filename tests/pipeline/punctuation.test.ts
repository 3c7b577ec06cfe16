import { describe, expect, test } from 'vitest';
import { widenPunctuation } from '../../scripts/pipeline/punctuation';

describe('[punctuation] half-width marks in Chinese text become full-width', () => {
  test.each([
    ['上周,昆山', '上周，昆山'],
    ['答案是:万亿城市。', '答案是：万亿城市。'],
    ['赴深圳、东莞开展考察对接;无锡', '赴深圳、东莞开展考察对接；无锡'],
    ['看什么?学什么?', '看什么？学什么？'],
    // A ? that closes no question between Han characters is a lost character: it stays.
    ['制造业高质?发展经验', '制造业高质?发展经验'],
    ['邓伟雄会?代表团一行,副市长', '邓伟雄会?代表团一行，副市长'],
    ['一路向南!南通', '一路向南！南通'],
    ['陈丽艳(中)在深圳', '陈丽艳（中）在深圳'],
    ['“北京西路瞭望”(微信号:xhrbbjxllw)注意到', '“北京西路瞭望”（微信号：xhrbbjxllw）注意到'],
    ['乐聚(苏州)机器人', '乐聚（苏州）机器人'],
    ['采用VR(虚拟现实)技术', '采用VR（虚拟现实）技术'],
    ['同比增长8.3%,占比', '同比增长8.3%，占比'],
    ['5126亿元,成为', '5126亿元，成为'],
    ['“昆山发布”,市委书记', '“昆山发布”，市委书记'],
    ['统计数据显示, 2017年', '统计数据显示，2017年'],
    ['靖江园区 , 3年后', '靖江园区，3年后'],
    ['(责编:朱殿平、张鑫)', '（责编：朱殿平、张鑫）'],
    ['10个县(市、区)', '10个县（市、区）'],
    ['苏州(Suzhou)', '苏州（Suzhou）'],
    ['书记市长这一周|非常时期,看“学霸班”', '书记市长这一周|非常时期，看“学霸班”'],
    ['(中）混用', '（中）混用'],
  ])('%s → %s', (input, output) => {
    expect(widenPunctuation(input)).toBe(output);
  });
});

describe('[punctuation] numbers and Latin stay', () => {
  test.each([
    '完善“2+6+X”产业布局',
    '实现地区生产总值5126亿元',
    '贡献了全市70%以上的税收',
    '首次全程采用VR技术',
    '2020年04月12日16:58',
    '共1,000家企业',
    'Hello, world: (a) test!',
    '1.2万亿元',
    '1. 义乌如何为企业降成本',
    'ICV (International Consulting)',
    '',
  ])('%s', (text) => {
    expect(widenPunctuation(text)).toBe(text);
  });
});
