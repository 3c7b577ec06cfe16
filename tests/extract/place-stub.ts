/** A small place resolver for the extractor tests: full and short names of a few Place literals. */

import type { PlaceResolver } from '../../scripts/extract/types';
import type { Place } from '../../src/schemas';

type Row = [name: string, level: Place['level'], parent: string | null, province: string | null];

const rows: Row[] = [
  ['江苏省', 'province', null, '江苏省'],
  ['浙江省', 'province', null, '浙江省'],
  ['安徽省', 'province', null, '安徽省'],
  ['河南省', 'province', null, '河南省'],
  ['湖北省', 'province', null, '湖北省'],
  ['湖南省', 'province', null, '湖南省'],
  ['广东省', 'province', null, '广东省'],
  ['上海市', 'municipality', null, '上海市'],
  ['苏州市', 'prefecture', '江苏省', '江苏省'],
  ['无锡市', 'prefecture', '江苏省', '江苏省'],
  ['常州市', 'prefecture', '江苏省', '江苏省'],
  ['南通市', 'prefecture', '江苏省', '江苏省'],
  ['泰州市', 'prefecture', '江苏省', '江苏省'],
  ['淮安市', 'prefecture', '江苏省', '江苏省'],
  ['徐州市', 'prefecture', '江苏省', '江苏省'],
  ['昆山市', 'county', '苏州市', '江苏省'],
  ['太仓市', 'county', '苏州市', '江苏省'],
  ['吴江区', 'district', '苏州市', '江苏省'],
  ['相城区', 'district', '苏州市', '江苏省'],
  ['江阴市', 'county', '无锡市', '江苏省'],
  ['靖江市', 'county', '泰州市', '江苏省'],
  ['启东市', 'county', '南通市', '江苏省'],
  ['沛县', 'county', '徐州市', '江苏省'],
  ['杭州市', 'prefecture', '浙江省', '浙江省'],
  ['金华市', 'prefecture', '浙江省', '浙江省'],
  ['义乌市', 'county', '金华市', '浙江省'],
  ['绍兴市', 'prefecture', '浙江省', '浙江省'],
  ['柯桥区', 'district', '绍兴市', '浙江省'],
  ['诸暨市', 'county', '绍兴市', '浙江省'],
  ['合肥市', 'prefecture', '安徽省', '安徽省'],
  ['郑州市', 'prefecture', '河南省', '河南省'],
  ['兰考县', 'county', '开封市', '河南省'],
  ['开封市', 'prefecture', '河南省', '河南省'],
  ['仙桃市', 'county', '湖北省', '湖北省'],
  ['长沙市', 'prefecture', '湖南省', '湖南省'],
  ['望城区', 'district', '长沙市', '湖南省'],
  ['株洲市', 'prefecture', '湖南省', '湖南省'],
  ['深圳市', 'prefecture', '广东省', '广东省'],
  ['东莞市', 'prefecture', '广东省', '广东省'],
  ['广州市', 'prefecture', '广东省', '广东省'],
  ['南京市', 'prefecture', '江苏省', '江苏省'],
  ['贵州省', 'province', null, '贵州省'],
  ['遵义市', 'prefecture', '贵州省', '贵州省'],
  ['四川省', 'province', null, '四川省'],
  ['成都市', 'prefecture', '四川省', '四川省'],
  ['吉林省', 'province', null, '吉林省'],
  ['长春市', 'prefecture', '吉林省', '吉林省'],
  ['恩施土家族苗族自治州', 'prefecture', '湖北省', '湖北省'],
  ['内蒙古自治区', 'province', null, '内蒙古自治区'],
  ['新疆维吾尔自治区', 'province', null, '新疆维吾尔自治区'],
  ['乌鲁木齐市', 'prefecture', '新疆维吾尔自治区', '新疆维吾尔自治区'],
];

// Short forms beyond dropping 省/市/区/县.
const aliases: Record<string, string> = {
  恩施: '恩施土家族苗族自治州',
  恩施州: '恩施土家族苗族自治州',
  内蒙古: '内蒙古自治区',
  新疆: '新疆维吾尔自治区',
};

/** The places of the stub, by full name. */
export const PLACES: Record<string, Place> = Object.fromEntries(
  rows.map(([name, level, parent, province]) => [
    name,
    { name, level, parent, province, code: null, lat: null, lon: null },
  ]),
);

const byName = new Map<string, Place>();
for (const place of Object.values(PLACES)) {
  byName.set(place.name, place);
  byName.set(place.name.replace(/[省市区县]$/u, ''), place);
}
for (const [alias, name] of Object.entries(aliases)) {
  const target = PLACES[name];
  if (target) byName.set(alias, target);
}

/** Resolves full names (江阴市) and short names (江阴) of the stub's places. */
export const resolvePlace: PlaceResolver = (surface) => byName.get(surface) ?? null;

/** The place of a full name, failing loudly when the stub lacks it. */
export function place(name: string): Place {
  const found = PLACES[name];
  if (!found) throw new Error(`no stub place ${name}`);
  return found;
}
