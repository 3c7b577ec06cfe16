import { describe, expect, test } from 'vitest';
import { homeLevel, homeOfHeader, homeOfText } from '../../scripts/extract/home-place';
import { findArticlePlaces } from '../../scripts/extract/places';

const home = (paragraphs: string[]) => homeOfText(paragraphs, findArticlePlaces(paragraphs));

describe('[home-place] a host city’s own report', () => {
  test.each([
    ['揭阳市党政代表团来我区考察', '区'],
    ['代表团到我市调研', '市'],
    ['一行来本县考察', '县'],
    ['安康市党政代表团莅临我市考察', '市'],
  ])('%s says 来我%s', (text, level) => {
    expect(homeLevel(text)).toBe(level);
  });

  test('a provincial paper whose name says only its province is at home there', () => {
    expect(homeOfHeader(['浙江日报'], findArticlePlaces)?.name).toBe('浙江省');
  });

  test('the outlet or byline names the home place (not a province)', () => {
    expect(homeOfHeader(['南通日报'], findArticlePlaces)?.name).toBe('南通市');
    expect(homeOfHeader(['江苏新闻', '昆山市融媒体中心记者 张三'], findArticlePlaces)?.name).toBe(
      '昆山市',
    );
    expect(homeOfHeader(['新华社'], findArticlePlaces)).toBeNull();
    expect(homeOfHeader([], findArticlePlaces)).toBeNull();
  });

  test('else the place of that level the text names most, leaving out the visitors', () => {
    const place = home([
      '揭阳市党政代表团来我区考察，区委书记林某陪同。',
      '代表团来到深圳湾科技生态园。',
      '林某介绍了南山区经济社会发展情况，欢迎揭阳市客人。',
    ]);
    expect([place?.name, place?.parent]).toEqual(['南山区', '深圳市']);
  });

  test('a 市 may be a county-level city; the delegation’s own city is no home', () => {
    expect(
      home(['盐城市党政代表团来我市考察。', '代表团参观了昆山开发区。', '昆山市领导陪同。'])?.name,
    ).toBe('昆山市');
  });

  test('no 来我X, no home from the text', () => {
    expect(home(['南山区代表团赴昆山市考察。'])).toBeNull();
  });
});
