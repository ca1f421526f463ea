/** The register collection's loader: Astro's file loader on the ingest's register file, and no entry (nor error) while there is none. */
import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';

/** Loads `path` (relative to the project root, as the file loader takes it) when the ingest wrote it: only after `npm run fetch`. */
export function registerLoader(path: string): Loader {
  const inner = file(path);
  return {
    name: 'register-loader',
    load: async (context) => {
      if (existsSync(new URL(path, context.config.root))) await inner.load(context);
      else context.store.clear();
    },
  };
}
