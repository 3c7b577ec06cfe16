/**
 * Foreign countries and world cities that news names (纽约, 东京, 德国), from
 * scripts/data/foreign-places.json, as places of level `foreign`.
 */
import type { Place } from '../../src/schemas';
import data from '../data/foreign-places.json' with { type: 'json' };

const foreign = (name: string, lon: number | null = null, lat: number | null = null): Place => ({
  name,
  level: 'foreign',
  parent: null,
  province: null,
  code: null,
  lat,
  lon,
});

const BY_NAME = new Map<string, Place>();
for (const [name, ...aliases] of data.countries) {
  if (!name) continue;
  for (const n of [name, ...aliases]) BY_NAME.set(n, foreign(name));
}
for (const [name, , lon, lat] of data.cities)
  BY_NAME.set(String(name), foreign(String(name), Number(lon), Number(lat)));
const MAX = Math.max(...[...BY_NAME.keys()].map((n) => n.length));
const PREFIXES = new Set([...BY_NAME.keys()].map((name) => name.slice(0, 2)));

/** Give the foreign place named exactly so (印尼 → 印度尼西亚), or null. */
export const foreignPlace = (name: string): Place | null => BY_NAME.get(name) ?? null;

/** Find the longest foreign name at `i`, unless it is part of 朝鲜族, 印度洋 or 东方巴黎. */
export function foreignAt(text: string, i: number): { end: number; place: Place } | null {
  if (!PREFIXES.has(text.slice(i, i + 2))) return null; // most positions start no foreign name
  if (data.notPrecededBy.some((w) => text.endsWith(w, i))) return null;
  for (let len = Math.min(MAX, text.length - i); len >= 2; len--) {
    const place = BY_NAME.get(text.slice(i, i + len));
    if (!place) continue;
    if (data.notFollowedBy.some((w) => text.startsWith(w, i + len))) return null;
    return { end: i + len, place };
  }
  return null;
}
