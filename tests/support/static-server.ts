import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types of the files in dist/ (Pagefind's own `.pf_*` chunks are binary). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsl': 'text/xsl',
};

/** A running static server and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** The headers a `_headers` file (Netlify/Cloudflare format) gives every path (`/*`); empty when there is none. */
export async function readGlobalHeaders(root: string): Promise<Record<string, string>> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const headers: Record<string, string> = {};
  let global = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      global = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (global && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

async function fileFor(root: string, pathname: string): Promise<string | null> {
  const path = resolve(root, `.${normalize(decodeURIComponent(pathname))}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

/** Serves a built site from `root` on 127.0.0.1 at a free port, with the site's `_headers` and its 404 page, like a static host. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const headers = await readGlobalHeaders(base);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    void (async () => {
      const file = await fileFor(base, url.pathname);
      if (file !== null && !url.pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !url.pathname.endsWith('.html')) {
        response.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const target = file ?? join(base, '404.html');
      const body = await readFile(target).catch(() => Buffer.from('Not found'));
      response.writeHead(file === null ? 404 : 200, {
        ...headers,
        'Content-Type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
      });
      response.end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
