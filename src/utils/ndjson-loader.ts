import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Loader } from 'astro/loaders';

/**
 * A content loader for a file of one JSON record a line (the content pipeline's
 * `store/<collection>.ndjson`), read a line at a time: the corpus is never one string in memory.
 * A record whose line is unchanged since the last build keeps its stored entry (its digest is the
 * line's) and is not validated again; records gone from the file are removed from the store.
 */
export function ndjsonLoader(
  path: string,
  keyOf: (record: Record<string, unknown>) => string = (r) => String(r.id),
): Loader {
  return {
    name: 'ndjson-loader',
    load: async ({ store, parseData, generateDigest }) => {
      const seen = new Set<string>();
      const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as Record<string, unknown>;
        const id = keyOf(record);
        seen.add(id);
        const digest = generateDigest(line);
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: await parseData({ id, data: record }), digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
