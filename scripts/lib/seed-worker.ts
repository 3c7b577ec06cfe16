/** A worker thread of processSeedsInWorkers: processes the seeds it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { type ProcessedSeed, processSeedRef, type SeedTask } from './process-seeds';
import { servePool } from './worker-pool';

servePool<SeedTask, ProcessedSeed>(parentPort, ({ ref, cache }) => processSeedRef(ref, cache));
