import type { Place } from '../../src/schemas';

/** True when one destination is the other or lies within it (深圳市 and its 南山区). */
export function sharesPlace(a: Place, b: Place): boolean {
  const within = (x: Place, y: Place) =>
    y.level !== 'foreign' &&
    x.level !== 'foreign' &&
    (x.parent === y.name || x.province === y.name);
  return a.name === b.name || within(a, b) || within(b, a);
}
