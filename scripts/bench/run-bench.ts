/**
 * The benchmark: for each size, generate a corpus, time the pipeline in this process, build the
 * site `runs` times in a folder of its own, weigh the output; then search on the build of
 * `searchSize` articles, Lighthouse on the largest build, and the budgets.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { listSeeds, readSeed } from '../lib/read-seeds';
import { checkBudgets } from './budgets';
import { generateArticle } from './corpus/generate-article';
import { generateCorpus, writeCorpus } from './corpus/generate-corpus';
import { type BuildFigures, runBuild } from './measure/build';
import { listFiles, measureDist } from './measure/dist';
import { runLighthouse } from './measure/lighthouse';
import { measurePipeline } from './measure/pipeline';
import { measureBareSearch, measureSearch } from './measure/search';
import { serveDist } from './measure/static-server';
import { median } from './measure/stats';
import type { BenchResult, IncrementalBuild, SizeResult } from './results';
import { searchQueries } from './search-queries';

/** What to run. */
export interface BenchOptions {
  /** The project root. */
  root: string;
  /** Where corpora and builds go (removed at the end unless `keep`). */
  workDir: string;
  sizes: number[];
  runs: number;
  /** Builds of sizes of 5,000 articles and more (each takes minutes): default 1. */
  largeRuns?: number;
  seed: number;
  /** Measure search and Lighthouse (needs Chromium). */
  browser: boolean;
  /** Rebuild each size with one article more, to time an incremental build. */
  incremental: boolean;
  keep: boolean;
  /**
   * The size whose build search is measured on (the search page, the bare API, --before-dist):
   * the issues' search budgets are at 1,000 articles. Default: the largest size run.
   */
  searchSize?: number;
  /**
   * Another build of the corpus of `searchSize` (an index made otherwise, e.g. from main): the bare
   * Pagefind API is measured on it and on this run's build in turn, for before/after figures.
   */
  beforeDist?: string;
  /** Progress lines. */
  log: (line: string) => void;
}

const MB = 1024 * 1024;

/** From this size on, a size is built `largeRuns` times (default once): a build takes minutes. */
const LARGE = 5000;

/** At most this many articles are timed in this process for the per-stage figures (a sample). */
const PIPELINE_SAMPLE = 500;

/** Every k-th of `list`, at most `n` of them, from the first: a sample spread over the corpus. */
function spread<T>(list: readonly T[], n: number): T[] {
  const k = Math.max(1, Math.ceil(list.length / n));
  return list.filter((_, i) => i % k === 0);
}

/**
 * Adds the next article of the corpus to the built one and builds again into the same content,
 * cache and output folders: what a user adding one report to a corpus waits for.
 */
async function rebuildWithOneMore(
  o: BenchOptions,
  n: number,
  dirs: { seeds: string; content: string; out: string; cache: string },
  cleanContentSeconds: number,
): Promise<IncrementalBuild> {
  const added = generateArticle(o.seed, n);
  writeFileSync(join(dirs.seeds, `${added.id}.txt`), added.bytes);
  if (added.metaYaml !== null)
    writeFileSync(join(dirs.seeds, `${added.id}.meta.yaml`), added.metaYaml);
  o.log(`[${n}] rebuild with one article more (${added.id})`);
  try {
    const b = await runBuild(o.root, dirs);
    const content = b.steps['内容'] ?? 0;
    o.log(`      ${b.totalSeconds.toFixed(1)} s, content ${content.toFixed(1)} s`);
    return {
      added: added.id,
      totalSeconds: b.totalSeconds,
      steps: b.steps,
      contentRatio: cleanContentSeconds > 0 ? content / cleanContentSeconds : 0,
      peakRssMB: b.peakRssBytes / MB,
    };
  } finally {
    rmSync(join(dirs.seeds, `${added.id}.txt`), { force: true });
    rmSync(join(dirs.seeds, `${added.id}.meta.yaml`), { force: true });
  }
}

