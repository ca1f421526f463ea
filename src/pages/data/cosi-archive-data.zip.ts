import { buffer } from 'node:stream/consumers';
import type { APIRoute } from 'astro';
import { ZipFile } from 'yazl';
import { DATASETS } from '../../lib/json-schema.ts';
import { datasetShards, exportFiles } from '../../lib/open-data-archive.ts';
import { shardPath } from '../../lib/open-data-shards.ts';

/**
 * The date every file in the archive bears (the earliest a zip can write, in local time so that every time zone writes
 * the same bytes): a date from the clock would make two builds of the same sources differ. Written as the zip's DOS
 * date only: the Info-ZIP "UT" field holds the instant in UTC, which differs from one time zone to another.
 * Compressed at zlib's default level, 6: on the 69 MB of JSON and CSV of 2,000 generated documents, level 9 took 0.9
 * CPU s for an archive 0.8 % smaller (6.14 against 6.19 MB, 0.6 CPU s at level 6; level 5 made it 5 % larger).
 */
const ZIP_ENTRY_OPTIONS = { mtime: new Date(1980, 0, 1), forceDosTimestamp: true, compressionLevel: 6 } as const;

/**
 * Every JSON and CSV file of /data/, byte for byte, in one zip, under the paths /data/ gives them (decisions/2025.csv), in
 * the order of the datasets and their shards. yazl compresses with Node's zlib (half the CPU of a deflate in
 * JavaScript, and on the thread pool, beside the build) and writes the entries in the order they are added.
 */
export const GET: APIRoute = async () => {
  const zip = new ZipFile();
  for (const dataset of DATASETS) {
    for (const { key } of await datasetShards(dataset)) {
      const { json, csv } = await exportFiles(dataset, key);
      zip.addBuffer(Buffer.from(json), shardPath(dataset, key, 'json').replace(/^\/data\//, ''), ZIP_ENTRY_OPTIONS);
      zip.addBuffer(Buffer.from(csv), shardPath(dataset, key, 'csv').replace(/^\/data\//, ''), ZIP_ENTRY_OPTIONS);
    }
  }
  zip.end();
  return new Response(await buffer(zip.outputStream), { headers: { 'Content-Type': 'application/zip' } });
};
