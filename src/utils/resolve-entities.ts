import type { OfficialEntity, Person } from '../schemas/official';
import type { Place, PlaceEntity } from '../schemas/place';
import type { SectorEntity } from '../schemas/sector';

/** The part a person plays in a visit, as officials.json records it. */
export type VisitRole = 'led' | 'hosted' | 'joined';

const placeKey = (p: Pick<Place, 'name' | 'parent' | 'province'>) =>
  `${p.name}|${p.parent ?? ''}|${p.province ?? ''}`;

/**
 * Return a function that finds the place entity of a Place: by division code, else by name,
 * parent and province, else by name and province, else by name, when only one place fits.
 */
export function createPlaceResolver(places: readonly PlaceEntity[]) {
  const byCode = new Map<string, PlaceEntity>();
  const byKey = new Map<string, PlaceEntity>();
  const byName = new Map<string, PlaceEntity[]>();
  for (const p of places) {
    if (p.code) byCode.set(p.code, p);
    byKey.set(placeKey(p), p);
    byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  }
  return (place: Pick<Place, 'name' | 'parent' | 'province' | 'code'>): PlaceEntity | undefined => {
    if (place.code && byCode.has(place.code)) return byCode.get(place.code);
    const exact = byKey.get(placeKey(place));
    if (exact) return exact;
    const named = byName.get(place.name) ?? [];
    const inProvince = named.filter((p) => p.province === place.province);
    if (inProvince.length === 1) return inProvince[0];
    return named.length === 1 ? named[0] : undefined;
  };
}

const ROLE_FIELD = { led: 'visitsLed', hosted: 'visitsHosted', joined: 'visitsJoined' } as const;

/**
 * Return a function that finds the official entity of a Person as one visit or one article
 * names them: the official with that name who has that visit in that role (or names that
 * article), else the one with that name and place, else the only one with that name.
 */
export function createOfficialResolver(officials: readonly OfficialEntity[]) {
  const byName = new Map<string, OfficialEntity[]>();
  for (const o of officials) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  return (
    person: Person,
    context: { visit?: string; role?: VisitRole; article?: string } = {},
  ): OfficialEntity | undefined => {
    const named = byName.get(person.name) ?? [];
    const { visit, role, article } = context;
    const tests: ((o: OfficialEntity) => boolean)[] = [
      (o) => visit !== undefined && role !== undefined && o[ROLE_FIELD[role]].includes(visit),
      (o) => article !== undefined && o.articles.includes(article),
      (o) => o.titles.some((t) => t.title === person.title && t.place === person.place),
      (o) => person.place !== null && o.place === person.place,
    ];
    for (const test of tests) {
      const found = named.find(test);
      if (found) return found;
    }
    return named.length === 1 ? named[0] : undefined;
  };
}

/** Return a function that finds a sector entity by its label. */
export function createSectorResolver(sectors: readonly SectorEntity[]) {
  const byLabel = new Map(sectors.map((s) => [s.label, s]));
  return (label: string): SectorEntity | undefined => byLabel.get(label);
}
