import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFileParts } from '../../../lib/csv.ts';
import { deflatedAhead } from '../../../lib/deflate-ahead.ts';
import type { Dataset } from '../../../lib/json-schema.ts';
import { fileResponse } from '../../../lib/file-response.ts';
import { exportTable, shardParams } from '../../../lib/open-data-archive.ts';
import { shardPath } from '../../../lib/open-data-shards.ts';

/** One CSV file per dataset and year. */
export const getStaticPaths = shardParams satisfies GetStaticPaths;

/** One year of a dataset as CSV (RFC 4180, UTF-8 with a byte order mark), deflated meanwhile for the zip of /data/. */
export const GET: APIRoute = async ({ params }) => {
  const [dataset, shard] = [params['dataset'] as Dataset, params['shard'] ?? ''];
  const table = await exportTable(dataset, shard);
  return deflatedAhead(shardPath(dataset, shard, 'csv'), fileResponse(csvFileParts(table.columns, table.rows), 'text/csv; charset=utf-8'));
};
