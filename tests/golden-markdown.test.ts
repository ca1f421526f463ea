import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { toCollections } from '../scripts/ingest/entries/to-markdown.ts';
import { expectOk } from './support/projection.ts';
import { loadSeeds } from './support/seeds.ts';

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

// The expected files are Vitest file snapshots: `npx vitest run tests/golden-markdown.test.ts -u` rewrites them from
// the current code (a file the ingest no longer writes is deleted by hand); review the change as a diff against the source.
describe.each(loadSeeds())('the collection files generated from seed $name', ({ folder, source }) => {
  const expectedRoot = join(folder, 'expected');
  const files = toCollections([expectOk(parseDocument(readFileSync(source, 'utf8'), source))]);

  it('are the reviewed expected files, byte for byte', async () => {
    for (const [path, content] of files) await expect(content, path).toMatchFileSnapshot(resolve(expectedRoot, path));
  });

  it('are all the expected files: none is missing or left over', () => {
    expect([...files.keys()].sort()).toEqual(filesUnder(expectedRoot));
  });
});
