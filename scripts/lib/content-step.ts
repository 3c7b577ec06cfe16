/**
 * The build's first two steps (the content pipeline, then the accuracy measure) in a process of
 * their own: the records of the whole corpus are held there, and given back to the system when it
 * exits, before Astro and Pagefind start; the build keeps only the counts and the report. (A
 * worker thread gave the V8 heap back but not the allocator's pages: at 10,000 articles the build
 * process still held 2.3 GB while Astro ran.)
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileReport } from '../../src/schemas';

/** What the content step is asked to do (the build script's options). */
export interface ContentStepOptions {
  root: string;
  seedsDir: string;
  contentDir: string;
  /** The article cache's folder, or null for none. */
  cacheDir: string | null;
  base: string;
  workers?: number;
  /** Where the corpus with gold is, measured when it is there. */
  corpusDir: string;
  seedsGoldDir: string;
}

/** What the build keeps of the content step. */
export interface ContentSummary {
  filesRead: number;
  articles: number;
  visits: number;
  trips: number;
  places: number;
  officials: number;
  sectors: number;
  cachedArticles: number;
  reports: FileReport[];
}

/** A message from the content step: progress, a step's time, its summary, or its failure. */
export type ContentStepMessage =
  | { kind: 'progress'; line: string }
  | { kind: 'step'; name: string; seconds: number }
  | { kind: 'done'; summary: ContentSummary }
  | { kind: 'failed'; message: string };

/** Runs the content step in its own process; `onMessage` gets its progress and step times. */
export function runContentStep(
  options: ContentStepOptions,
  onMessage: (m: Exclude<ContentStepMessage, { kind: 'done' | 'failed' }>) => void,
): Promise<ContentSummary> {
  return new Promise((resolve, reject) => {
    // The same Node and loader (tsx's --import) as the build's own process.
    const child = fork(fileURLToPath(new URL('./content-step-worker.ts', import.meta.url)), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    let summary: ContentSummary | null = null;
    let failure: Error | null = null;
    child.on('message', (m: ContentStepMessage) => {
      if (m.kind === 'done') summary = m.summary;
      else if (m.kind === 'failed') failure = new Error(m.message);
      else onMessage(m);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (failure) reject(failure);
      else if (summary) resolve(summary);
      else reject(new Error(`内容步骤异常结束（退出码 ${code ?? signal}）`));
    });
    child.send(options);
  });
}
