import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFileParts } from '../../../lib/csv.ts';
import type { Dataset } from '../../../lib/json-schema.ts';
import { fileResponse } from '../../../lib/file-response.ts';
import { exportTable, shardParams } from '../../../lib/open-data-archive.ts';

/** One CSV file per dataset and year. */
export const getStaticPaths = shardParams satisfies GetStaticPaths;

/** One year of a dataset as CSV (RFC 4180, UTF-8 with a byte order mark). */
export const GET: APIRoute = async ({ params }) => {
  const table = await exportTable(params['dataset'] as Dataset, params['shard'] ?? '');
  return fileResponse(csvFileParts(table.columns, table.rows), 'text/csv; charset=utf-8');
};
