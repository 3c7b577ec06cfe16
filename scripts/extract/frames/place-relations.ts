/** How two places of a trip relate: the same, one inside the other (a county of a city). */
import type { Place } from '../../../src/schemas';
import { readingsOf } from '../../lib/gazetteer';
import { toShortNames } from '../../lib/short-names';

/** True when place `a` is `b` or lies inside it (a county of a prefecture, a city of a province). */
export function isWithin(a: Place, b: Place): boolean {
  if (a.name === b.name && a.level === b.level) return true;
  if (b.level === 'foreign' || a.level === 'foreign') return false;
  if (a.parent === b.name || (a.province === b.name && a.name !== b.name)) return true;
  // 闻堰街道 of 萧山区 of 杭州市: a town lies in its county's city too.
  const parent = a.level === 'town' ? parentOf(a) : null;
  return parent !== null && isWithin(parent, b);
}

/** The place a place's `parent` names (in its province), from the gazetteer, or null. */
export function parentOf(p: Place): Place | null {
  if (!p.parent) return null;
  return (
    readingsOf(p.parent).find(
      (r) =>
        r.entry.place.name === p.parent &&
        (p.province === null || r.entry.place.province === p.province),
    )?.entry.place ?? null
  );
}

/** True when one place is the other or lies inside it, either way. */
export const overlaps = (a: Place, b: Place): boolean => isWithin(a, b) || isWithin(b, a);

/** True for provinces and autonomous regions (not the four municipalities). */
export const isProvince = (p: Place): boolean => p.level === 'province';

/**
 * True for the province a trip's origin lies in (奔赴吉林2地 of 松原市, 赴省内): a destination only
 * until the places reached in it replace it, never one of its own.
 */
export const isOwnProvince = (p: Place, origin: Place): boolean =>
  isProvince(p) && p.name !== origin.name && isWithin(origin, p);

/** A place's short name (昆山 for 昆山市, 恩施 for 恩施土家族苗族自治州) for matching text. */
export function shortOf(p: Place): string {
  return toShortNames(p.name, p.level)[0] ?? p.name;
}
