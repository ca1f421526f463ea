/**
 * The HTTP edge: one GET of a register URL, its body streamed into a part file, resuming the bytes already there with a
 * Range request. Never throws for what happens on the network: a timeout or a cut connection is an answer's `error`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Answer } from './ports.ts';

/** Who is asking, as the register's logs will show it: the project, the command, and the pace it keeps. */
export const USER_AGENT = 'cosi-archive/0.1 (open archive of the EU Council COSI documents; npm run fetch; one request at a time, at most one a second)';

/** `Content-Range: bytes 1000-4999/5000`: the first byte sent and the whole size. */
const CONTENT_RANGE = /^bytes (\d+)-\d+\/(\d+)$/;

/** How a download is made. */
export interface DownloadOptions {
  userAgent: string;
  /** Milliseconds without a byte (or the headers) after which the request is abandoned. */
  timeoutMs: number;
}

/**
 * GETs `url` into `part`: appended after the bytes already there when the register answers 206 to the Range asked,
 * else written anew. A file-system failure throws: it is not the register's answer.
 */
export async function download(url: string, part: string, options: DownloadOptions): Promise<Answer> {
  await mkdir(dirname(part), { recursive: true });
  const offset = (await stat(part).catch(() => null))?.size ?? 0;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), options.timeoutMs);
  };
  const headers: Record<string, string> = { 'User-Agent': options.userAgent, Accept: 'application/pdf', 'Accept-Encoding': 'identity' };
  if (offset > 0) headers['Range'] = `bytes=${offset}-`;
  let answer: Answer = { status: 0, error: null, retryAfter: null, contentType: null, expected: null };
  let written = 0;
  try {
    const response = await fetch(url, { headers, signal: controller.signal, redirect: 'follow' });
    alive();
    answer = { ...answer, status: response.status, retryAfter: response.headers.get('retry-after'), contentType: response.headers.get('content-type') };
    const resumed = response.status === 206 ? CONTENT_RANGE.exec(response.headers.get('content-range') ?? '') : null;
    if (response.status === 416 || (response.status === 206 && Number(resumed?.[1] ?? -1) !== offset)) {
      await response.body?.cancel();
      await rm(part, { force: true });
      return { ...answer, error: `the register could not resume at byte ${offset} (HTTP ${response.status}); starting over` };
    }
    if (response.status !== 200 && response.status !== 206) {
      await response.body?.cancel();
      return answer;
    }
    const length = response.headers.get('content-length');
    answer.expected = resumed !== null ? Number(resumed[2]) : length === null ? null : Number(length);
    // Each chunk is written before the next is read, synchronously: a stream that errors (the connection cut) drops
    // the chunks still queued in it, so none may wait there while a write is under way.
    const file = openSync(part, response.status === 206 ? 'a' : 'w');
    try {
      for await (const chunk of response.body ?? []) {
        writeSync(file, chunk);
        written += chunk.byteLength;
        alive();
      }
    } finally {
      closeSync(file);
    }
    return answer;
  } catch (error) {
    if (error instanceof Error && 'syscall' in error) throw error;
    return { ...answer, error: failure(error, controller.signal.aborted, options.timeoutMs, answer.status === 0 ? null : written) };
  } finally {
    clearTimeout(timer);
  }
}

/** What went wrong, for the report: a timeout, the connection cut after some bytes, or the network error's code. */
function failure(error: unknown, timedOut: boolean, timeoutMs: number, written: number | null): string {
  if (timedOut) return `timed out: nothing arrived for ${timeoutMs / 1000} s${written === null ? '' : ` after ${written} bytes`}`;
  if (written !== null) return `the connection closed after ${written} bytes of the body`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : cause instanceof Error ? cause.message : String(cause);
  return `no answer (${code})`;
}
