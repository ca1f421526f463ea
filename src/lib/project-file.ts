/**
 * The project root of the running Astro build, where the content layer's `entry.filePath` starts: astro.config.mjs
 * defines it, so a build started from another folder (`astro build --root …`) still finds the entries' files.
 */
import { resolve } from 'node:path';

declare const __COSI_PROJECT_ROOT__: string | undefined;

/** The root defined by the build, or the working folder outside one (unit tests run from the project root). */
const ROOT = typeof __COSI_PROJECT_ROOT__ === 'string' ? __COSI_PROJECT_ROOT__ : process.cwd();

/** A path relative to the project root (as the glob loader gives `filePath`) → an absolute path. */
export function projectFile(path: string): string {
  return resolve(ROOT, path);
}
