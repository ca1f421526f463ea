import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * One reply of the local register: a PDF (200, or 206 for a Range), a bare status (with Retry-After), an HTML page
 * with 200, an empty 200, a PDF cut after `after` bytes (its whole length announced, then the connection dropped), the
 * first `after` bytes of a PDF sent as if they were all of it (chunked, no length announced, ended cleanly), or no
 * answer at all (for timeouts).
 */
export type Reply =
  | { pdf: Uint8Array }
  | { status: number; retryAfter?: string }
  | { html: string }
  | { empty: true }
  | { cut: Uint8Array; after: number }
  | { short: Uint8Array; after: number }
  | { stall: true };

/** One request as the register saw it: the document and language of its URL, two headers, and when (on the clock given). */
export interface LoggedRequest {
  document: string;
  language: string;
  range: string | null;
  userAgent: string | null;
  at: number;
}

/** A running local register: its base address (for COSI_REGISTER_URL), the requests it got, and how to stop it. */
export interface LocalRegister {
  base: string;
  log: LoggedRequest[];
  /** The most requests it was answering at one time. */
  busiest(): number;
  close(): Promise<void>;
}

/** The register's document URL scheme: `/doc/document/ST-15912-2025-INIT/en/pdf`. */
const DOCUMENT_PATH = /^\/doc\/document\/([A-Z]+-\d+-\d{4}-[A-Z0-9-]+)\/([a-z]{2})\/pdf$/;

/** `Range: bytes=1000-`: the only form the fetcher sends. */
const OPEN_RANGE = /^bytes=(\d+)-$/;

/** A fixture PDF's bytes. */
export function fixturePdf(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

/**
 * Starts a register on 127.0.0.1 and a free port. `replies` maps `ST-90101-2025-INIT` (English) or
 * `ST-90101-2025-INIT/fr` to the replies of its successive requests, the last one repeated; anything else is a 404.
 */
export async function startRegister(replies: Readonly<Record<string, readonly Reply[]>>, clock: { now(): number } = Date): Promise<LocalRegister> {
  const log: LoggedRequest[] = [];
  const asked = new Map<string, number>();
  let open = 0;
  let busiest = 0;
  const server = createServer((request, response) => {
    open += 1;
    busiest = Math.max(busiest, open);
    response.on('close', () => (open -= 1));
    const match = DOCUMENT_PATH.exec(request.url ?? '');
    const [, document = '', language = ''] = match ?? [];
    log.push({ document, language, range: request.headers.range ?? null, userAgent: request.headers['user-agent'] ?? null, at: clock.now() });
    const key = language === 'en' ? document : `${document}/${language}`;
    const list = match === null ? undefined : replies[key];
    if (list === undefined || list.length === 0) return plain(response, 404);
    const count = asked.get(key) ?? 0;
    asked.set(key, count + 1);
    answer(request, response, list[Math.min(count, list.length - 1)] as Reply);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/doc/document/`,
    log,
    busiest: () => busiest,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(request: IncomingMessage, response: ServerResponse, reply: Reply): void {
  if ('stall' in reply) return;
  if ('status' in reply) return plain(response, reply.status, reply.retryAfter === undefined ? {} : { 'Retry-After': reply.retryAfter });
  if ('html' in reply) {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(reply.html) });
    response.end(reply.html);
    return;
  }
  if ('empty' in reply) {
    response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': 0 });
    response.end();
    return;
  }
  if ('short' in reply) {
    response.writeHead(200, { 'Content-Type': 'application/pdf' });
    response.end(reply.short.subarray(0, reply.after));
    return;
  }
  const bytes = 'pdf' in reply ? reply.pdf : reply.cut;
  const from = Number(OPEN_RANGE.exec(request.headers.range ?? '')?.[1] ?? 0);
  if (from >= bytes.length) return plain(response, 416, { 'Content-Range': `bytes */${bytes.length}` });
  const headers = { 'Content-Type': 'application/pdf', 'Content-Length': bytes.length - from, 'Accept-Ranges': 'bytes' };
  if (from > 0) response.writeHead(206, { ...headers, 'Content-Range': `bytes ${from}-${bytes.length - 1}/${bytes.length}` });
  else response.writeHead(200, headers);
  if ('pdf' in reply) {
    response.end(bytes.subarray(from));
    return;
  }
  // Everything up to `after` (counted from the file's start), then the connection closed mid-body (a FIN, not a reset, so that
  // every byte sent arrives: a reset may discard what the client has not read yet).
  response.write(bytes.subarray(from, Math.max(from, reply.after)), () => response.socket?.end());
}

function plain(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  const body = `${status}\n`;
  response.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': body.length, ...headers });
  response.end(body);
}
