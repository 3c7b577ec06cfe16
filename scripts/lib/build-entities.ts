/** Builds the entity records (places, officials, sectors) from articles and visits. */

import type {
  ArticleRecord,
  OfficialEntity,
  Person,
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
  return [...places.entries()]
    .map(([id, p]) => ({
      ...p,
      id,
      visitsOut: visits.filter((v) => v.origin.name === p.name).map((v) => v.id),
      visitsIn: visits
        .filter((v) => v.destinations.some((d) => d.name === p.name))
        .map((v) => v.id),
      articles: articles.filter((a) => a.places.some((q) => q.name === p.name)).map((a) => a.id),
      officials: officials.filter((o) => o.titles.some((t) => t.place === p.name)).map((o) => o.id),
      url: `/places/${id}/`,
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
  const used = new Map<string, number>();
  return mergeOfficials(reports)
    .map((official) => {
      const base = slug(official.name);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      const reportedIn = new Set(official.titles.map((t) => t.article));
      // A trip's person is this official when one of its reports names this official so and the
      // report's article reported this official under that name.
      const named = (v: Visit, list: readonly Person[]): boolean =>
        reportedIn.has(v.article) && list.some((p) => p.name === official.name);
      const matches = (t: Trip, role: 'leaders' | 'hosts' | 'members'): boolean =>
        t.reports.some((r) => named(r, r[role]));
      return {
        id,
        name: official.name,
        title: official.title,
        place: official.place,
        titles: official.titles,
        visitsLed: visits.filter((v) => matches(v, 'leaders')).map((v) => v.id),
        visitsHosted: visits.filter((v) => matches(v, 'hosts')).map((v) => v.id),
        visitsJoined: visits.filter((v) => matches(v, 'members')).map((v) => v.id),
        articles: uniq([...reportedIn]),
        url: `/officials/${id}/`,
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
  return vocabulary.sectors
    .map(({ label, keywords }) => {
      const tagged = visits
        .filter((v) => v.sectors.includes(label))
        .sort(
          (a, b) =>
            dateKey(b.date.start).localeCompare(dateKey(a.date.start)) || (a.id < b.id ? -1 : 1),
        );
      const id = slug(label);
      return {
        id,
        label,
        keywords,
        visits: tagged.map((v) => v.id),
        articles: articles.filter((a) => a.sectors.includes(label)).map((a) => a.id),
        url: `/sectors/${id}/`,
      };
    })
    .filter((s) => s.visits.length > 0 || s.articles.length > 0);
}
