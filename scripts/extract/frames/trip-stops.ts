/**
 * A trip stop by stop: the sentence that arrives at a destination (来到此行的第二站——泰州, 在武汉与…
 * 座谈) starts its stop, and what follows is seen there until the next arrival. A trip to whole
 * provinces stops at the cities the text shows it at (走进绍兴市枫桥镇…).
 */
import type { DateSpan, Place } from '../../../src/schemas';
import type { Trip } from './assemble';
import { isProvince, isWithin, overlaps, parentOf } from './place-relations';
import type { Sentence } from './sentences';
import { isHeading, type SiteHit } from './sites';

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
  const parent = parentOf(p);
  return parent ? cityOf(parent) : null;
}

/** Where a sentence's frames of the trip arrive (one place named alone, not the whole route), with the frame's token index. */
function arrivalsAt(s: Sentence, trip: Trip, meetings = true): { at: number; place: Place }[] {
  const frames = trip.frames.filter(
    (f) => f.sentence === s && f.kind !== 'includes' && (meetings || f.kind !== 'meet'),
  );
  return frames
    .flatMap((f) => {
      const named = [...f.destinations, ...f.siteAreas];
      const route =
        named.length > 1 && named.every((p) => trip.destinations.some((d) => d.name === p.name));
      const alone = route ? [] : named;
      return alone.map((place) => ({ at: f.at, place }));
    })
    .sort((a, b) => a.at - b.at);
}

/** True when a sentence names the city of a district: 济南市历城区, or 抵达自贡市 … 大安区. */
function namesCityOf(s: Sentence, district: Place): boolean {
  const city = cityOf(district);
  return s.places.some(
    (m) =>
      m.places.some((q) => q.name === city?.name) ||
      (m.places.some((q) => q.name === district.name) && m.surface.length > district.name.length),
  );
}

/** The cities a trip to whole provinces reaches: places in those provinces its sentences go to. */
export function citiesReached(trip: Trip, sentences: readonly Sentence[]): Place[] {
  const cities: Place[] = [];
  for (const s of sentences) {
    // Where the delegation went, not where it was received (在杭州会见 on a trip to 浙江).
    const went = arrivalsAt(s, trip, false).map((a) => a.place);
    const named = isHeading(s) ? s.places.slice(0, 1).flatMap((m) => m.places.slice(-1)) : [];
    for (const p of [...went, ...named]) {
      // A district reached alone is the stop as written (抵达大安区), as on a trip named by its
      // places; one written with its city (济南市历城区) or where the sentence names its city is
      // that city; a town is a part of its city (its sites'), a county-level city is a city.
      const city = p.level === 'district' && !namesCityOf(s, p) ? p : cityOf(p);
      const inside =
        city && trip.destinations.some((d) => isWithin(city, d) && city.name !== d.name);
      if (
        city &&
        inside &&
        !overlaps(city, trip.origin) &&
        !cities.some((c) => c.name === city.name)
      )
        cities.push(city);
    }
  }
  // 来到泉州市，深入晋江市的…: a county-level city inside a city reached is a part of that stop.
  return cities.filter((c) => !cities.some((o) => o !== c && isWithin(c, o)));
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
  const stops: StopDraft[] = destinations.map((place) => ({
    place,
    date: null,
    sites: [],
    sentences: [],
  }));
  const unplaced: string[] = [];
  const stopOf = (p: Place) => stops.find((st) => isWithin(p, st.place)) ?? null;
  let current: StopDraft | null = stops.length === 1 ? (stops[0] ?? null) : null;
  for (const s of sentences) {
    // 在杭州，代表团考察了A；在宁波，走进B: each clause's arrival holds until the next one.
    const reached = arrivalsAt(s, trip)
      .map(({ at, place }) => ({ at, stop: stopOf(place) }))
      .filter((r): r is { at: number; stop: StopDraft } => r.stop !== null);
    const before = current;
    for (const { stop } of reached) {
      const frame = trip.frames.find((f) => f.sentence === s && f.date);
      stop.date ??= frame?.date?.span ?? null;
      if (!stop.sentences.includes(s)) stop.sentences.push(s);
    }
    current = reached.at(-1)?.stop ?? current;
    if (current && !current.sentences.includes(s)) current.sentences.push(s);
    for (const hit of sitesOf(s)) {
      const own = hit.area ? stopOf(hit.area) : null;
      const there =
        reached.filter((r) => r.at <= hit.verbAt).at(-1)?.stop ?? before ?? reached[0]?.stop;
      const stop = own ?? there;
      if (stop) stop.sites.push(hit.name);
      else unplaced.push(hit.name);
    }
  }
  for (const st of stops) {
    st.sites = [...new Set(st.sites)];
    // A stop no sentence arrives at is told by the sentences that name it.
    if (st.sentences.length === 0)
      st.sentences = sentences.filter((s) =>
        s.places.some((m) => m.places.some((p) => isWithin(p, st.place))),
      );
  }
  return { stops, unplaced: [...new Set(unplaced)] };
}