/** Builds one size `runs` times; keeps the last build's dist; returns the size's figures. */
async function benchSize(o: BenchOptions, n: number): Promise<{ size: SizeResult; dist: string }> {
  const dir = join(o.workDir, String(n));
  rmSync(dir, { recursive: true, force: true });
  // 1. Generate the corpus and read a sample of it back as the build will.
  const seedsDir = join(dir, 'seeds');
  writeCorpus(seedsDir, o.seed, n);
  const seeds = spread(listSeeds(seedsDir).seeds, PIPELINE_SAMPLE).map(readSeed);
  // 2. Time the pipeline on one core, stage by stage, against jieba's cut.
  o.log(`[${n}] pipeline × ${o.runs} (${seeds.length} articles)`);
  const pipeline = measurePipeline(seeds, o.runs);
  // 3. Build the site, clean (no cache, no content folder of an earlier build), `runs` times.
  const builds: BuildFigures[] = [];
  let dist = '';
  let dirs = { seeds: seedsDir, content: '', out: '', cache: '' };
  const runs = n >= LARGE ? (o.largeRuns ?? 1) : o.runs;
  for (let r = 0; r < runs; r++) {
    const run = join(dir, `run-${r}`);
    if (r > 0) rmSync(join(dir, `run-${r - 1}`), { recursive: true, force: true });
    dist = join(run, 'dist');
    dirs = { seeds: seedsDir, content: join(run, 'content'), out: dist, cache: join(run, 'cache') };
    o.log(`[${n}] build ${r + 1}/${runs}`);
    const b = await runBuild(o.root, dirs);
    o.log(`      ${b.totalSeconds.toFixed(1)} s, ${Math.round(b.peakRssBytes / MB)} MB`);
    builds.push(b);
  }
  // 4. Weigh the output of the last build.
  const weights = measureDist(dist);
  const step = (name: string) => median(builds.map((b) => b.steps[name] ?? 0));
  // 5. One article more, into the last build's folders (its dist is weighed already).
  const incremental = o.incremental ? await rebuildWithOneMore(o, n, dirs, step('内容')) : null;
  const totalSeconds = median(builds.map((b) => b.totalSeconds));
  return {
    dist,
    size: {
      articles: n,
      pipelineMsPerArticle: pipeline.msPerArticle,
      articlesPerSecond: pipeline.articlesPerSecond,
      pipelineVsCutRatio: pipeline.vsCutRatio,
      astroSeconds: step('astro build'),
      pagefindSeconds: step('Pagefind'),
      totalSeconds,
      peakRssMB: median(builds.map((b) => b.peakRssBytes / MB)),
      distBytes: weights.distBytes,
      pages: weights.pages,
      contentSeconds: step('内容'),
      buildMsPerArticle: (totalSeconds * 1000) / n,
      cutMsPerArticle: pipeline.cutMsPerArticle,
      pipelineColdStartMs: pipeline.coldStartMs,
      stages: pipeline.stages,
      builds: builds.map((b) => ({
        totalSeconds: b.totalSeconds,
        steps: b.steps,
        peakRssMB: b.peakRssBytes / MB,
        peakRssMBByProcess: Object.fromEntries(
          Object.entries(b.peakRssByProcess).map(([k, v]) => [k, Math.round(v / MB)]),
        ),
      })),
      pageTypes: weights.pageTypes,
      incremental,
    },
  };
}

/** Scores home, the first visit page and search with Lighthouse, one after another. */
async function lighthouseOf(o: BenchOptions, dist: string): Promise<BenchResult['lighthouse']> {
  const visit = listFiles(dist)
    .filter((f) => /^visits\/[^/]+\/index\.html$/.test(f))
    .sort()[0];
  const pages = {
    home: '/',
    visit: visit ? `/${visit.replace(/index\.html$/, '')}` : null,
    search: '/search/',
  };
  const server = await serveDist(dist);
  const out: BenchResult['lighthouse'] = {};
  try {
    for (const [name, path] of Object.entries(pages) as [keyof typeof pages, string | null][]) {
      if (path === null) continue;
      o.log(`lighthouse ${path}`);
      out[name] = { url: path, ...(await runLighthouse(o.root, server.origin + path)) };
    }
  } finally {
    await server.close();
  }
  return out;
}

/** Runs the benchmark and returns its result, budgets checked. */
export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const loadAtStart = loadavg()[0] ?? 0;
  const sizes: SizeResult[] = [];
  const dists = new Map<number, string>();
  let last = '';
  for (const n of o.sizes) {
    const { size, dist } = await benchSize(o, n);
    sizes.push(size);
    dists.set(n, dist);
    last = dist;
  }
  const searchSize =
    o.searchSize !== undefined && dists.has(o.searchSize) ? o.searchSize : (o.sizes.at(-1) ?? 0);
  const searchDist = dists.get(searchSize) ?? last;
  const notes: string[] = [];
  let search: BenchResult['search'] = null;
  let lighthouse: BenchResult['lighthouse'] = {};
  let indexComparison: BenchResult['indexComparison'] = null;
  if (o.browser && last) {
    // A failure here must not lose the sizes' figures: it becomes a note, and the budget is unmeasured.
    try {
      o.log(`search in Chromium, on the build of ${searchSize} articles`);
      const queries = searchQueries(generateCorpus(o.seed, 10));
      search = await measureSearch(searchDist, queries, o.runs);
      if (o.beforeDist) {
        o.log(`bare Pagefind API: ${o.beforeDist} and this build, in turn`);
        const [before, after] = await measureBareSearch(
          [o.beforeDist, searchDist],
          queries,
          o.runs,
        );
        indexComparison = {
          beforeDist: o.beforeDist,
          before: before?.first ?? [],
          after: after?.first ?? [],
          beforeNext: before?.next ?? [],
          afterNext: after?.next ?? [],
        };
      }
      if (search.mode === 'api') {
        notes.push(
          `/search/ has no search script yet: search was measured with Pagefind's JS API in a blank page served from the ${searchSize}-article dist.`,
        );
      }
    } catch (error) {
      notes.push(`search not measured: ${error instanceof Error ? error.message : error}`);
    }
    try {
      lighthouse = await lighthouseOf(o, last);
    } catch (error) {
      notes.push(`Lighthouse not measured: ${error instanceof Error ? error.message : error}`);
    }
  }
  const cpu = cpus();
  const result: BenchResult = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: process.platform,
      // Other work on a shared machine shows here: a load above the core count means noisy timings.
      loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
    },
    seed: o.seed,
    runs: o.runs,
    sizes,
    pageTypes: sizes.at(-1)?.pageTypes ?? {},
    searchSize: search ? searchSize : null,
    search,
    indexComparison,
    lighthouse,
    budgets: [],
    notes,
  };
  result.budgets = checkBudgets(result);
  if (!o.keep) rmSync(o.workDir, { recursive: true, force: true });
  return result;
}
