/**
 * Writes a file aside and renames it into place, so that no reader (another build, a worker
 * thread, Astro) ever sees half of it: the one way the pipeline writes a file others may read.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/** Pieces are gathered to about this many characters before a write (a write a record was slow). */
const WRITE_CHUNK = 1 << 20;

/** Writes `text` (or its pieces, one after another) into `path`, aside and then renamed. */
export function writeAtomic(path: string, text: string | Iterable<string>): void {
  // Unique per process and thread: two writers of the same file never share the aside.
  const aside = `${path}.${process.pid}-${threadId}.tmp`;
  const fd = openSync(aside, 'w');
  try {
    if (typeof text === 'string') writeSync(fd, text);
    else {
      let chunk: string[] = [];
      let size = 0;
      for (const piece of text) {
        chunk.push(piece);
        size += piece.length;
        if (size >= WRITE_CHUNK) {
          writeSync(fd, chunk.join(''));
          chunk = [];
          size = 0;
        }
      }
      if (chunk.length > 0) writeSync(fd, chunk.join(''));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(aside, path);
}
