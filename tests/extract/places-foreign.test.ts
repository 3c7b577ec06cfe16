import { describe, expect, test } from 'vitest';
import { findOfficials } from '../../scripts/extract/officials';
import {
  findArticlePlaces,
  findPlaces,
  placeResolver,
  placesNamed,
} from '../../scripts/extract/places';

/** The officials of a short article as [name, title], with its places found as the pipeline finds them. */
function officialsOf(paragraphs: string[]): [string, string][] {
  const found = findArticlePlaces(paragraphs);
  const resolve = placeResolver({ seen: placesNamed(found.flat()) });
  return findOfficials(paragraphs, resolve, { places: found }).map((o) => [o.name, o.title]);
}

const names = (text: string) =>
  findPlaces(text).map((m) => [m.via, m.places.map((p) => p.name).join()]);

describe('[places] foreign places', () => {
  test.each([
    [
      '在量子信息领域，合肥仅次于纽约',
      [
        ['short', '合肥市'],
        ['foreign', '纽约'],
      ],
    ],
    [
      '赴德国、法国考察',
      [
        ['foreign', '德国'],
        ['foreign', '法国'],
      ],
    ],
    [
      '新加坡和印尼雅加达',
      [
        ['foreign', '新加坡'],
        ['foreign', '印度尼西亚'],
        ['foreign', '雅加达'],
      ],
    ],
    ['罗马尼亚客商', [['foreign', '罗马尼亚']]],
    ['美国硅谷', [['foreign', '美国']]],
    ['河内蒙古', [['short', '内蒙古自治区']]],
    ['延边朝鲜族自治州', [['full', '延边朝鲜族自治州']]],
    ['印度洋沿岸', []],
    ['朝鲜族群众', []],
    ['“东方巴黎”', []],
    // A city written after its country, listed or not: the city, not the country.
    ['访问韩国昌原市', [['foreign', '昌原市']]],
    ['应日本北九州市邀请', [['foreign', '北九州']]],
    ['日本主要城市', [['foreign', '日本']]],
    ['日本企业上市', [['foreign', '日本']]],
    ['德国企业市场', [['foreign', '德国']]],
    // A long transcribed name, and a region of the country between it and the city.
    ['出访俄罗斯哈巴罗夫斯克市', [['foreign', '哈巴罗夫斯克市']]],
    ['应俄罗斯滨海边疆区符拉迪沃斯托克市政府邀请', [['foreign', '符拉迪沃斯托克市']]],
    ['访问韩国京畿道水原市', [['foreign', '水原市']]],
    ['俄罗斯远东地区城市', [['foreign', '俄罗斯']]],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test('a city first named after its country is named again alone (昌原市, 昌原)', () => {
    const found = findArticlePlaces([
      '大连市代表团访问韩国昌原市。',
      '昌原市市长会见代表团。昌原与大连隔海相望。',
    ]);
    expect(found[1]?.map((m) => [m.surface, m.places[0]?.name])).toEqual([
      ['昌原市', '昌原市'],
      ['昌原', '昌原市'],
      ['大连', '大连市'],
    ]);
  });

  test('a foreign city named before its mayor is the place of the title (哈巴罗夫斯克市市长X)', () => {
    const officials = officialsOf([
      '市委书记王某率团访问俄罗斯哈巴罗夫斯克市。',
      '哈巴罗夫斯克市市长谢尔盖·伊万诺夫会见了代表团。',
    ]);
    expect(officials).toContainEqual(['谢尔盖·伊万诺夫', '哈巴罗夫斯克市市长']);
  });

  test('a foreign place has level foreign, no code, city coordinates', () => {
    const [m] = findPlaces('纽约');
    expect(m?.places[0]).toEqual({
      name: '纽约',
      level: 'foreign',
      parent: null,
      province: null,
      code: null,
      lat: 40.7,
      lon: -74,
    });
  });
});
