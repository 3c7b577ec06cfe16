/**
 * Places an article's address names in pinyin: local news sites put their city in the host name or
 * the path (weihai.tv, …/news/taixing/2006/…). A word of the address that is the pinyin of a city's
 * or county's short name names it; where two divisions read alike (伊春, 宜春) both are returned.
 */
import type { Place } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };
import { gazetteer } from '../lib/gazetteer';
import { toSlug } from '../lib/slug';

let index: Map<string, Place[]> | null = null;

// Words of addresses that are pinyin of a place's short name but say something else (weixin, xinhua).
const COMMON = new Set(rules.notPlaceUrlWords);

/** Pinyin of every prefecture- and county-level short name (5 letters or more) to its places. */
function slugIndex(): Map<string, Place[]> {
  const map = new Map<string, Place[]>();
  for (const e of gazetteer().entries) {
    const { level } = e.place;
    if (level !== 'prefecture' && level !== 'county' && level !== 'municipality') continue;
    const short = e.shortNames[0];
    if (!short) continue;
    const slug = toSlug(short);
    if (slug.length < 5 || COMMON.has(slug)) continue;
    map.set(slug, [...(map.get(slug) ?? []), e.place]);
  }
  return map;
}

/** The places whose pinyin is a word of the address (host and path), in the order written. */
export function placesInUrl(url: string | null): Place[] {
  if (!url) return [];
  index ??= slugIndex();
  const words = url
    .toLowerCase()
    .replace(/^[a-z]+:\/\//u, '')
    .split(/[^a-z]+/u);
  const found: Place[] = [];
  for (const w of words)
    for (const p of index.get(w) ?? []) if (!found.some((f) => f.code === p.code)) found.push(p);
  return found;
}
