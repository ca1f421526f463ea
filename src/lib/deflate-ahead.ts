/**
 * The open-data files deflated while the build writes its other pages, for the zip of /data/ made once they are all
 * written (scripts/build/open-data-zip.ts): made after the last page, the zip took 1.0–1.5 s at 2,000 documents, most
 * of it deflating, and its files grow with the archive, while the pages leave the second core partly idle. A file's
 * bytes are deflated on Node's thread pool as soon as its route made them; the zip takes each file's deflate from here
 * when its size and CRC-32 are those of the file it reads, and deflates the file itself otherwise. Kept on a global
 * symbol, because the build's pages and its integrations load this module apart.
 */
import { crc32, deflateRaw } from 'node:zlib';
import { fileResponseBytes } from './file-response.ts';

/**
 * The zlib level of every file in the zip: on the 69 MB of JSON and CSV of 2,000 generated documents, level 9 took 0.9
 * CPU s for an archive 0.8 % smaller (6.14 against 6.19 MB, 0.6 CPU s at level 6; level 5 made it 5 % larger).
 */
export const ZIP_LEVEL = 6;

/** A file deflated ahead: the size and CRC-32 of the bytes deflated, and their raw deflate at ZIP_LEVEL. */
export interface DeflatedAhead {
  readonly size: number;
  readonly crc32: number;
  readonly deflated: Promise<Buffer>;
}

/** Where the deflates wait for the zip, by the file's path on the site (`/data/decisions/2025.json`). */
const AHEAD = Symbol.for('cosi-archive.deflated-ahead');

/** The deflates waiting, made on first use. */
function waiting(): Map<string, DeflatedAhead> {
  const global = globalThis as { [AHEAD]?: Map<string, DeflatedAhead> };
  global[AHEAD] ??= new Map();
  return global[AHEAD];
}

/** Starts deflating the bytes of the file at `path` for the zip (only in a build: the dev server makes no zip). */
export function deflateAhead(path: string, bytes: Uint8Array): void {
  if (!import.meta.env.PROD) return;
  const deflated = new Promise<Buffer>((resolve, reject) =>
    deflateRaw(bytes, { level: ZIP_LEVEL }, (error, result) => (error === null ? resolve(result) : reject(error))),
  );
  // A failure is the zip's to report (it deflates the file itself then), not an unhandled rejection now.
  deflated.catch(() => undefined);
  waiting().set(path, { size: bytes.byteLength, crc32: crc32(bytes), deflated });
}

/** A file's response (src/lib/file-response.ts), its bytes deflated for the zip at `path` meanwhile. */
export function deflatedAhead(path: string, response: Response): Response {
  deflateAhead(path, fileResponseBytes(response));
  return response;
}

/** The deflate of the file at `path` made ahead, removed from the waiting ones, if there is one. */
export function takeDeflated(path: string): DeflatedAhead | undefined {
  const ahead = waiting().get(path);
  waiting().delete(path);
  return ahead;
}
