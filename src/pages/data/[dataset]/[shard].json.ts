import type { APIRoute, GetStaticPaths } from 'astro';
import { deflatedAhead } from '../../../lib/deflate-ahead.ts';
import type { Dataset } from '../../../lib/json-schema.ts';
import { fileResponse } from '../../../lib/file-response.ts';
import { exportJsonFile, shardParams } from '../../../lib/open-data-archive.ts';
import { shardPath } from '../../../lib/open-data-shards.ts';

/** One JSON file per dataset and year. */
export const getStaticPaths = shardParams satisfies GetStaticPaths;

/** One year of a dataset as one JSON array, as `/data/schema/<dataset>.json` describes it (deflated meanwhile for the zip of /data/). */
export const GET: APIRoute = async ({ params }) => {
  const [dataset, shard] = [params['dataset'] as Dataset, params['shard'] ?? ''];
  return deflatedAhead(shardPath(dataset, shard, 'json'), fileResponse(await exportJsonFile(dataset, shard), 'application/json; charset=utf-8'));
};
