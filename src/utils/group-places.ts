import type { Place } from '../schemas/place';

/** One province-level division and the places in it. */
export interface ProvinceGroup<T> {
  /** Full province name, or 境外及其他 for foreign places and places without a province. */
  province: string;
  /** Its places, in administrative-code order (a city before its counties), then by name. */
  places: T[];
}

/** Heading of the group of places that belong to no province. */
export const OTHER_PROVINCE = '境外及其他';

const byCodeThenName = (a: Place, b: Place): number => {
  const ca = a.code ?? '999999';
  const cb = b.code ?? '999999';
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
};

/** Return the province code prefix of a group (`32` for 江苏省), from its places' codes. */
function groupCode(places: readonly Place[]): string {
  const codes = places.flatMap((p) => (p.code ? [p.code.slice(0, 2)] : []));
  return codes.sort()[0] ?? '99';
}

/**
 * Group places by province, provinces in the order of their division codes (北京 11 … 新疆 65),
 * places without a province (foreign places) in a last group.
 */
export function groupPlacesByProvince<T extends Place>(places: readonly T[]): ProvinceGroup<T>[] {
  const byProvince = new Map<string, T[]>();
  for (const place of places) {
    const key = place.level === 'foreign' || !place.province ? OTHER_PROVINCE : place.province;
    byProvince.set(key, [...(byProvince.get(key) ?? []), place]);
  }
  const groups = [...byProvince].map(([province, list]) => ({
    province,
    places: [...list].sort(byCodeThenName),
    code: province === OTHER_PROVINCE ? '~' : groupCode(list),
  }));
  groups.sort((a, b) =>
    a.code !== b.code ? (a.code < b.code ? -1 : 1) : a.province < b.province ? -1 : 1,
  );
  return groups.map(({ province, places: list }) => ({ province, places: list }));
}

const LEVEL_LABELS: Record<Place['level'], string> = {
  province: '省级行政区',
  municipality: '直辖市',
  prefecture: '地级市',
  county: '县级行政区',
  district: '市辖区',
  town: '乡镇',
  foreign: '境外',
};

/** Return the Chinese name of an administrative level: `county` → 县级行政区. */
export function levelLabel(level: Place['level']): string {
  return LEVEL_LABELS[level];
}
