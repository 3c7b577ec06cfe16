import { describe, expect, test } from 'vitest';
import { gazetteer, readingsOf } from '../../scripts/lib/gazetteer';
import { placeToSlug } from '../../scripts/lib/place-slug';
import { toSlug } from '../../scripts/lib/slug';
import type { Place } from '../../src/schemas';

const full = (name: string, parent?: string): Place => {
  const p = readingsOf(name).find(
    (r) => r.via === 'full' && (!parent || r.entry.place.parent === parent),
  )?.entry.place;
  if (!p) throw new Error(`not in the gazetteer: ${name}`);
  return p;
};

describe('[slug] toSlug', () => {
  test.each([
    ['陈丽艳', 'chenliyan'],
    ['人工智能', 'rengongzhineng'],
    ['低空经济', 'dikongjingji'],
    ['吕梁', 'lvliang'],
    ['重庆', 'chongqing'],
    ['2+6+X产业', '2-6-x-chanye'],
    ['乐聚(苏州)机器人', 'leju-suzhou-jiqiren'],
    ['  ', ''],
  ])('%s → %s', (text, slug) => {
    expect(toSlug(text)).toBe(slug);
  });
});

describe('[slug] placeToSlug', () => {
  test.each([
    ['昆山市', undefined, 'kunshan'],
    ['望城区', undefined, 'wangcheng'],
    ['江阴市', undefined, 'jiangyin'],
    ['上海市', undefined, 'shanghai'],
    ['江苏省', undefined, 'jiangsu'],
    ['山西省', undefined, 'shanxi'],
    ['陕西省', undefined, 'shaanxi'],
    ['内蒙古自治区', undefined, 'neimenggu'],
    ['鼓楼区', '南京市', 'gulou-nanjing'],
    ['鼓楼区', '福州市', 'gulou-fuzhou'],
    ['通州区', '北京市', 'tongzhou-beijing'],
    ['通州区', '南通市', 'tongzhou-nantong'],
    ['苏州市', undefined, 'suzhou-jiangsu'],
    ['宿州市', undefined, 'suzhou-anhui'],
    ['吉林省', undefined, 'jilin'],
    ['吉林市', undefined, 'jilin-shi'],
    ['长沙市', undefined, 'changsha'],
    ['长沙县', undefined, 'changsha-xian'],
    ['朝阳市', undefined, 'chaoyang'],
    ['朝阳区', '北京市', 'chaoyang-beijing'],
  ])('%s (%s) → %s', (name, parent, slug) => {
    expect(placeToSlug(full(name, parent))).toBe(slug);
  });

  test('towns take their county; foreign places their name', () => {
    const town: Place = {
      ...full('昆山市'),
      name: '陆家镇',
      level: 'town',
      parent: '昆山市',
      code: null,
    };
    expect(placeToSlug(town)).toBe('lujia-kunshan');
    const foreign: Place = {
      name: '纽约',
      level: 'foreign',
      parent: null,
      province: null,
      code: null,
      lat: null,
      lon: null,
    };
    expect(placeToSlug(foreign)).toBe('niuyue');
  });

  test('slugs are unique and URL-safe across the whole gazetteer', () => {
    const slugs = gazetteer().entries.map((e) => placeToSlug(e.place));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))).toEqual([]);
  });
});
