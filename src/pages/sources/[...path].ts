import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { sourceRelativePath } from '../../shared/source-url.ts';

/**
 * Each source file the ingest read, byte for byte, at the address its name gives (in Unicode NFC): a document's
 * original beside its text, and a source that gave no document, for whoever wants to see why. The ingest serves no
 * file it did not read or whose name is unusable or shared (src/schemas/source-entry.ts, `file`).
 */
export const getStaticPaths = (async () => {
  const sources = await getCollection('sources');
  return sources.flatMap(({ data }) => (data.file === null ? [] : [{ params: { path: sourceRelativePath(data.source) }, props: { file: data.file } }]));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(String(props['file']));
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream' } });
};
