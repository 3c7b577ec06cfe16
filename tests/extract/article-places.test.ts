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

  test('outsideNames keeps what lies outside names and bylines', () => {
    const text = '许海东说，海东很美。';
    const mentions = [
      { start: 1, end: 3 },
      { start: 5, end: 7 },
    ];
    expect(outsideNames(text, mentions, [{ name: '许海东' }])).toEqual([{ start: 5, end: 7 }]);
  });
});
