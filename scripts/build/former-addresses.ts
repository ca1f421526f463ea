/**
 * The addresses pages had before, kept working: an act's page was at its id's plain slug until acts had one page however
 * a paper cites them (`/documents/council-decision-2010-131-eu/`, now `/documents/decision-2010-131/`: src/shared/act-slug.ts).
 * Made for Astro's `redirects` from the references the ingest wrote, by that old rule, so that no list is kept by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packedFilePart, type PackedEntry } from '../../src/shared/packed-entries.ts';
import { plainSlug } from '../../src/shared/slug.ts';

/** A document page's path from its slug. */
function documentPath(slug: string): string {
  return `/documents/${slug}/`;
}

/** What a reference entry's data holds that the old rule reads: its id, as a paper cites it, and its page's slug. */
interface ReferenceData {
  readonly id: string;
  readonly slug: string;
}

/**
 * Each former address of a referenced document's page (its id's plain slug where that is not its slug) → its page's
 * address, from the packed reference files under `<contentRoot>/references/`, in code-unit order of the former address;
 * none that is some page's own address, none where the ingest wrote no references.
 */
export function formerAddresses(contentRoot: string): Record<string, string> {
  const folder = join(contentRoot, 'references');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return {};
  }
  const references: ReferenceData[] = names
    .filter((name) => packedFilePart('references', name) !== null)
    .flatMap((name) => Object.values(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Record<string, PackedEntry>))
    .map(({ data }) => data as ReferenceData);
  const slugs = new Set(references.map(({ slug }) => slug));
  const moved = references.flatMap(({ id, slug }) => {
    const former = plainSlug(id);
    return former === slug || slugs.has(former) ? [] : [[documentPath(former), documentPath(slug)] as const];
  });
  return Object.fromEntries(moved.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
