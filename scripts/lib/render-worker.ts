/** A worker thread that renders article bodies (write-articles.ts renderJob), one at a time. */
import { parentPort } from 'node:worker_threads';
import type { EntityMark } from '../../src/schemas/article-markdown';
import { servePool } from './worker-pool';
import { renderJob } from './write-articles';

servePool<{ body: string; marks: EntityMark[]; base: string }, string>(parentPort, (task) =>
  renderJob(task, task.base),
);
