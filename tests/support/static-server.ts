/** A small static file server for tests: serves a built site on 127.0.0.1, optionally under a base path and with headers. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CONTENT_TYPES } from '../../scripts/lib/content-types';

/** A running server and its origin (http://127.0.0.1:port). */
export interface StaticServer {
  /** Origin without a trailing slash. */
  origin: string;
  /** Stops it. */
  close: () => Promise<void>;
}

/** Serves `dir` at `base` (default '/'), with extra response headers; 404 page from dir/404.html. */
export async function serveStatic(
  dir: string,
  options: { base?: string; headers?: Record<string, string> } = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(base) ? path.slice(base.length - 1) : null;
    let file = inside === null ? null : join(dir, normalize(inside));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file?.startsWith(dir) && existsSync(file);
    const served = found ? file : join(dir, '404.html');
    res.writeHead(found ? 200 : 404, {
      'content-type': CONTENT_TYPES[extname(served as string)] ?? 'application/octet-stream',
      ...options.headers,
    });
    if (existsSync(served as string)) createReadStream(served as string).pipe(res);
    else res.end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
