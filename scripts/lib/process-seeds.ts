/**
 * Turns listed seeds into results, one article at a time: read the file, reuse the cached result
 * of the same bytes under the same pipeline version, or normalize and extract it and cache that.
 * In this thread (processSeedsHere) or spread over worker threads (processSeedsInWorkers); the
 * results come back in the order of the seeds either way.
 */
import { availableParallelism } from 'node:os';
import { processSeed, type SeedResult } from './process-seed';
import { readSeed, type SeedFile, type SeedRef } from './read-seeds';
import { readCached, type SeedCache, seedKey, writeCached } from './seed-cache';
import { runPool } from './worker-pool';

/** One seed's result, and whether it came from the cache. */
export interface ProcessedSeed {
  result: SeedResult;
  /** It came from the cache. */
  cached: boolean;
  /** The seed had a meta file that could be read. */
  hadMeta: boolean;
}

/** Called as each seed is done: its file, how many are done, and how many there are. */
export type OnSeedDone = (file: string, done: number, total: number) => void;

/** Reads one seed: its result from the cache, or the seed and its key to process it. */
function lookUp(
  ref: SeedRef,
  cache: SeedCache | null,
): ProcessedSeed | { seed: SeedFile; key: string | null } {
  const seed = readSeed(ref);
  if (cache === null) return { seed, key: null };
  const key = seedKey(seed);
  const hit = readCached<SeedResult>(cache, key);
  return hit === null
    ? { seed, key }
    : { result: hit, cached: true, hadMeta: seed.metaText !== null };
}

/** Normalizes and extracts a seed read already, and keeps its result under `key`. */
function processRead(seed: SeedFile, key: string | null, cache: SeedCache | null): ProcessedSeed {
  const result = processSeed(seed);
  if (cache !== null && key !== null) writeCached(cache, key, result);
  return { result, cached: false, hadMeta: seed.metaText !== null };
}

/** Reads one seed and returns its result, from the cache when it holds one (cache null: none). */
export function processSeedRef(ref: SeedRef, cache: SeedCache | null): ProcessedSeed {
  const found = lookUp(ref, cache);
  return 'result' in found ? found : processRead(found.seed, found.key, cache);
}

/** Processes every seed in this thread, in order. */
export function processSeedsHere(
  refs: readonly SeedRef[],
  cache: SeedCache | null,
  onDone?: OnSeedDone,
): ProcessedSeed[] {
  return refs.map((ref, i) => {
    const done = processSeedRef(ref, cache);
    onDone?.(ref.file, i + 1, refs.length);
    return done;
  });
}

/** A task of the seed workers: a seed to read and process, and where its result is kept. */
export interface SeedTask {
  ref: SeedRef;
  cache: SeedCache | null;
}

/** Below this many seeds, starting workers (each loads jieba's dictionaries) costs more than it saves. */
const MIN_SEEDS_FOR_WORKERS = 40;

/**
 * Looks every seed up in the cache in this thread, then processes the others on `workers` worker
 * threads (default: one a core), each taking the next seed as it finishes one; a few are processed
 * here (starting a worker, which loads jieba's dictionaries, costs more). Workers run TypeScript
 * through the loader this process runs under (tsx), so this is for the build script; tests and
 * small folders use processSeedsHere.
 */
export async function processSeedsInWorkers(
  refs: readonly SeedRef[],
  cache: SeedCache | null,
  options: { workers?: number; onDone?: OnSeedDone } = {},
): Promise<ProcessedSeed[]> {
  const results: ProcessedSeed[] = new Array(refs.length);
  const todo: number[] = [];
  let finished = 0;
  const done = (index: number, value: ProcessedSeed) => {
    results[index] = value;
    finished++;
    options.onDone?.(refs[index]?.file ?? '', finished, refs.length);
  };
  refs.forEach((ref, i) => {
    const found = lookUp(ref, cache);
    if ('result' in found) done(i, found);
    else todo.push(i);
  });
  const count = Math.min(options.workers ?? availableParallelism(), Math.ceil(todo.length / 8));
  if (count < 2 || todo.length < MIN_SEEDS_FOR_WORKERS) {
    for (const i of todo) done(i, processSeedRef(refs[i] as SeedRef, cache));
    return results;
  }
  const tasks = todo.map((i) => ({ ref: refs[i] as SeedRef, cache }) satisfies SeedTask);
  await runPool<SeedTask, ProcessedSeed>(
    new URL('./seed-worker.ts', import.meta.url),
    tasks,
    count,
    (k, result) => done(todo[k] as number, result),
    (k) => tasks[k]?.ref.file ?? String(k),
  );
  return results;
}
