import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../../lib/file-response.ts';
import { DATASETS, exportJsonSchema, type Dataset } from '../../../lib/json-schema.ts';
import { FIELD_DESCRIPTIONS } from '../../../lib/open-data.ts';

/** One JSON Schema per dataset. */
export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The JSON Schema (draft 2020-12) of `/data/<dataset>.json`, generated from the zod schema. */
export const GET: APIRoute = ({ params, site }) => {
  const dataset = params['dataset'] as Dataset;
  const schema = exportJsonSchema(dataset, site, FIELD_DESCRIPTIONS[dataset]);
  return fileResponse(`${JSON.stringify(schema, null, 1)}\n`, 'application/schema+json');
};
