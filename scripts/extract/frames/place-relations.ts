/** How two places of a trip relate: the same, one inside the other (a county of a city). */
import type { Place } from '../../../src/schemas';
import { toShortNames } from '../../lib/short-names';

/** True when place `a` is `b` or lies inside it (a county of a prefecture, a city of a province). */
export function isWithin(a: Place, b: Place): boolean {
  if (a.name === b.name && a.level === b.level) return true;
  if (b.level === 'foreign' || a.level === 'foreign') return false;
  return a.parent === b.name || (a.province === b.name && a.name !== b.name);
}

/** True when one place is the other or lies inside it, either way. */
export const overlaps = (a: Place, b: Place): boolean => isWithin(a, b) || isWithin(b, a);

/** True for provinces and autonomous regions (not the four municipalities). */
export const isProvince = (p: Place): boolean => p.level === 'province';

/** A place's short name (昆山 for 昆山市, 恩施 for 恩施土家族苗族自治州) for matching text. */
export function shortOf(p: Place): string {
  return toShortNames(p.name, p.level)[0] ?? p.name;
}
