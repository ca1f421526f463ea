/**
 * `/data/cosi-archive-data.zip`: every JSON and CSV file of /data/, byte for byte, in one zip, made once the pages are
 * written (`astro:build:done`) from the files the build wrote, in the order `/data/manifest.json` lists them (the
 * datasets, then each one's shards, newest year first). As a route of its own it made every shard's records, JSON and
 * CSV a second time beside the shard files' routes (0.5 of its 1.8 s at 2,000 documents). Each file's deflate was made
 * while the pages were written (src/lib/deflate-ahead.ts): the zip takes it wherever its size and CRC-32 are those of the
 * file it reads, and deflates the file itself otherwise.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { ZipFile } from 'yazl';
import { takeDeflated, ZIP_LEVEL } from '../../src/lib/deflate-ahead.ts';

/** Where the zip is served, and the folder its entries' paths start under. */
export const ZIP_PATH = '/data/cosi-archive-data.zip';
const DATA_FOLDER = '/data/';

/**
 * The date every file in the archive bears (the earliest a zip can write, in local time so that every time zone writes
 * the same bytes): a date from the clock would make two builds of the same sources differ. Written as the zip's DOS
 * date only: the Info-ZIP "UT" field holds the instant in UTC, which differs from one time zone to another.
 * Compressed at ZIP_LEVEL, zlib's default level 6 (src/lib/deflate-ahead.ts says why).
 */
const ZIP_ENTRY_OPTIONS = { mtime: new Date(1980, 0, 1), forceDosTimestamp: true, compressionLevel: ZIP_LEVEL } as const;

/** The parts of `/data/manifest.json` (src/lib/open-data-shards.ts `openDataManifest`) the zip reads. */
const manifestSchema = z.object({
  datasets: z.array(z.object({ files: z.array(z.object({ json: z.string().startsWith(DATA_FOLDER), csv: z.string().startsWith(DATA_FOLDER) })) })),
});

/** The files the zip holds, as their site paths (`/data/decisions/2025.json`), in the manifest's order: each shard's JSON, then its CSV. */
export function zippedPaths(manifestJson: string): string[] {
  return manifestSchema.parse(JSON.parse(manifestJson)).datasets.flatMap(({ files }) => files.flatMap(({ json, csv }) => [json, csv]));
}

/** The deflate of a file's bytes made ahead for the zip, with their CRC-32, when one was made of these very bytes. */
async function deflatedBefore(path: string, bytes: Buffer): Promise<{ deflated: Buffer; crc32: number } | undefined> {
  const ahead = takeDeflated(path);
  if (ahead === undefined || ahead.size !== bytes.byteLength) return undefined;
  const checksum = crc32(bytes);
  if (checksum !== ahead.crc32) return undefined;
  const deflated = await ahead.deflated.catch(() => undefined);
  return deflated === undefined ? undefined : { deflated, crc32: checksum };
}

/**
 * The zip of the built site under `dist`. yazl compresses with Node's zlib (half the CPU of a deflate in JavaScript,
 * and on the thread pool), or takes a file's deflate made ahead with its CRC-32 (patches/yazl+3.3.1.patch), and writes
 * the entries in the order they are added.
 */
export async function openDataZip(dist: string): Promise<Buffer> {
  const zip = new ZipFile();
  for (const path of zippedPaths(await readFile(join(dist, 'data', 'manifest.json'), 'utf8'))) {
    const bytes = await readFile(join(dist, path));
    const ahead = await deflatedBefore(path, bytes);
    zip.addBuffer(bytes, path.slice(DATA_FOLDER.length), ahead === undefined ? ZIP_ENTRY_OPTIONS : { ...ZIP_ENTRY_OPTIONS, ...ahead });
  }
  zip.end();
  return buffer(zip.outputStream);
}

/** The integration: the zip written beside the files it holds once the build has written them. */
export function openDataZipFile(): AstroIntegration {
  return {
    name: 'cosi-open-data-zip',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        await writeFile(join(dist, ZIP_PATH), await openDataZip(dist));
      },
    },
  };
}
