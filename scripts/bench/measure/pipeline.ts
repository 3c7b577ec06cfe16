/**
 * Pipeline speed on one core, in this process: the whole per-article path (processSeed), each stage
 * on its own, and nodejieba's plain `cut` over the same decoded text, interleaved so that both see
 * the same machine load. Each figure is the median of `runs` passes over the corpus.
 */
import { cut } from '../../lib/jieba';
import { processSeed } from '../../lib/process-seed';
import type { SeedFile } from '../../lib/read-seeds';
import { decodeBytes } from '../../pipeline/decode';
import { runStages, STAGES, type Stage } from './pipeline-stages';
import { median, sum, timed } from './stats';

/** Pipeline figures for one corpus. */
export interface PipelineFigures {
  /** Articles timed. */
  articles: number;
  /** First call of processSeed (loading the gazetteer, OpenCC, the rules), ms. */
  coldStartMs: number;
  /** Median over runs of the mean ms per article of processSeed. */
  msPerArticle: number;
  /** 1000 / msPerArticle: articles per second on one core. */
  articlesPerSecond: number;
  /** Median over runs of the mean ms per article of jieba's `cut` over the decoded text. */
  cutMsPerArticle: number;
  /** msPerArticle / cutMsPerArticle. */
  vsCutRatio: number;
  /** Per stage: median ms per article (over articles, pooled across runs) and share of the stage sum. */
  stages: Record<Stage, { medianMs: number; meanMs: number; share: number }>;
}

/** Times the pipeline over `seeds`, `runs` times. */
export function measurePipeline(seeds: readonly SeedFile[], runs: number): PipelineFigures {
  const first = seeds[0];
  const coldStartMs = first ? timed(() => processSeed(first)).ms : 0;
  const texts = seeds.map((s) => decodeBytes(s.bytes).text);
  cut('预热分词词典'); // load jieba's dictionary outside the timing
  const perRun: { pipeline: number; cut: number }[] = [];
  const stageMs = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  for (let r = 0; r < runs; r++) {
    let pipeline = 0;
    let cutMs = 0;
    seeds.forEach((seed, i) => {
      pipeline += timed(() => processSeed(seed)).ms;
      cutMs += timed(() => cut(texts[i] ?? '')).ms;
    });
    perRun.push({ pipeline: pipeline / seeds.length, cut: cutMs / seeds.length });
    for (const seed of seeds) {
      runStages(seed, (stage, run) => {
        const t = timed(run);
        stageMs.get(stage)?.push(t.ms);
        return t.value;
      });
    }
  }
  const msPerArticle = median(perRun.map((r) => r.pipeline));
  const cutMsPerArticle = median(perRun.map((r) => r.cut));
  const means = STAGES.map(
    (s) => sum(stageMs.get(s) ?? []) / Math.max(1, (stageMs.get(s) ?? []).length),
  );
  const total = sum(means);
  const stages = Object.fromEntries(
    STAGES.map((s, i) => [
      s,
      {
        medianMs: median(stageMs.get(s) ?? []),
        meanMs: means[i] ?? 0,
        share: (means[i] ?? 0) / total,
      },
    ]),
  ) as PipelineFigures['stages'];
  return {
    articles: seeds.length,
    coldStartMs,
    msPerArticle,
    articlesPerSecond: msPerArticle > 0 ? 1000 / msPerArticle : 0,
    cutMsPerArticle,
    vsCutRatio: cutMsPerArticle > 0 ? msPerArticle / cutMsPerArticle : 0,
    stages,
  };
}
