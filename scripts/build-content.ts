/**
 * The content pipeline: seeds/ → normalized articles → visits and entities → validated JSON in the
 * content folder that Astro's content layer loads. File I/O happens only in the first and last step.
 */

import { availableParallelism } from 'node:os';
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
import type { EntityMark } from '../src/schemas/article-markdown';
import {
  createOfficialResolver,
  createPlaceResolver,
  createSectorResolver,
} from '../src/utils/resolve-entities';
import type { VisitDraft } from './extract/frames/find-visits';
import { buildOfficials, buildPlaces, buildSectors } from './lib/build-entities';
import { placeToSlug, sectorVocabulary, toSlug } from './lib/knowledge';
import { linkTrips } from './lib/link-visits';
import {
  type OnSeedDone,
  type ProcessedSeed,
  processSeedsHere,
  processSeedsInWorkers,
} from './lib/process-seeds';
import { listSeeds, type SeedRefListing } from './lib/read-seeds';
import type { SeedCache } from './lib/seed-cache';
import { runPool } from './lib/worker-pool';
import {
  type ArticleFilesPlan,
  planArticleFiles,
  renderJob,
  toRender,
  writePlannedFiles,
} from './lib/write-articles';
import { writeExports, writeStore } from './lib/write-content';

/** Where to read and write, and how to say how far it got. */
export interface BuildContentOptions {
  /** The seeds folder. */
  seedsDir: string;
  /** The content folder to write. */
  contentDir: string;
  /** Called as each article is done. */
  onProgress?: OnSeedDone;
  /** Reuse and keep article results here (openSeedCache); none: every article is processed. */
  cache?: SeedCache | null;
  /** The site's base path, put before the links of the article bodies; default `/`. */
  base?: string;
  /**
   * The pipeline's version (pipelineVersion): an article's files in the content folder made by
   * another version (another renderer) are made again. Default: none recorded.
   */
  version?: string;
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
  /** Articles whose result came from the cache. */
  cachedArticles: number;
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

/** Runs the content pipeline in this thread (tests, the evaluation, small folders). */
export function buildContent(options: BuildContentOptions): ContentResult {
  // 1. List the seeds folder: articles with their meta, and everything else by name.
  const listing = listSeeds(options.seedsDir);
  // 2. Normalize and extract each article on its own (a bad file stops nothing else).
  const processed = processSeedsHere(listing.seeds, options.cache ?? null, options.onProgress);
  // 3–5. Link, build the entities, write the store and the exports.
  const { result, plan } = assembleContent(listing, processed, options);
  // 6. Each article's Markdown and body, rendered here.
  writePlannedFiles(
    plan,
    toRender(plan).map((job) => renderJob(job, plan.base)),
  );
  return result;
}

/** Below this many bodies to render, starting render workers costs more than it saves. */
const MIN_BODIES_FOR_WORKERS = 40;

/** Runs the content pipeline with the articles spread over worker threads (the build script). */
export async function buildContentInWorkers(
  options: BuildContentOptions & { workers?: number },
): Promise<ContentResult> {
  const listing = listSeeds(options.seedsDir);
  const processed = await processSeedsInWorkers(listing.seeds, options.cache ?? null, {
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.onProgress === undefined ? {} : { onDone: options.onProgress }),
  });
  const { result, plan } = assembleContent(listing, processed, options);
  // 6. Each article's body whose inputs changed, rendered on a thread a core.
  const jobs = toRender(plan);
  const count = options.workers ?? availableParallelism();
  const rendered =
    jobs.length < MIN_BODIES_FOR_WORKERS || count < 2
      ? jobs.map((job) => renderJob(job, plan.base))
      : await runPool<{ body: string; marks: EntityMark[]; base: string }, string>(
          new URL('./lib/render-worker.ts', import.meta.url),
          jobs.map((job) => ({ body: job.body, marks: job.marks, base: plan.base })),
          count,
        );
  writePlannedFiles(plan, rendered);
  return result;
}

/**
 * Links, builds the entities and writes the store and the exports from the articles' results;
 * returns the content and the plan of the articles' own files (their bodies to render).
 */
function assembleContent(
  listing: SeedRefListing,
  processed: readonly ProcessedSeed[],
  options: BuildContentOptions,
): { result: ContentResult; plan: ArticleFilesPlan } {
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
  const records: ArticleRecord[] = [];
  const drafts: VisitDraft[] = [];
  for (const { result } of processed) {
    reports.push(result.report);
    if (result.article) records.push(result.article);
    drafts.push(...result.visits);
  }
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
  // 5. Write the content folder a record at a time: the store the site loads, and the exports.
  const all = { articles, visits, trips, officials, places, sectors, quality };
  writeStore(join(options.contentDir, 'store'), all);
  writeExports(join(options.contentDir, 'data'), all);
  // 6. Plan each article's Markdown and its body rendered with the entities marked.
  const plan = planArticleFiles(join(options.contentDir, 'articles'), articles, {
    resolve: {
      place: createPlaceResolver(places),
      official: createOfficialResolver(officials),
      sector: createSectorResolver(sectors),
    },
    base: options.base ?? '/',
    cache: options.cache ?? null,
    version: options.version ?? '',
  });
  const result: ContentResult = {
    filesRead:
      listing.seeds.length + listing.others.length + processed.filter((p) => p.hadMeta).length,
    articles,
    visits,
    trips,
    places,
    officials,
    sectors,
    reports: quality,
    cachedArticles: processed.filter((p) => p.cached).length,
  };
  return { result, plan };
}
