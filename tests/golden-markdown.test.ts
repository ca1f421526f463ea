import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { toCollections } from '../scripts/ingest/entries/to-markdown.ts';
import { expectOk } from './support/projection.ts';
import { loadSeeds } from './support/seeds.ts';

/** Set to 1 to rewrite the expected collection files from the current code (then review them as a diff). */
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** Every file under a folder, as paths relative to it with forward slashes, sorted. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

describe.each(loadSeeds())('the collection files generated from seed $name', ({ folder, source }) => {
  const expectedRoot = join(folder, 'expected');
  const generated = () => toCollections([expectOk(parseDocument(readFileSync(source, 'utf8'), source))]);

  it(UPDATE ? 'are written as the new golden files' : 'are the reviewed golden files, byte for byte', () => {
    const files = generated();
    if (UPDATE) {
      rmSync(expectedRoot, { recursive: true, force: true });
      for (const [path, content] of files) {
        mkdirSync(dirname(join(expectedRoot, path)), { recursive: true });
        writeFileSync(join(expectedRoot, path), content);
      }
    }
    expect([...files.keys()].sort()).toEqual(filesUnder(expectedRoot));
    for (const [path, content] of files) {
      expect(content, path).toBe(readFileSync(join(expectedRoot, path), 'utf8'));
    }
  });
});
