/** A generated trip: who went where, when, what they saw and who received them (plain data). */
import sectorData from '../../data/sectors.json' with { type: 'json' };
import { makeOfficials, type Official, rosterOf } from './people';
import { pickDestinations, pickPlace, type TripPlace } from './places';
import type { Random } from './random';
import {
  BRAND_CHARS,
  COMPANY_FORMS,
  COMPANY_TRADES,
  SITE_PATTERNS,
  VILLAGE_CHARS,
} from './vocabulary';

/** One stop of a trip. */
export interface Stop {
  /** Where. */
  place: TripPlace;
  /** Day of the month the delegation arrived. */
  day: number;
  /** Local officials who received the delegation (陪同). */
  hosts: Official[];
  /** Sites visited: parks, companies, villages. */
  sites: string[];
  /** Sector words the stop is about (from sectors.json). */
  sectors: string[];
}

/** A delegation's trip. */
export interface Trip {
  /** Where the delegation comes from. */
  home: TripPlace;
  /** Its leaders, most senior first (带队, 率). */
  leaders: Official[];
  /** Other members named in a 市领导 list. */
  members: string[];
  /** Year, month, first and last day. */
  year: number;
  month: number;
  firstDay: number;
  lastDay: number;
  /** The stops, in order. */
  stops: Stop[];
}

/** Sector keywords, one list per sector label. */
const SECTOR_WORDS: readonly (readonly string[])[] = sectorData.sectors.map((s) =>
  s.keywords.filter((k) => /^\p{Script=Han}{2,6}$/u.test(k)),
);

/** Picks `n` sector words from different sectors. */
export function pickSectors(rng: Random, n: number): string[] {
  return rng.sample(SECTOR_WORDS, n).map((words) => rng.pick(words));
}

/** Makes a site's name: a company, a village or a place's park, hall or zone. */
export function makeSite(rng: Random, place: TripPlace, sector: string): string {
  const roll = rng.next();
  if (roll < 0.35) {
    const brand = rng.pick(BRAND_CHARS) + rng.pick(BRAND_CHARS);
    return `${place.short}${brand}${rng.pick(COMPANY_TRADES)}${rng.pick(COMPANY_FORMS)}`;
  }
  if (roll < 0.45) return `${rng.pick(VILLAGE_CHARS)}${rng.pick(VILLAGE_CHARS)}村`;
  return rng.pick(SITE_PATTERNS).replace('{p}', place.short).replace('{k}', sector);
}

/** Makes one stop at `place`, arriving on `day`. */
function makeStop(rng: Random, seed: number, year: number, place: TripPlace, day: number): Stop {
  const sectors = pickSectors(rng, rng.int(2, 4));
  return {
    place,
    day,
    hosts: makeOfficials(rng, seed, place.name, year, rng.int(1, 3)),
    sites: [
      ...new Set(
        Array.from({ length: rng.int(2, 5) }, (_, i) =>
          makeSite(rng, place, sectors[i % sectors.length] ?? '产业'),
        ),
      ),
    ],
    sectors,
  };
}

/**
 * Makes a trip from a home place (or a random one) to one to four destinations, in a year of
 * 2018–2025; its leaders, members and hosts are the places' officials of that year (rosterOf), so
 * the same people appear in many reports, as they do in real ones.
 */
export function makeTrip(rng: Random, seed: number, home: TripPlace = pickPlace(rng)): Trip {
  const destinations = pickDestinations(rng, home, rng.pick([1, 1, 2, 2, 3, 4]));
  const year = rng.int(2018, 2025);
  const month = rng.int(1, 12);
  const firstDay = rng.int(1, 23);
  const lastDay = firstDay + Math.min(destinations.length + rng.int(0, 2), 5) - 1;
  const leaders = makeOfficials(rng, seed, home.name, year, rng.int(1, 3));
  const led = new Set(leaders.map((o) => o.name));
  const others = rosterOf(seed, home.name, year).filter((o) => !led.has(o.name));
  return {
    home,
    leaders,
    members: others.slice(0, rng.int(0, 4)).map((o) => o.name),
    year,
    month,
    firstDay,
    lastDay: Math.max(lastDay, firstDay),
    stops: destinations.map((d, i) =>
      makeStop(rng, seed, year, d, Math.min(firstDay + i, Math.max(lastDay, firstDay))),
    ),
  };
}
