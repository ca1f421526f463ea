import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/file-response.ts';
import { DATASETS } from '../../lib/json-schema.ts';
import { datasetShards } from '../../lib/open-data-archive.ts';
import { openDataManifest } from '../../lib/open-data-shards.ts';

/** Every open-data file: per dataset its JSON Schema and one JSON and one CSV file per year. */
export const GET: APIRoute = async () => {
  const shards = await Promise.all(DATASETS.map(async (dataset) => [dataset, await datasetShards(dataset)] as const));
  return fileResponse(`${JSON.stringify(openDataManifest(shards), null, 1)}\n`, 'application/json; charset=utf-8');
};
