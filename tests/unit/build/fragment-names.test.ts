import { decode } from 'cbor2';
import { close, createIndex } from 'pagefind';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compactFragmentNames } from '../../../scripts/build/fragment-names.ts';

/** What Pagefind's Node API writes for three small pages: the gzipped metadata, its language hash and the fragment files' names. */
async function smallBundle(): Promise<{ meta: Buffer; hash: string; fragments: string[] }> {
  const { index } = await createIndex();
  if (index === undefined) throw new Error('no Pagefind index');
  for (const [path, text] of [
    ['meetings/2025-11-18/index.html', 'Regional dialogue on internal security with the Mediterranean'],
    ['documents/9267-25/index.html', 'Europol and the EU internal security strategy'],
    ['topics/empact/index.html', 'EMPACT priorities of the policy cycle'],
  ] as const) {
    await index.addHTMLFile({ sourcePath: path, content: `<html lang="en"><body><main data-pagefind-body><h1>${text}</h1></main></body></html>` });
  }
  const { files } = await index.getFiles();
  const entry = JSON.parse(Buffer.from(files.find((file) => file.path.endsWith('pagefind-entry.json'))?.content ?? []).toString()) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = Object.values(entry.languages)[0]?.hash ?? '';
  const meta = files.find((file) => file.path.endsWith(`pagefind.${hash}.pf_meta`));
  if (meta === undefined) throw new Error('no metadata file');
  const fragments = files.filter((file) => file.path.endsWith('.pf_fragment')).map((file) => /([^/]+)\.pf_fragment$/.exec(file.path)?.[1] ?? '');
  return { meta: Buffer.from(meta.content), hash, fragments };
}

/** The pages of a metadata file as Pagefind's CBOR holds them: fragment name, word count, group. */
const pagesOf = (gzipped: Buffer): [string, number, string][] =>
  (decode(gunzipSync(gzipped).subarray('pagefind_dcd'.length)) as unknown[])[1] as [string, number, string][];

afterAll(async () => {
  await close();
});

describe('compactFragmentNames', () => {
  it('names every page of a bundle Pagefind wrote by its place after the language hash, word counts and all else kept', async () => {
    const { meta, hash, fragments } = await smallBundle();
    const { meta: renamed, renames } = compactFragmentNames(meta, hash);
    const before = pagesOf(meta);
    expect(renames.map(([from]) => from).sort()).toEqual([...fragments].sort());
    expect(renames.map(([, to]) => to)).toEqual([`${hash}_0`, `${hash}_1`, `${hash}_2`]);
    expect(pagesOf(renamed)).toEqual(before.map(([, words, group], place) => [`${hash}_${place}`, words, group]));
    const rest = (gzipped: Buffer): unknown[] => (decode(gunzipSync(gzipped).subarray('pagefind_dcd'.length)) as unknown[]).filter((_, part) => part !== 1);
    expect(rest(renamed)).toEqual(rest(meta));
  });

  it('refuses a file that is not Pagefind metadata instead of rewriting it', () => {
    expect(() => compactFragmentNames(gzipSync(Buffer.from('{"url":"/meetings/"}')), 'en_0')).toThrow(/no signature/);
    expect(() => compactFragmentNames(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x82, 0x61, 0x31, 0x80])])), 'en_0')).toThrow(
      /unknown shape/,
    );
  });
});
