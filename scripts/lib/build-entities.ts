/** Builds the entity records (places, officials, sectors) from articles and visits. */

import type {
  ArticleRecord,
  OfficialEntity,
  Place,
  PlaceEntity,
  SectorEntity,
  Trip,
  Visit,
} from '../../src/schemas';
import { mergeOfficials } from '../extract/merge-officials';

/** The sector vocabulary: labels and their keywords. */
export interface SectorVocabulary {
  /** Sectors in their stable order. */
  sectors: { label: string; keywords: string[] }[];
}

const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const uniq = (list: readonly string[]): string[] => [...new Set(list)].sort();

/** A comparable key for ISO truncated dates: unknown years sort first. */
export function dateKey(start: string | null): string {
  return start === null ? '' : start.startsWith('--') ? `0000${start.slice(1)}` : start;
}

/** Group ids under keys, each id once a key, in the order met: an index for one pass lookups. */
function indexBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  idOf: (item: T) => string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const ids = index.get(key);
      if (ids) ids.push(idOf(item));
      else index.set(key, [idOf(item)]);
    }
  }
  return index;
}

const id = (x: { id: string }): string => x.id;

/** One record per place named anywhere, with the visits out and in and the articles naming it. */
export function buildPlaces(
  articles: readonly ArticleRecord[],
  visits: readonly Visit[],
  officials: readonly OfficialEntity[],
  slug: (p: Place) => string,
): PlaceEntity[] {
  const places = new Map<string, Place>();
  const add = (p: Place): void => {
    if (!places.has(slug(p))) places.set(slug(p), p);
  };
  for (const a of articles) a.places.forEach(add);
  for (const v of visits)
    [v.origin, ...v.destinations, ...v.stops.map((s) => s.place)].forEach(add);
  // Each list indexed by place name once, so that a place's lists are lookups, not scans.
  const out = indexBy(visits, (v) => [v.origin.name], id);
  const into = indexBy(visits, (v) => v.destinations.map((d) => d.name), id);
  const named = indexBy(articles, (a) => a.places.map((q) => q.name), id);
  const titled = indexBy(officials, (o) => o.titles.flatMap((t) => t.place ?? []), id);
  return [...places.entries()]
    .map(([slugged, p]) => ({
      ...p,
      id: slugged,
      visitsOut: out.get(p.name) ?? [],
      visitsIn: into.get(p.name) ?? [],
      articles: named.get(p.name) ?? [],
      officials: titled.get(p.name) ?? [],
      url: `/places/${slugged}/`,
    }))
    .sort(byId);
}

/** One official per person across articles (mergeOfficials decides who is one person). */
export function buildOfficials(
  articles: readonly ArticleRecord[],
  visits: readonly Trip[],
  slug: (s: string) => string,
): OfficialEntity[] {
  const reports = articles.flatMap((a) =>
    a.officials.map((p) => ({
      name: p.name,
      title: p.title,
      place: p.place,
      article: a.id,
      date: a.published,
    })),
  );
  // The trips (in their order) whose reports name a person in a role, by role, name and article.
  const roles = ['leaders', 'hosts', 'members'] as const;
  const tripIndex = new Map(visits.map((t, i) => [t.id, i]));
  const inRole = new Map(
    roles.map((role) => [
      role,
      indexBy(
        visits,
        (t) => t.reports.flatMap((r) => r[role].map((p) => `${p.name}|${r.article}`)),
        id,
      ),
    ]),
  );
  // A trip's person is this official when one of its reports names this official so and the
  // report's article reported this official under that name.
  const tripsOf = (role: (typeof roles)[number], name: string, articleIds: readonly string[]) =>
    [...new Set(articleIds.flatMap((a) => inRole.get(role)?.get(`${name}|${a}`) ?? []))].sort(
      (x, y) => (tripIndex.get(x) ?? 0) - (tripIndex.get(y) ?? 0),
    );
  const used = new Map<string, number>();
  return mergeOfficials(reports)
    .map((official) => {
      const base = slug(official.name);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const slugged = n === 1 ? base : `${base}-${n}`;
      const reportedIn = uniq(official.titles.map((t) => t.article));
      return {
        id: slugged,
        name: official.name,
        title: official.title,
        place: official.place,
        titles: official.titles,
        visitsLed: tripsOf('leaders', official.name, reportedIn),
        visitsHosted: tripsOf('hosts', official.name, reportedIn),
        visitsJoined: tripsOf('members', official.name, reportedIn),
        articles: reportedIn,
        url: `/officials/${slugged}/`,
      };
    })
    .sort(byId);
}

/** One record per sector that tags at least one visit or article; visits most recent first. */
export function buildSectors(
  vocabulary: SectorVocabulary,
  articles: readonly ArticleRecord[],
  visits: readonly Visit[],
  slug: (s: string) => string,
): SectorEntity[] {
  const tagged = indexBy(
    visits,
    (v) => v.sectors,
    (v) => v.id,
  );
  const mentioned = indexBy(articles, (a) => a.sectors, id);
  const date = new Map(visits.map((v) => [v.id, dateKey(v.date.start)]));
  return vocabulary.sectors
    .map(({ label, keywords }) => {
      const ids = [...(tagged.get(label) ?? [])].sort(
        (a, b) => (date.get(b) ?? '').localeCompare(date.get(a) ?? '') || (a < b ? -1 : 1),
      );
      const slugged = slug(label);
      return {
        id: slugged,
        label,
        keywords,
        visits: ids,
        articles: mentioned.get(label) ?? [],
        url: `/sectors/${slugged}/`,
      };
    })
    .filter((s) => s.visits.length > 0 || s.articles.length > 0);
}
