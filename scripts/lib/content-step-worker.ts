/** The worker thread of runContentStep: the content pipeline, then the accuracy measure. */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { buildContentInWorkers } from '../build-content';
import type { ContentStepMessage, ContentStepOptions } from './content-step';
import { measureAccuracy } from './measure-accuracy';
import { pipelineVersion } from './pipeline-version';
import { openSeedCache } from './seed-cache';

const o = workerData as ContentStepOptions;
const say = (m: ContentStepMessage) => parentPort?.postMessage(m);

/** Runs and times one step, as the build's report shows it. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  say({ kind: 'progress', line: `▸ ${name}…` });
  const result = await run();
  say({ kind: 'step', name, seconds: (performance.now() - started) / 1000 });
  return result;
}

try {
  // 1. Read, normalize and extract every article (on a thread a core), reusing the results kept
  //    for articles whose bytes and pipeline version are unchanged; write the content folder.
  const cache = o.cacheDir === null ? null : openSeedCache(o.cacheDir, pipelineVersion(o.root));
  const content = await step('内容', () =>
    buildContentInWorkers({
      seedsDir: o.seedsDir,
      contentDir: o.contentDir,
      cache,
      base: o.base,
      ...(o.workers === undefined ? {} : { workers: o.workers }),
      onProgress: (file, i, n) => say({ kind: 'progress', line: `  [${i}/${n}] ${file}` }),
    }),
  );
  // 2. Measure accuracy with the project's scorer: the seeds against their gold, and the
  //    development corpus with its gold where it is beside the project.
  await step('评测', () => {
    const target = join(o.contentDir, 'accuracy.json');
    // Not measured: no accuracy.json at all (the site says so), never a stale one.
    rmSync(target, { force: true });
    const accuracy = measureAccuracy(
      content,
      { seedsGold: resolve(o.seedsGoldDir), corpus: resolve(o.corpusDir) },
      cache,
    );
    if (accuracy) writeFileSync(target, `${JSON.stringify(accuracy, null, 2)}\n`);
  });
  say({
    kind: 'done',
    summary: {
      filesRead: content.filesRead,
      articles: content.articles.length,
      visits: content.visits.length,
      trips: content.trips.length,
      places: content.places.length,
      officials: content.officials.length,
      sectors: content.sectors.length,
      cachedArticles: content.cachedArticles,
      reports: content.reports,
    },
  });
} catch (error) {
  say({
    kind: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}
