import type { APIRoute, GetStaticPaths } from 'astro';
import type { Dataset } from '../../../lib/json-schema.ts';
import { fileResponse } from '../../../lib/file-response.ts';
import { exportJsonFile, shardParams } from '../../../lib/open-data-archive.ts';

/** One JSON file per dataset and year. */
export const getStaticPaths = shardParams satisfies GetStaticPaths;

/** One year of a dataset as one JSON array, as `/data/schema/<dataset>.json` describes it. */
export const GET: APIRoute = async ({ params }) =>
  fileResponse(await exportJsonFile(params['dataset'] as Dataset, params['shard'] ?? ''), 'application/json; charset=utf-8');
