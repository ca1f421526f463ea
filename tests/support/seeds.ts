import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Projection } from './projection.ts';

/** Folder of the hand-written seed goldens, one sub-folder per source file of content/sources/. */
export const SEED_FIXTURES = 'tests/fixtures/seeds';

/** One seed: its fixture folder, its source path (as given to the parser) and its expected projection. */
export interface Seed {
  name: string;
  folder: string;
  source: string;
  expected: Projection;
}

/** Every seed golden, sorted by name; the source path comes from the golden's `source` field. */
export function loadSeeds(): Seed[] {
  return readdirSync(SEED_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(SEED_FIXTURES, name);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Projection;
      return { name, folder, source: expected.source, expected };
    });
}
