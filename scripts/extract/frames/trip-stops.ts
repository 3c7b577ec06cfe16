/**
 * A trip stop by stop: the sentence that arrives at a destination (来到此行的第二站——泰州, 在武汉与…
 * 座谈) starts its stop, and what follows is seen there until the next arrival. A trip to whole
 * provinces stops at the cities the text shows it at (走进绍兴市枫桥镇…).
 */
import type { DateSpan, Place } from '../../../src/schemas';
import { readingsOf } from '../../lib/gazetteer';
import type { Trip } from './assemble';
import { isProvince, isWithin, overlaps } from './place-relations';
import type { Sentence } from './sentences';
import type { SiteHit } from './sites';

/** A stop before it is written out. */
export interface StopDraft {
  place: Place;
  date: DateSpan | null;
  sites: string[];
  sentences: Sentence[];
}

// The stops of a trip to a province are its cities and counties.
const CITY_LEVELS = new Set(['municipality', 'prefecture', 'county']);

/** The city-level place of a place: itself, or the city of a district or town. */
export function cityOf(p: Place): Place | null {
  if (CITY_LEVELS.has(p.level)) return p;
  if (p.level !== 'district' && p.level !== 'town') return null;
  const parent = readingsOf(p.parent ?? '').find(
    (r) => r.entry.place.name === p.parent && (p.province === null || r.entry.place.province === p.province),
  )?.entry.place;
  return parent ? cityOf(parent) : null;
}

/** Places a sentence's frames of the trip arrive at (one place named alone, not the whole route). */
function arrivals(s: Sentence, trip: Trip): Place[] {
  const frames = trip.frames.filter((f) => f.sentence === s && f.kind !== 'includes');
  return frames.flatMap((f) => {
    const named = [...f.destinations, ...f.siteAreas];
    return named.length === trip.destinations.length && named.length > 1 ? [] : named;
  });
}

/** The cities a trip to whole provinces reaches: places in those provinces its sentences go to. */
export function citiesReached(trip: Trip, sentences: readonly Sentence[]): Place[] {
  const cities: Place[] = [];
  for (const s of sentences) {
    const heading = s.text.length <= 32 && !/[。！]$/u.test(s.text);
    const went = arrivals(s, trip);
    const named = heading ? s.places.slice(0, 1).flatMap((m) => m.places.slice(-1)) : [];
    for (const p of [...went, ...named]) {
      const city = cityOf(p);
      const inside = city && trip.destinations.some((d) => isWithin(city, d) && city.name !== d.name);
      if (city && inside && !overlaps(city, trip.origin) && !cities.some((c) => c.name === city.name))
        cities.push(city);
    }
  }
  return cities;
}

/** True when every destination is a province (a trip to 浙江、江苏、安徽). */
export const isBroad = (places: readonly Place[]) => places.length > 0 && places.every(isProvince);

/** Splits a trip's sentences and sites into its stops, in route order. */
export function tripStops(
  trip: Trip,
  destinations: readonly Place[],
  sentences: readonly Sentence[],
  sitesOf: (s: Sentence) => SiteHit[],
): { stops: StopDraft[]; unplaced: string[] } {
  const stops: StopDraft[] = destinations.map((place) => ({ place, date: null, sites: [], sentences: [] }));
  const unplaced: string[] = [];
  const stopOf = (p: Place) => stops.find((st) => isWithin(p, st.place)) ?? null;
  let current: StopDraft | null = stops.length === 1 ? (stops[0] ?? null) : null;
  for (const s of sentences) {
    const reached = arrivals(s, trip).map(stopOf).find((x) => x !== null);
    if (reached) {
      current = reached;
      const frame = trip.frames.find((f) => f.sentence === s && f.date);
      reached.date ??= frame?.date?.span ?? null;
    }
    if (current) current.sentences.push(s);
    for (const hit of sitesOf(s)) {
      const own = hit.area ? stopOf(hit.area) : null;
      const stop = own ?? current;
      if (stop) stop.sites.push(hit.name);
      else unplaced.push(hit.name);
    }
  }
  for (const st of stops) {
    st.sites = [...new Set(st.sites)];
    // A stop no sentence arrives at is told by the sentences that name it.
    if (st.sentences.length === 0)
      st.sentences = sentences.filter((s) => s.places.some((m) => m.places.some((p) => isWithin(p, st.place))));
  }
  return { stops, unplaced: [...new Set(unplaced)] };
}
