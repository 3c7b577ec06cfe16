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

/** The records' ids of each collection in the order the pipeline wrote them (`store/order.json`). */
function pipelineOrder(): Record<string, string[]> {
  return JSON.parse(readFileSync(resolve(process.cwd(), contentFile('store/order.json')), 'utf8'));
}

/**
 * Sort a collection's entries into the pipeline's order: the content store keeps them by key, and
 * the lists, the exports and the sector vocabulary follow the pipeline's order.
 */
function inPipelineOrder<T extends { id: string }>(entries: T[], ids: readonly string[] = []): T[] {
  const order = new Map(ids.map((id, i) => [id, i]));
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
    const order = pipelineOrder();
    const [articles, reports, visits, places, officials, sectors, quality] = await Promise.all([
      getCollection('articles').then((l) => inPipelineOrder(l, order.articles).map((e) => e.data)),
      getCollection('visits').then((l) => inPipelineOrder(l, order.visits).map((e) => e.data)),
      getCollection('trips').then((l) => inPipelineOrder(l, order.trips).map((e) => e.data)),
      getCollection('places').then((l) => inPipelineOrder(l, order.places).map((e) => e.data)),
      getCollection('officials').then((l) =>
        inPipelineOrder(l, order.officials).map((e) => e.data),
      ),
      getCollection('sectors').then((l) => inPipelineOrder(l, order.sectors).map((e) => e.data)),
      getCollection('quality').then((l) => inPipelineOrder(l, order.quality).map((e) => e.data)),
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
