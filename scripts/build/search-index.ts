/**
 * Builds the site's search bundles from a built dist/: the pages `pagefind.yml`'s glob names, each indexed in the
 * bundle `bundleOf` chooses (src/lib/search-bundles.ts): the cited-only pages in /pagefind-cited/, every other indexed
 * page in /pagefind/. The pages are told apart in processes of their own (scripts/build/search-pages.ts), and each
 * bundle's are laid out by path in a folder beside the site right before they are indexed there by Pagefind's own indexer
 * (scripts/build/pagefind-cli.ts): both bundles at once while their estimated peaks fit a budget
 * (scripts/build/bundles-together.ts), otherwise one after the other, so that only one bundle's index is held in memory
 * at a time; nothing else of size is held while they are indexed.
 *
 *   node scripts/build/search-index.ts --site dist
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex } from 'pagefind';
import { parse } from 'yaml';
import { SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search-bundles.ts';
import { bundlesFitTogether } from './bundles-together.ts';
import { compactFragmentNames } from './fragment-names.ts';
import { runPagefind } from './pagefind-cli.ts';
import { layOut, SEARCH_PAGES_PREFIX, searchPageListsApart } from './search-pages.ts';

/** Pagefind's settings, read from the working directory as Pagefind's indexer reads them. */
const SETTINGS_FILE = 'pagefind.yml';

/** The bundles in the order their indexers start: the main one, the longer to index, first. */
const BUNDLES: readonly SearchBundle[] = ['main', 'cited'];

/** The glob of pagefind.yml: the pages Pagefind is given (its other settings Pagefind reads itself). */
function readGlob(): string {
  const settings = parse(readFileSync(SETTINGS_FILE, 'utf8')) as { glob?: unknown } | null;
  if (typeof settings?.glob !== 'string') throw new Error(`${SETTINGS_FILE} names no glob`);
  return settings.glob;
}

/**
 * Writes a bundle without pages (a site whose documents cite nothing outside it), which Pagefind's indexer refuses to
 * write, through its Node API, so that the search page finds the bundle it may load.
 */
async function writeEmptyBundle(outputPath: string): Promise<void> {
  try {
    const { errors, index } = await createIndex({});
    if (index === undefined) throw new Error(`Pagefind gave no index: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`writing ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
}

/** Gives the fragments of a written bundle short names (scripts/build/fragment-names.ts), in its metadata and on disk. */
function compactBundle(outputPath: string): void {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const { hash } of Object.values(entry.languages)) {
    const metaPath = join(outputPath, `pagefind.${hash}.pf_meta`);
    const { meta, renames } = compactFragmentNames(readFileSync(metaPath), hash);
    for (const [from, to] of renames) renameSync(join(outputPath, 'fragment', `${from}.pf_fragment`), join(outputPath, 'fragment', `${to}.pf_fragment`));
    writeFileSync(metaPath, meta);
  }
}

/** Indexes every page of `site` its glob names in its bundle and writes the bundles; returns how many pages each holds. */
async function buildBundles(site: string): Promise<Readonly<Record<SearchBundle, number>>> {
  const pages = await searchPageListsApart(site, readGlob());
  const counts = { main: pages.main.length, cited: pages.cited.length };
  const root = mkdtempSync(join(dirname(resolve(site)), SEARCH_PAGES_PREFIX));
  const removals: Promise<void>[] = [];
  // Each bundle's pages are laid out right before its indexer starts: the main bundle's, the longer to index, first, so
  // that the cited-only bundle's are laid out while the main one is indexed rather than before it.
  const writeBundle = async (bundle: SearchBundle): Promise<void> => {
    const outputPath = join(site, SEARCH_BUNDLES[bundle]);
    rmSync(outputPath, { recursive: true, force: true });
    if (counts[bundle] === 0) await writeEmptyBundle(outputPath);
    else {
      const folder = join(root, bundle);
      layOut(site, pages[bundle], folder);
      // The pages go as soon as Pagefind has read them, while it indexes and writes: removing thousands of folders waits
      // on the disk (seconds at 2,000 documents here), and after the indexers it would only be waited for.
      await runPagefind(folder, outputPath, () => removals.push(rm(folder, { recursive: true, force: true })));
    }
    compactBundle(outputPath);
  };
  try {
    if (bundlesFitTogether(counts)) {
      // Both settled before the pages are removed, so that one indexer's failure does not pull the other's pages away.
      const failed = (await Promise.allSettled(BUNDLES.map(writeBundle))).find((result) => result.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
    } else for (const bundle of BUNDLES) await writeBundle(bundle);
  } finally {
    await Promise.allSettled(removals);
    rmSync(root, { recursive: true, force: true });
  }
  return counts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, silent: { type: 'boolean', default: false } } });
  const counts = await buildBundles(values.site);
  if (!values.silent)
    process.stdout.write(`search: ${counts.main} pages in ${SEARCH_BUNDLES.main}, ${counts.cited} cited-only pages in ${SEARCH_BUNDLES.cited}\n`);
}

await main();
