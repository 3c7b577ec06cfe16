import { describe, expect, test } from 'vitest';
import { findPlaces } from '../../scripts/extract/places';

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
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
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
