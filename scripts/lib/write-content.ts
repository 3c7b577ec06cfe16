/**
 * Writes the content folder a record at a time, never the whole corpus as one string:
 * `store/<collection>.ndjson` (one record a line, what the site's content loader reads),
 * `store/order.json` (the records' ids in the pipeline's order), and `data/`, the exports as the
 * site publishes them (DATA.md: JSON arrays with keys in the schemas' order, visits.csv).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ArticleRecord,
  type FileReport,
  type OfficialEntity,
  type PlaceEntity,
  type SectorEntity,
  type Trip,
  toTripExport,
  type Visit,
} from '../../src/schemas';
import { jsonArrayPieces, toArticleExport } from '../../src/utils/export-json';
import { visitsCsvPieces } from '../../src/utils/visits-csv';
import { writeAtomic } from './write-atomic';

/** One JSON document a line. */
function* ndjsonPieces(items: Iterable<unknown>): Generator<string> {
  for (const item of items) yield `${JSON.stringify(item)}\n`;
}

/** Maps lazily, so that a writer takes each mapped record as it goes. */
function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** The records of one build, validated already. */
export interface ContentRecords {
  articles: readonly ArticleRecord[];
  visits: readonly Visit[];
  trips: readonly Trip[];
  officials: readonly OfficialEntity[];
  places: readonly PlaceEntity[];
  sectors: readonly SectorEntity[];
  quality: readonly FileReport[];
}

/** Writes the store the site loads: a file of records a collection, and their order. */
export function writeStore(dir: string, records: ContentRecords): void {
  mkdirSync(dir, { recursive: true });
  const order: Record<string, string[]> = {};
  const collection = <T>(name: string, list: readonly T[], keyOf: (r: T) => string) => {
    writeAtomic(join(dir, `${name}.ndjson`), ndjsonPieces(list));
    order[name] = list.map(keyOf);
  };
  const byId = (r: { id: string }) => r.id;
  collection('articles', records.articles, byId);
  collection('visits', records.visits, byId);
  collection('trips', records.trips, byId);
  collection('officials', records.officials, byId);
  collection('places', records.places, byId);
  collection('sectors', records.sectors, byId);
  // A report has no id of its own: it is keyed by its file's name.
  collection('quality', records.quality, (r) => r.file);
  writeAtomic(join(dir, 'order.json'), [`${JSON.stringify(order)}\n`]);
}

/** Writes the exports of DATA.md as the site publishes them under /data/. */
export function writeExports(dir: string, records: ContentRecords): void {
  mkdirSync(dir, { recursive: true });
  const json = (name: string, items: Iterable<unknown>) =>
    writeAtomic(join(dir, name), jsonArrayPieces(items));
  // Articles without what only the site shows (the original text, editors, the curator's note).
  json('articles.json', mapped(records.articles, toArticleExport));
  json('visits.json', records.visits);
  json('trips.json', mapped(records.trips, toTripExport));
  json('officials.json', records.officials);
  json('places.json', records.places);
  json('sectors.json', records.sectors);
  json('quality.json', records.quality);
  writeAtomic(join(dir, 'visits.csv'), visitsCsvPieces(records.visits));
}
