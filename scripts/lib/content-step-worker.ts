/** The process of runContentStep: the content pipeline, then the accuracy measure. */
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildContentInWorkers } from '../build-content';
import type { ContentStepMessage, ContentStepOptions } from './content-step';
import { measureAccuracy } from './measure-accuracy';
import { pipelineVersion } from './pipeline-version';
import { SeedsFolderError } from './read-seeds';
import { openSeedCache } from './seed-cache';

/** Sends a message to the build, and waits until it has gone (before the process exits). */
const say = (m: ContentStepMessage): Promise<void> =>
  new Promise((ok) => {
    if (process.send) process.send(m, () => ok());
    else ok();
  });

// The build went away (killed, or failed): stop, rather than go on writing a content folder that
// nothing reads (and that a build started meanwhile may be writing).
const orphaned = () => {
  process.stderr.write('内容步骤：构建进程已结束，内容步骤随之停止。\n');
  process.exit(1);
};
process.on('disconnect', orphaned);

// The build sends the options once it has started this process.
const o = await new Promise<ContentStepOptions>((ok) => process.once('message', ok));

/** Runs and times one step, as the build's report shows it. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  void say({ kind: 'progress', line: `▸ ${name}…` });
  const result = await run();
  void say({
    kind: 'step',
    name,
    seconds: (performance.now() - started) / 1000,
  });
  return result;
}

try {
  // 1. Read, normalize and extract every article (on a thread a core), reusing the results kept
  //    for articles whose bytes and pipeline version are unchanged; write the content folder.
  const version = pipelineVersion(o.root);
  const cache = o.cacheDir === null ? null : openSeedCache(o.cacheDir, version);
  const content = await step('内容', () =>
    buildContentInWorkers({
      seedsDir: o.seedsDir,
      contentDir: o.contentDir,
      cache,
      base: o.base,
      version,
      ...(o.workers === undefined ? {} : { workers: o.workers }),
      onProgress: (file, i, n) => void say({ kind: 'progress', line: `  [${i}/${n}] ${file}` }),
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
  await say({
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
  await say({
    kind: 'failed',
    // A problem of the input is said as such; anything else keeps its stack for whoever fixes it.
    message:
      error instanceof SeedsFolderError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error),
  });
}
// Nothing more to say: let the process end (the channel to the build would keep it open), unless
// the build has closed it already.
process.off('disconnect', orphaned);
if (process.connected) process.disconnect();
