import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../lib/csv.ts';
import type { Dataset } from '../../../lib/json-schema.ts';
import { exportTable, shardParams } from '../../../lib/open-data-archive.ts';

/** One CSV file per dataset and year. */
export const getStaticPaths = shardParams satisfies GetStaticPaths;

/** The byte order mark a CSV starts with, so that spreadsheets read it as UTF-8 and show "Gdańsk", not "GdaÅ„sk". */
const UTF8_BOM = '\uFEFF';

/** One year of a dataset as CSV (RFC 4180, UTF-8 with a byte order mark). */
export const GET: APIRoute = async ({ params }) => {
  const table = await exportTable(params['dataset'] as Dataset, params['shard'] ?? '');
  return new Response(UTF8_BOM + toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
