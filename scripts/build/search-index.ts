/**
 * Builds the site's search bundles from a built dist/ through Pagefind's Node API: the pages `pagefind.yml`'s glob
 * names, each indexed in the bundle `bundleOf` chooses (src/lib/search-bundles.ts): the cited-only pages in
 * /pagefind-cited/, every other indexed page in /pagefind/. Pagefind's CLI takes one bundle of every page its glob
 * matches, and cited-only pages share /documents/<slug>/ with the others, so no glob could tell them apart.
 *
 *   npx tsx scripts/build/search-index.ts --site dist
 */
import { globSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { parse } from 'yaml';
import { bundleOf, SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search-bundles.ts';
import { compactFragmentNames } from './fragment-names.ts';

/** Pagefind's settings, read from the working directory as `pagefind --site` reads them. */
const SETTINGS_FILE = 'pagefind.yml';

/** Pages read and handed to Pagefind at once: enough to keep its indexer busy, few enough to bound the memory of the texts held. */
const CONCURRENT_PAGES = 16;

/** The settings of pagefind.yml this build uses. */
interface Settings {
  glob: string;
  exclude_selectors: string[];
}

function readSettings(): Settings {
  const settings = parse(readFileSync(SETTINGS_FILE, 'utf8')) as Partial<Settings> | null;
  if (typeof settings?.glob !== 'string') throw new Error(`${SETTINGS_FILE} names no glob`);
  return { glob: settings.glob, exclude_selectors: settings.exclude_selectors ?? [] };
}

/** A Pagefind call's errors as an exception, so that a page that cannot be indexed fails the build instead of leaving the search without it. */
function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`);
}

async function newIndex(settings: Settings): Promise<PagefindIndex> {
  const { errors, index } = await createIndex({ excludeSelectors: settings.exclude_selectors });
  check('creating a Pagefind index', errors);
  if (index === undefined) throw new Error('Pagefind gave no index');
  return index;
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
async function buildBundles(site: string): Promise<Record<SearchBundle, number>> {
  const settings = readSettings();
  const indexes: Record<SearchBundle, PagefindIndex> = { main: await newIndex(settings), cited: await newIndex(settings) };
  const counts: Record<SearchBundle, number> = { main: 0, cited: 0 };
  // Sorted so that each bundle receives its pages in the same order on every build: the same dist/ gives the same bundles.
  const files = globSync(settings.glob, { cwd: site }).sort();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] ?? '';
      const content = readFileSync(join(site, file), 'utf8');
      const bundle = bundleOf(content);
      if (bundle === null) continue;
      counts[bundle] += 1;
      const { errors } = await indexes[bundle].addHTMLFile({ sourcePath: file, content });
      check(`indexing ${file}`, errors);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_PAGES }, worker));
  for (const bundle of Object.keys(indexes) as SearchBundle[]) {
    const outputPath = join(site, SEARCH_BUNDLES[bundle]);
    rmSync(outputPath, { recursive: true, force: true });
    const { errors } = await indexes[bundle].writeFiles({ outputPath });
    check(`writing ${outputPath}`, errors);
    compactBundle(outputPath);
  }
  return counts;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, silent: { type: 'boolean', default: false } } });
  try {
    const counts = await buildBundles(values.site);
    if (!values.silent)
      process.stdout.write(`search: ${counts.main} pages in ${SEARCH_BUNDLES.main}, ${counts.cited} cited-only pages in ${SEARCH_BUNDLES.cited}\n`);
  } finally {
    await close();
  }
}

await main();
