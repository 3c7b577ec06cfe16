import { describe, expect, test } from 'vitest';
import {
  findArticlePlaces,
  findPlaces,
  placeResolver,
  placesNamed,
  resolvePlace,
} from '../../scripts/extract/places';
import type { Place } from '../../src/schemas';

const place = (name: string): Place => {
  const p = resolvePlace(name);
  if (!p) throw new Error(`no place ${name}`);
  return p;
};
const parentIn = (text: string, seen: string[]) =>
  findPlaces(text, { seen: seen.map(place) }).map((m) =>
    m.places.map((p) => `${p.name}/${p.parent}`).join(),
  );

describe('[places] ambiguous names resolved by context', () => {
  test.each([
    ['通州区', ['南通市'], ['通州区/南通市']],
    ['通州区', ['北京市'], ['通州区/北京市']],
    ['通州区', [], ['通州区/北京市']],
    ['通州', ['南通市'], ['通州区/南通市']],
    ['鼓楼区', ['福州市'], ['鼓楼区/福州市']],
    ['鼓楼区', ['开封市'], ['鼓楼区/开封市']],
    ['鼓楼区', [], ['鼓楼区/南京市']],
    ['朝阳区', ['吉林省'], ['朝阳区/长春市']],
    ['吉林', [], ['吉林省/null']],
    ['海南', [], ['海南省/null']],
    ['长沙县和长沙', [], ['长沙县/长沙市', '长沙市/湖南省']],
    ['靖江园区', ['泰州市'], ['靖江市/泰州市']],
  ])('%s with %j seen → %j', (text, seen, expected) => {
    expect(parentIn(text, seen)).toEqual(expected);
  });

  test('a later paragraph settles an earlier name (two passes over the article)', () => {
    const found = findArticlePlaces(['代表团来到鼓楼区。', '福州是福建省会。']);
    expect(found[0]?.[0]?.places[0]?.parent).toBe('福州市');
  });

  test('a county short name is read where the article names its region', () => {
    const text = '全市对标吴江';
    expect(findArticlePlaces([text])[0]).toEqual([]);
    expect(findArticlePlaces([text, '苏州市委书记讲话'])[0]?.[0]?.places[0]?.name).toBe('吴江区');
  });

  test.each([
    [['代表团抵达临夏。', '临夏市委书记陪同考察。'], '临夏市'],
    [['代表团抵达临夏。', '临夏州委书记陪同考察。'], '临夏回族自治州'],
    [['代表团抵达临夏。', '临夏州、临夏市负责同志陪同。'], '临夏回族自治州'],
    [['代表团抵达临夏。'], '临夏回族自治州'],
    [['代表团抵达濮阳。', '濮阳县委书记陪同考察。'], '濮阳县'],
    [['代表团抵达濮阳。'], '濮阳市'],
    [['代表团抵达阿克苏。', '考察了阿克苏市民中心。'], '阿克苏地区'],
  ])(
    'a short name shared with the place it lies in: %j → %s (the one written in full, else the larger)',
    (paragraphs, expected) => {
      expect(findArticlePlaces(paragraphs)[0]?.[0]?.places[0]?.name).toBe(expected);
    },
  );

  test('placesNamed lists places and qualifiers once, in order', () => {
    const names = placesNamed(findPlaces('长沙望城区、湖北仙桃市和望城')).map((p) => p.name);
    expect(names).toEqual(['长沙市', '望城区', '湖北省', '仙桃市']);
  });
});

describe('[places] resolvePlace for titles', () => {
  test.each([
    ['江阴市', '江阴市', '无锡市'],
    ['吴江区', '吴江区', '苏州市'],
    ['南通', '南通市', '江苏省'],
    ['金华市', '金华市', '浙江省'],
    ['江苏省', '江苏省', null],
    ['北京朝阳', '朝阳区', '北京市'],
    ['长沙望城区', '望城区', '长沙市'],
    ['恩施州', '恩施土家族苗族自治州', '湖北省'],
    ['纽约', '纽约', null],
  ])('%s → %s (parent %s)', (surface, name, parent) => {
    expect(resolvePlace(surface)).toMatchObject({ name, parent });
  });

  test.each([[''], ['市'], ['无锡市委'], ['华润集团']])('%j → null', (surface) => {
    expect(resolvePlace(surface)).toBeNull();
  });

  test('a weak short name resolves in a title with its context', () => {
    const resolve = placeResolver({ seen: [place('武汉市')] });
    expect(resolve('青山')).toMatchObject({ name: '青山区', parent: '武汉市' });
    expect(resolve('通州区')).toMatchObject({ parent: '北京市' });
    expect(placeResolver({ seen: [place('南通市')] })('通州区')).toMatchObject({
      parent: '南通市',
    });
  });
});
