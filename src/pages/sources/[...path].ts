import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { sourceRelativePath } from '../../lib/source-url.ts';

/** Each ingested document's source file, byte for byte, for download beside its text. */
export const getStaticPaths = (async () => {
  const documents = await getCollection('documents');
  return documents.map((d) => ({ params: { path: sourceRelativePath(d.data.source) }, props: { file: d.data.source } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(String(props['file']));
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
};
