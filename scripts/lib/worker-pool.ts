/**
 * A pool of worker threads for the build's per-article work: each worker takes the next task as it
 * finishes one, and the results come back in the order of the tasks. Workers run TypeScript
 * through the loader this process runs under (tsx), so this is for the build script.
 */
import { Worker } from 'node:worker_threads';

/** A message to a pool worker: the task at `index`. */
export interface PoolTask<T> {
  index: number;
  task: T;
}

/** A message from a pool worker: the result for the task at `index`, or why it failed. */
export type PoolReply<R> = { index: number; result: R } | { index: number; error: string };

/**
 * Runs `tasks` on `count` workers started from `script` (a module that answers each PoolTask with
 * a PoolReply, see servePool); `onDone` is called as each task is done.
 */
export function runPool<T, R>(
  script: URL,
  tasks: readonly T[],
  count: number,
  onDone?: (index: number, result: R) => void,
  nameOf: (index: number) => string = String,
): Promise<R[]> {
  const results: R[] = new Array(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    const pool = Array.from(
      { length: Math.max(1, Math.min(count, tasks.length)) },
      () => new Worker(script),
    );
    const stop = (error?: Error) => {
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      const index = next++;
      const task = tasks[index];
      if (index < tasks.length) worker.postMessage({ index, task } as PoolTask<T>);
    };
    for (const worker of pool) {
      worker.on('message', (reply: PoolReply<R>) => {
        if ('error' in reply) return stop(new Error(`${nameOf(reply.index)}：${reply.error}`));
        results[reply.index] = reply.result;
        finished++;
        onDone?.(reply.index, reply.result);
        if (finished === tasks.length) return stop();
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      feed(worker);
    }
  });
}

/** In a pool worker: answers every task with `work(task)`, or with the error it threw. */
export function servePool<T, R>(
  port: import('node:worker_threads').MessagePort | null,
  work: (task: T) => R,
): void {
  port?.on('message', ({ index, task }: PoolTask<T>) => {
    let reply: PoolReply<R>;
    try {
      reply = { index, result: work(task) };
    } catch (error) {
      reply = { index, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
