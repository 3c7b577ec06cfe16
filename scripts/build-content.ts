/**
 * The content pipeline: seeds/ → normalized articles → visits and entities → validated JSON in the
 * content folder that Astro's content layer loads. File I/O happens only in the first and last step.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ArticleRecord,
  ArticleRecordSchema,
  type FileReport,
  FileReportSchema,
  type OfficialEntity,
  OfficialEntitySchema,
  type PlaceEntity,
  PlaceEntitySchema,
  type SectorEntity,
  SectorEntitySchema,
  type Trip,
  TripSchema,
  type Visit,
  VisitSchema,
} from '../src/schemas';
import {
  createOfficialResolver,
  createPlaceResolver,
  createSectorResolver,
} from '../src/utils/resolve-entities';
import type { VisitDraft } from './extract/frames/find-visits';
import { articleMarkdown } from './lib/article-markdown';
import { buildOfficials, buildPlaces, buildSectors } from './lib/build-entities';
import { placeToSlug, sectorVocabulary, toSlug } from './lib/knowledge';
import { linkTrips } from './lib/link-visits';
import { processSeed } from './lib/process-seed';
import { readSeeds } from './lib/read-seeds';

/** Where to read and write, and how to say how far it got. */
export interface BuildContentOptions {
  /** The seeds folder. */
  seedsDir: string;
  /** The content folder to write. */
  contentDir: string;
  /** Called before each article. */
  onProgress?: (file: string, index: number, total: number) => void;
}

/** Everything the content step produced. */
export interface ContentResult {
  /** Files seen in the seeds folder. */
  filesRead: number;
  /** Published articles. */
  articles: ArticleRecord[];
  /** Visits, one per report. */
  visits: Visit[];
  /** Trips, one however many reports tell it. */
  trips: Trip[];
  /** Places. */
  places: PlaceEntity[];
  /** Officials. */
  officials: OfficialEntity[];
  /** Sectors. */
  sectors: SectorEntity[];
  /** One report per input file. */
  reports: FileReport[];
}

/** Validates records with a schema, naming the record that fails. */
function validate<T>(
  kind: string,
  schema: { parse: (x: unknown) => T },
  list: readonly unknown[],
): T[] {
  return list.map((item) => {
    try {
      return schema.parse(item);
    } catch (error) {
      const id = (item as { id?: string; file?: string }).id ?? (item as { file?: string }).file;
      throw new Error(
        `${kind} ${id ?? '?'} 不符合数据定义：${error instanceof Error ? error.message : error}`,
      );
    }
  });
}

/** Writes a JSON array the way the exports are written: two-space indent, trailing newline. */
function writeJson(dir: string, name: string, data: unknown): void {
  writeFileSync(join(dir, name), `${JSON.stringify(data, null, 2)}\n`);
}

/** Writes `<id>.md` for every article into `dir`, emptied first (no page of an article now gone). */
function writeArticleMarkdown(
  dir: string,
  articles: readonly ArticleRecord[],
  resolve: Parameters<typeof articleMarkdown>[1],
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of articles)
    writeFileSync(join(dir, `${article.id}.md`), articleMarkdown(article, resolve));
}

/** Runs the content pipeline. */
export function buildContent(options: BuildContentOptions): ContentResult {
  // 1. Read the seeds folder: articles with their meta, and everything else by name.
  const listing = readSeeds(options.seedsDir);
  const reports: FileReport[] = listing.others.map((o) => ({
    file: o.file,
    article: null,
    status: 'ignored',
    reason: o.reason,
    encoding: null,
    repairs: [],
    anomalies: [],
    unresolved: [],
    warnings: [],
    removed: [],
    notes: [],
  }));
  // 2. Normalize and extract each article on its own (a bad file stops nothing else).
  const records: ArticleRecord[] = [];
  const drafts: VisitDraft[] = [];
  listing.seeds.forEach((seed, i) => {
    options.onProgress?.(seed.file, i + 1, listing.seeds.length);
    const done = processSeed(seed);
    reports.push(done.report);
    if (done.article) records.push(done.article);
    drafts.push(...done.visits);
  });
  // 3. Group the reports of one trip across articles into a trip; give visits and trips ids.
  const published = new Map(records.map((a) => [a.id, a.published]));
  const linked = linkTrips(drafts, placeToSlug, (id) => published.get(id) ?? null);
  const visits = validate('考察', VisitSchema, linked.visits);
  const trips = validate('行程', TripSchema, linked.trips);
  const visitsOf = Map.groupBy(visits, (v) => v.article);
  const articles = validate(
    '文章',
    ArticleRecordSchema,
    records.map((a) => ({ ...a, visits: (visitsOf.get(a.id) ?? []).map((v) => v.id) })),
  );
  // 4. Build the entities (their visits are trips): one official per person, one record per place and sector.
  const officials = validate('人物', OfficialEntitySchema, buildOfficials(articles, trips, toSlug));
  const places = validate(
    '地点',
    PlaceEntitySchema,
    buildPlaces(articles, trips, officials, placeToSlug),
  );
  const sectors = validate(
    '领域',
    SectorEntitySchema,
    buildSectors(sectorVocabulary, articles, trips, toSlug),
  );
  const quality = validate(
    '报告',
    FileReportSchema,
    reports.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  );
  // 5. Write the content folder.
  mkdirSync(options.contentDir, { recursive: true });
  writeJson(options.contentDir, 'articles.json', articles);
  writeJson(options.contentDir, 'visits.json', visits);
  writeJson(options.contentDir, 'trips.json', trips);
  writeJson(options.contentDir, 'officials.json', officials);
  writeJson(options.contentDir, 'places.json', places);
  writeJson(options.contentDir, 'sectors.json', sectors);
  writeJson(options.contentDir, 'quality.json', quality);
  // 6. Write each article's text as Markdown (what Astro renders), with the entities to mark.
  writeArticleMarkdown(join(options.contentDir, 'articles'), articles, {
    place: createPlaceResolver(places),
    official: createOfficialResolver(officials),
    sector: createSectorResolver(sectors),
  });
  return {
    filesRead:
      listing.seeds.length +
      listing.others.length +
      listing.seeds.filter((s) => s.metaText !== null).length,
    articles,
    visits,
    trips,
    places,
    officials,
    sectors,
    reports: quality,
  };
}
