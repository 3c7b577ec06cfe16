/**
 * Pagefind's browser bundle (pagefind.js) run in Node against a built site: served over HTTP
 * (it fetches its index), without a worker, with a stub `document` whose `<html lang>` is zh-CN
 * so that the query is segmented as Chinese, and with the search page's own options; the site's
 * further index shards (pagefind/shards.json) merged, as the search page merges them.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  listShards,
  type Pagefind,
  pagefindOptions,
} from '../../../src/scripts/search/pagefind-api';
import { type StaticServer, serveStatic } from '../../support/static-server';

/** A running Pagefind over a built site; close() stops its server. */
export interface NodePagefind {
  pagefind: Pagefind;
  server: StaticServer;
  /** A result's URL without the origin and base: `visits/x/`. */
  path: (url: string) => string;
  close: () => Promise<void>;
}

/** Load `<site>/pagefind/pagefind.js`, served at `base`, as the search page would. */
export async function loadNodePagefind(site: string, base = '/'): Promise<NodePagefind> {
  const server = await serveStatic(site, { base });
  const stub = { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  Object.assign(globalThis, { document: stub });
  const pagefind = (await import(
    pathToFileURL(join(site, 'pagefind/pagefind.js')).href
  )) as Pagefind;
  const options = pagefindOptions(`${server.origin}${base}`);
  await pagefind.options(options);
  await pagefind.init();
  // A site indexed in several shards is searched as one, as the search page does.
  const { basePath: _, ...shared } = options;
  for (const shard of await listShards(`${server.origin}${base}`))
    await pagefind.mergeIndex(shard, shared);
  const prefix = `${server.origin}${base}`;
  return {
    pagefind,
    server,
    path: (url) => (url.startsWith(prefix) ? url.slice(prefix.length) : url),
    close: async () => {
      Reflect.deleteProperty(globalThis, 'document');
      await server.close();
    },
  };
}
