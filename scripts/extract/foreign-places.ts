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

/** A foreign name found at a position: the place, and the country written before a city (日本北九州市). */
export interface ForeignMatch {
  end: number;
  place: Place;
  country?: Place;
}

/** Find the longest foreign name at `i`, unless it is part of 朝鲜族, 印度洋 or 东方巴黎. */
export function foreignAt(text: string, i: number): ForeignMatch | null {
  if (!PREFIXES.has(text.slice(i, i + 2))) return null; // most positions start no foreign name
  if (data.notPrecededBy.some((w) => text.endsWith(w, i))) return null;
  for (let len = Math.min(MAX, text.length - i); len >= 2; len--) {
    const place = BY_NAME.get(text.slice(i, i + len));
    if (!place) continue;
    if (data.notFollowedBy.some((w) => text.startsWith(w, i + len))) return null;
    const city = place.lat === null ? cityAfterCountry(text, i + len) : null;
    return city ? { ...city, country: place } : { end: i + len, place };
  }
  return null;
}

const NOT_IN_NAME = new Set(data.notInCityName);
const REGIONS = [...data.regionSuffixes].sort((a, b) => b.length - a.length);
/**
 * 日本北九州市, 韩国釜山市, 俄罗斯阿穆尔州布拉戈维申斯克市: a city written right after its country, or
 * after its country and a region of it (州, 省, 道, 县, 边疆区), two to ten characters and 市, as a
 * foreign city of its own (北九州市) where the list does not know it; not 日本主要城市, 日本企业上市.
 */
function cityAfterCountry(text: string, at: number): { end: number; place: Place } | null {
  // The region between: a name of two to eight characters and its suffix, then the city.
  for (let len = 2; len <= 8; len++) {
    const ch = text[at + len - 1] ?? '';
    if (!/\p{Script=Han}/u.test(ch) || NOT_IN_NAME.has(ch)) break;
    const suffix = REGIONS.find((r) => text.startsWith(r, at + len));
    const city = suffix ? cityNameAt(text, at + len + suffix.length) : null;
    if (city) return city;
  }
  return cityNameAt(text, at);
}

/** A city's name of two to ten characters and 市 at `at` (布拉戈维申斯克市), or null. */
function cityNameAt(text: string, at: number): { end: number; place: Place } | null {
  for (let len = 2; len <= 10; len++) {
    const ch = text[at + len - 1] ?? '';
    if (!/\p{Script=Han}/u.test(ch) || NOT_IN_NAME.has(ch)) return null;
    if (text[at + len] !== '市') continue;
    const around = text.slice(at, at + len + 2);
    const cut = data.notCityWords.some((w) => {
      const k = around.indexOf(w);
      return k >= 0 && k <= len && k + w.length > len;
    });
    if (cut) return null;
    const name = text.slice(at, at + len + 1);
    const listed = BY_NAME.get(name.slice(0, -1));
    return { end: at + len + 1, place: listed ?? foreign(name) };
  }
  return null;
}
