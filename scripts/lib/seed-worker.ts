/** A worker thread of processSeedsInWorkers: processes the seeds it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { processSeedRef, type WorkerReply, type WorkerTask } from './process-seeds';

parentPort?.on('message', ({ index, ref, cache }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { index, done: processSeedRef(ref, cache) };
  } catch (error) {
    reply = { index, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
