import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite } from './fixture-sites.ts';

/** The folders of the site built from the hostile fixtures (tests/support/fixture-sites.ts builds it once per run). */
export const HOSTILE = fixtureSite('hostile');

/** The source files of the hostile fixtures as the site was built from them (sorted). */
export function hostileSourceFiles(): string[] {
  return readdirSync(HOSTILE.sources)
    .sort()
    .map((name) => join(HOSTILE.sources, name));
}
