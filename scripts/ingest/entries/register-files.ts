/** Sidecars of `npm run fetch` → the register collection's one file: an entry per sidecar, named after it, validated. */
import { registerEntrySchema, type RegisterEntry } from '../../../src/schemas/register-entry.ts';
import type { SourceSidecar } from '../../../src/schemas/source-sidecar.ts';
import { documentSlug } from '../../../src/shared/slug.ts';
import { jsonFile } from '../markdown/frontmatter.ts';
import type { GeneratedFile } from './document-files.ts';
import { validEntry } from './valid-entry.ts';

/** How a sidecar's name ends: `15912-25.source.json` describes `15912-25.pdf`. */
export const SIDECAR_SUFFIX = '.source.json';

/** The register collection's file under the content root; absent while nothing was fetched (the seeds' content has none). */
export const REGISTER_FILE = 'register/sidecars.json';

/** A sidecar as the ingest found it: its path, the source it describes (or none), what it says. */
export interface SidecarFound {
  sidecar: string;
  source: string | null;
  data: SourceSidecar;
}

/**
 * The register collection's file, entries keyed `15912-25` for `…/15912-25.source.json` (`15912-25-fr` for
 * `15912-25.fr.source.json`); a second sidecar of the same name elsewhere is not taken and is named in `clashes`.
 */
export function registerFile(found: readonly SidecarFound[]): { file: GeneratedFile | null; clashes: string[] } {
  const entries = new Map<string, RegisterEntry>();
  const clashes: string[] = [];
  for (const { sidecar, source, data } of found) {
    const key = documentSlug(sidecar.slice(sidecar.lastIndexOf('/') + 1).slice(0, -SIDECAR_SUFFIX.length));
    if (entries.has(key)) {
      clashes.push(sidecar);
      continue;
    }
    entries.set(key, validEntry(REGISTER_FILE, registerEntrySchema, { ...data, sidecar, source, slug: documentSlug(data.number) }) as RegisterEntry);
  }
  return { file: entries.size === 0 ? null : [REGISTER_FILE, jsonFile(Object.fromEntries(entries))], clashes };
}
