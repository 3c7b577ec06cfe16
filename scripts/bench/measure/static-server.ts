/**
 * A static server for a built site on 127.0.0.1, gzipping text (HTML, CSS, JavaScript, JSON, SVG,
 * XML) as any static host does (GitHub Pages, Netlify), so that bytes fetched are bytes a reader
 * would download; Pagefind's index, fragments and wasm are gzipped by Pagefind itself and sent as
 * they are. Extra routes serve pages that are not part of the site (a blank page for Pagefind's API).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../../lib/content-types';

// Pagefind's index and fragment files are gzipped already; wasm and text are worth compressing.
const COMPRESS = /^(?:text\/|application\/(?:json|xml|wasm)|image\/svg)/;

/** A running server. */
export interface StaticServer {
  /** http://127.0.0.1:port, no trailing slash. */
  origin: string;
  /** Response body bytes sent since the last reset (as sent: gzipped where compressed). */
  bytesSent: () => number;
  /**
   * Response body bytes (as sent) since the last reset for the requests that reached the server
   * before `time` (Date.now() on this machine): what a page had asked for by then.
   */
  bytesRequestedBefore: (time: number) => number;
  /** Sets the byte counter to zero. */
  resetBytes: () => void;
  /** Stops it. */
  close: () => Promise<void>;
}

/** Finds the file for a URL path: the file itself, or index.html of a directory; null if none. */
function fileFor(dir: string, path: string): string | null {
  const file = join(dir, normalize(decodeURIComponent(path)));
  if (!file.startsWith(dir)) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory() && statSync(join(file, 'index.html')).isFile())
      return join(file, 'index.html');
  } catch {
    // not there
  }
  return null;
}

/** Serves `dir` (and `extra` paths → HTML); 404.html for what is not there. */
export async function serveDist(
  dir: string,
  extra: Record<string, string> = {},
): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  let sent = 0;
  let log: { at: number; bytes: number }[] = [];
  const server = createServer((req, res) => {
    const at = Date.now();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const page = extra[path];
    const file = page === undefined ? fileFor(dir, path) : null;
    const found = page !== undefined || file !== null;
    const served = file ?? join(dir, '404.html');
    const type =
      page !== undefined
        ? CONTENT_TYPES['.html']
        : (CONTENT_TYPES[extname(served)] ?? 'application/octet-stream');
    let body: Buffer;
    try {
      body = page !== undefined ? Buffer.from(page) : readFileSync(served);
    } catch {
      body = Buffer.from('not found');
    }
    const headers: Record<string, string> = {
      'content-type': type ?? 'text/plain',
      'cache-control': 'no-cache',
    };
    if (
      COMPRESS.test(type ?? '') &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      const key = page !== undefined ? `extra:${path}` : served;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
      body = gzipped.get(key) ?? body;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    sent += body.length;
    log.push({ at, bytes: body.length });
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytesSent: () => sent,
    bytesRequestedBefore: (time) =>
      log.filter((r) => r.at <= time).reduce((total, r) => total + r.bytes, 0),
    resetBytes: () => {
      sent = 0;
      log = [];
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
