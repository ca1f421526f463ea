import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type Dataset } from '../../lib/json-schema.ts';
import { exportRecords } from '../../lib/open-data-archive.ts';

/** One JSON file per dataset. */
export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The whole dataset as one JSON array, as `/data/schema/<dataset>.json` describes it. */
export const GET: APIRoute = async ({ params }) =>
  new Response(`${JSON.stringify(await exportRecords(params['dataset'] as Dataset))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
