import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveVocabulary } from '../../../lib/search-vocabulary-collection.ts';

/** One file per two-letter start of the archive's words. */
export const getStaticPaths = (async () => [...(await archiveVocabulary()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

/** The words of the archive that start with one shard's two characters: `[key, spelling, occurrences]` rows, sorted. */
export const GET: APIRoute = async ({ params }) => {
  const rows = (await archiveVocabulary()).get(params['shard'] ?? '') ?? [];
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
