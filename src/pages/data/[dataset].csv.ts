import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../lib/csv.ts';
import { DATASETS, type Dataset } from '../../lib/json-schema.ts';
import { exportTable } from '../../lib/open-data-archive.ts';

/** One CSV file per dataset. */
export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The dataset as CSV (RFC 4180, UTF-8). */
export const GET: APIRoute = async ({ params }) => {
  const table = await exportTable(params['dataset'] as Dataset);
  return new Response(toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
