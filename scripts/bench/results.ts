/** The shape of bench/results/latest.json (the keys, and more). */
import type { PageType, PageTypeFigures } from './measure/dist';
import type { LighthouseScores } from './measure/lighthouse';
import type { Stage } from './measure/pipeline-stages';
import type { SearchFigures } from './measure/search';

/** Figures of one corpus size (medians over runs). */
export interface SizeResult {
  articles: number;
  pipelineMsPerArticle: number;
  articlesPerSecond: number;
  pipelineVsCutRatio: number;
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  peakRssMB: number;
  distBytes: number;
  pages: number;
  /** Content step of the build (pipeline, linking, entities, JSON), seconds. */
  contentSeconds: number;
  /** totalSeconds / articles, in ms: the cost per article of a whole build. */
  buildMsPerArticle: number;
  /** jieba `cut` over the same text, ms per article. */
  cutMsPerArticle: number;
  /** First processSeed call (loading data and engines), ms. */
  pipelineColdStartMs: number;
  /** Per stage: median and mean ms per article, share of the stages' sum. */
  stages: Record<Stage, { medianMs: number; meanMs: number; share: number }>;
  /** Each build, as measured. */
  builds: {
    totalSeconds: number;
    steps: Record<string, number>;
    peakRssMB: number;
    /** Peak RSS of each kind of process (build script, astro, pagefind), MB. */
    peakRssMBByProcess: Record<string, number>;
  }[];
  /** Page weights at this size. */
  pageTypes: Partial<Record<PageType, PageTypeFigures>>;
  /** The build again after one article was added to the built corpus (same content and cache). */
  incremental: IncrementalBuild | null;
}

/** A build after one article was added to a built corpus. */
export interface IncrementalBuild {
  /** The added article's id. */
  added: string;
  /** Wall time of the whole build, seconds. */
  totalSeconds: number;
  /** Seconds per step, as the build reports them. */
  steps: Record<string, number>;
  /** Its content step over the clean builds' content step (median): ≤ 0.1 is the budget. */
  contentRatio: number;
  /** Peak RSS of its process tree, MB. */
  peakRssMB: number;
}

/** A budget and whether it holds. */
export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  ok: boolean | null;
}

/** The whole result. */
export interface BenchResult {
  generatedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGB: number;
    node: string;
    platform: string;
    /** One-minute load average when the bench started and ended. */
    loadAverage: { start: number; end: number };
  };
  seed: number;
  runs: number;
  sizes: SizeResult[];
  /** Page weights at the largest size. */
  pageTypes: Partial<Record<PageType, PageTypeFigures>>;
  /** The size (articles) whose build search was measured on, or null when it was not. */
  searchSize: number | null;
  search: SearchFigures | null;
  /**
   * The bare Pagefind API (cold, first queries) on another build of the same corpus and on this
   * run's, measured in turn in the same run (null unless --before-dist was given).
   */
  indexComparison: {
    beforeDist: string;
    before: { q: string; group: 'name' | 'broad'; ms: number; results: number }[];
    after: { q: string; group: 'name' | 'broad'; ms: number; results: number }[];
    /** The next queries, warm on the page of the first: the engine's own time, start-up excluded. */
    beforeNext: { q: string; group: 'name' | 'broad'; ms: number; results: number }[];
    afterNext: { q: string; group: 'name' | 'broad'; ms: number; results: number }[];
  } | null;
  lighthouse: Partial<Record<'home' | 'visit' | 'search', LighthouseScores & { url: string }>>;
  budgets: BudgetResult[];
  notes: string[];
}
