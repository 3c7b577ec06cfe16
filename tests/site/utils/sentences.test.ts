import { describe, expect, test } from 'vitest';
import { isFurniture } from '../../../src/utils/furniture';
import { locateSentence, sentenceId, splitSentences } from '../../../src/utils/sentences';

describe('[sentences] splits a paragraph into sentences', () => {
  test.each([
    ['甲市考察乙市。丙县接待。', ['甲市考察乙市。', '丙县接待。']],
    ['他说：“要学。”随后离开！', ['他说：“要学。”', '随后离开！']],
    ['一是抓产业；二是抓人才', ['一是抓产业；', '二是抓人才']],
    ['看什么？学什么？', ['看什么？', '学什么？']],
    ['没有句号', ['没有句号']],
    ['真的吗？！是的。', ['真的吗？！', '是的。']],
    ['', []],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
    expect(splitSentences(text).join('')).toBe(text);
  });
});

describe('[sentences] anchors and lookup', () => {
  test('anchor counts from 1: p3-s2', () => {
    expect(sentenceId(2, 1)).toBe('p3-s2');
  });

  const paragraphs = ['甲市代表团出发。记者 王某', '此行由张三带队。张三说，要学。', '张三又说。'];

  test('the first sentence holding a needle, preferred paragraphs first', () => {
    expect(locateSentence(['张三'], paragraphs)).toEqual({
      paragraph: 1,
      sentence: 0,
      text: '此行由张三带队。',
    });
    expect(locateSentence(['张三'], paragraphs, [2])).toEqual({
      paragraph: 2,
      sentence: 0,
      text: '张三又说。',
    });
  });

  test('no needle, or no sentence holding it: null', () => {
    expect(locateSentence([], paragraphs)).toBeNull();
    expect(locateSentence([''], paragraphs)).toBeNull();
    expect(locateSentence(['李四'], paragraphs)).toBeNull();
  });

  test('skipped sentences are never chosen, the next one is', () => {
    const text = ['记者 王某报道。王某参加座谈。'];
    expect(locateSentence(['王某'], text, [], isFurniture)?.sentence).toBe(1);
  });
});

describe('[furniture] page furniture is never evidence', () => {
  test.each([
    '上一页 1 2 下一页',
    '第2页 共3页',
    '2020年04月12日16:58 来源：某报',
    '2025-03-01 09:30',
    '记者 王某 通讯员 李某',
    '责任编辑：赵某',
    '（来源：某市融媒体中心）',
  ])('furniture: %s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  test.each([
    '4月7日至10日，甲市党政代表团赴乙市考察。',
    '记者跟随代表团一行深入示范乡村。',
    '文化旅游合作开发。',
    '2020年4月，甲市代表团来访。',
  ])('report: %s', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});
