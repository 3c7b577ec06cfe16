import { describe, expect, test } from 'vitest';
import { extractArticle, outsideNames } from '../../scripts/lib/extract-article';

const placesOf = (paragraphs: string[]) =>
  extractArticle('test', paragraphs, '2025-11-15', { outlet: null, byline: null }).places.map(
    (p) => p.name,
  );

describe('[places] what looks like a place but is none', () => {
  test('a place inside an official’s name (许海东, 韩国平)', () => {
    expect(
      placesOf([
        '江苏省委书记张三，省委副书记、省长许海东会见代表团一行。',
        '青海省领导韩国平随同考察。许海东介绍了江苏发展情况。',
      ]),
    ).toEqual(['江苏省', '青海省']);
  });

  test('a reporter’s or correspondent’s name in the byline’s brackets (通讯员 杭宣)', () => {
    expect(placesOf(['本报讯（记者 黄丽 通讯员 杭宣）11月20日，代表团来到嘉兴。'])).toEqual([
      '嘉兴市',
    ]);
  });

  test.each([
    // A two-character official's name that is a county's (黄平县).
    [['会上，州委常委、州委秘书长黄平通报了工作情况。'], []],
    // Abbreviations (京津冀, 长三角) name no place of the article.
    [['沧州市代表团来营口考察，服务京津冀协同发展。'], ['沧州市', '营口市']],
    // Ordinary words: 和县 of 乡镇和县直部门, 全州 of 全州各族群众.
    [['部分乡镇和县直部门负责同志随团学习。'], []],
    [['州委书记代表全州各族群众表示感谢。'], []],
    // …but 和县 after its parent, 城东区 where the article names its city.
    [['代表团赴安徽省马鞍山市和县考察。'], ['安徽省', '马鞍山市', '和县']],
    [
      ['西宁市党政代表团赴上海考察。', '城东区、城西区负责同志随团考察。'],
      ['西宁市', '上海市', '城东区', '城西区'],
    ],
  ])('%j → %j', (paragraphs, places) => {
    expect(placesOf(paragraphs)).toEqual(places);
  });

  test('outsideNames keeps what lies outside names and bylines', () => {
    const text = '许海东说，海东很美。';
    const mentions = [
      { start: 1, end: 3 },
      { start: 5, end: 7 },
    ];
    expect(outsideNames(text, mentions, [{ name: '许海东' }])).toEqual([{ start: 5, end: 7 }]);
  });
});
