import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleRecord } from '../schemas/article';
import type { OfficialEntity } from '../schemas/official';
import type { PlaceEntity } from '../schemas/place';
import type { FileReport } from '../schemas/quality';
import type { SectorEntity } from '../schemas/sector';
import type { Trip } from '../schemas/trip';
import type { Visit } from '../schemas/visit';
import { contentFile } from './content-dir';
import {
  createOfficialResolver,
  createPlaceResolver,
  createSectorResolver,
} from './resolve-entities';

/** Everything the pages read, loaded once a build, with lookups by id. */
export interface SiteData {
  articles: ArticleRecord[];
  /** The trips: what the site lists and counts as visits (the reports of one trip once). */
  visits: Trip[];
  /** The visits one per report, as visits.json exports them. */
  reports: Visit[];
  places: PlaceEntity[];
  officials: OfficialEntity[];
  sectors: SectorEntity[];
  quality: FileReport[];
  article: Map<string, ArticleRecord>;
  /** The trip by its id or by the id of any of its reports' visits. */
  visit: Map<string, Trip>;
  place: Map<string, PlaceEntity>;
  official: Map<string, OfficialEntity>;
  sector: Map<string, SectorEntity>;
  resolvePlace: ReturnType<typeof createPlaceResolver>;
  resolveOfficial: ReturnType<typeof createOfficialResolver>;
  resolveSector: ReturnType<typeof createSectorResolver>;
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

/**
 * Return the entries' ids in the order the pipeline wrote them: the content store does not
 * keep that order, and the exports and the sector vocabulary should.
 */
function fileOrder(file: string): Map<string, number> {
  const records = JSON.parse(readFileSync(resolve(process.cwd(), contentFile(file)), 'utf8'));
  return new Map(
    (records as { id?: string; file?: string }[]).map((r, i) => [String(r.id ?? r.file), i]),
  );
}

/** Sort a collection's entries into the order of its file. */
function inFileOrder<T extends { id: string }>(entries: T[], file: string): T[] {
  const order = fileOrder(file);
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return entries.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
}

/** Index trips by their own id and by the ids of their reports' visits. */
function tripsByVisitId(trips: readonly Trip[]): Map<string, Trip> {
  return new Map(trips.flatMap((t) => [t, ...t.reports].map((v) => [v.id, t] as const)));
}

let cached: Promise<SiteData> | undefined;

/** Load the content collections, in the order the pipeline wrote them, and index them. */
export function loadSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const [articles, reports, visits, places, officials, sectors, quality] = await Promise.all([
      getCollection('articles').then((l) => inFileOrder(l, 'articles.json').map((e) => e.data)),
      getCollection('visits').then((l) => inFileOrder(l, 'visits.json').map((e) => e.data)),
      getCollection('trips').then((l) => inFileOrder(l, 'trips.json').map((e) => e.data)),
      getCollection('places').then((l) => inFileOrder(l, 'places.json').map((e) => e.data)),
      getCollection('officials').then((l) => inFileOrder(l, 'officials.json').map((e) => e.data)),
      getCollection('sectors').then((l) => inFileOrder(l, 'sectors.json').map((e) => e.data)),
      getCollection('quality').then((l) => inFileOrder(l, 'quality.json').map((e) => e.data)),
    ]);
    return {
      articles,
      visits,
      reports,
      places,
      officials,
      sectors,
      quality,
      article: byId(articles),
      visit: tripsByVisitId(visits),
      place: byId(places),
      official: byId(officials),
      sector: byId(sectors),
      resolvePlace: createPlaceResolver(places),
      resolveOfficial: createOfficialResolver(officials),
      resolveSector: createSectorResolver(sectors),
    };
  })();
  return cached;
}
