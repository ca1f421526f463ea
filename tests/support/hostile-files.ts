import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE } from './hostile-site.ts';

/** The files of the built hostile site whose name ends with `extension`, as paths under dist/ with a leading `/`, sorted. */
export function hostileDistFiles(extension: string, under = ''): string[] {
  return readdirSync(join(HOSTILE.dist, under), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => `/${join(under, name)}`)
    .sort();
}
