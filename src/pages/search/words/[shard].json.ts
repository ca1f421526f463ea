import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse } from '../../../lib/file-response.ts';
import { archiveVocabulary } from '../../../lib/search-vocabulary-collection.ts';

/** One file per two-letter start of the archive's words. */
export const getStaticPaths = (async () => [...(await archiveVocabulary()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

/** The words of the archive that start with one shard's two characters: `[key, spelling, occurrences]` rows, sorted. */
export const GET: APIRoute = async ({ params }) => {
  const rows = (await archiveVocabulary()).get(params['shard'] ?? '') ?? [];
  return fileResponse(JSON.stringify(rows), 'application/json; charset=utf-8');
};
