import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types of the files a built site holds. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types a static host compresses on the fly; Pagefind's own files are already gzipped, as is a `.wasm` it ships. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** A running static server and the bytes it has sent since the last reset. */
export interface StaticServer {
  origin: string;
  /** Bytes of response bodies sent (after compression) and the number of requests, since the last reset. */
  sent(): { bytes: number; requests: number };
  /**
   * Each request since the last reset: its path, the bytes of its body as sent, and when its response was written (ms
   * since the epoch, like a page's timeOrigin + now).
   */
  log(): readonly { path: string; bytes: number; at: number }[];
  reset(): void;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1 as a static host would: directory indexes, gzip for text, 404.html for misses. */
export function serveStatic(root: string): Promise<StaticServer> {
  let bytes = 0;
  let requests = 0;
  let log: { path: string; bytes: number; at: number }[] = [];
  const compressed = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(root, '404.html');
    }
    let body: Buffer;
    let status = file.endsWith('/404.html') && !path.endsWith('/404.html') ? 404 : 200;
    try {
      body = readFileSync(file);
    } catch {
      body = Buffer.from('Not found');
      status = 404;
    }
    const extension = extname(file);
    const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const cached = compressed.get(file) ?? gzipSync(body);
      compressed.set(file, cached);
      body = cached;
      headers['Content-Encoding'] = 'gzip';
    }
    // A typical static host lets browsers keep files ten minutes (GitHub Pages sends max-age=600).
    headers['Cache-Control'] = 'public, max-age=600';
    headers['Content-Length'] = String(body.length);
    bytes += body.length;
    requests += 1;
    response.writeHead(status, headers);
    response.end(body, () => log.push({ path, bytes: body.length, at: performance.timeOrigin + performance.now() }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        sent: () => ({ bytes, requests }),
        log: () => log,
        reset: () => {
          bytes = 0;
          requests = 0;
          log = [];
        },
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
