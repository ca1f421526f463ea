import type { APIRoute } from 'astro';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { csvFile } from '../../lib/csv.ts';
import { DATASETS } from '../../lib/json-schema.ts';
import { datasetShards, exportJsonFile, exportTable } from '../../lib/open-data-archive.ts';
import { shardPath } from '../../lib/open-data-shards.ts';

/**
 * The date every file in the archive bears (the earliest a zip can write, in local time so that every time zone writes
 * the same bytes): a date from the clock would make two builds of the same sources differ.
 */
const ZIP_FILE_DATE = new Date(1980, 0, 1);

/** Every JSON and CSV file of /data/, byte for byte, in one zip, under the paths /data/ gives them (decisions/2025.csv). */
export const GET: APIRoute = async () => {
  const files: Zippable = {};
  for (const dataset of DATASETS) {
    for (const { key } of await datasetShards(dataset)) {
      const table = await exportTable(dataset, key);
      files[shardPath(dataset, key, 'json').replace(/^\/data\//, '')] = [strToU8(await exportJsonFile(dataset, key)), { mtime: ZIP_FILE_DATE }];
      files[shardPath(dataset, key, 'csv').replace(/^\/data\//, '')] = [strToU8(csvFile(table.columns, table.rows)), { mtime: ZIP_FILE_DATE }];
    }
  }
  return new Response(zipSync(files, { level: 9 }), { headers: { 'Content-Type': 'application/zip' } });
};
