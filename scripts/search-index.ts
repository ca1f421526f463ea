/**
 * `tsx scripts/search-index.ts [site]`: builds the Pagefind search index of a built site (default: COSI_DIST, else
 * ./dist) into `<site>/pagefind/`. `npm run build`, the benchmark and the hostile-site tests all index through this.
 *
 * Only meeting and document pages carry `data-pagefind-body`, so Pagefind is given only those files: the
 * others (decision tables, actor and topic pages, feeds' HTML neighbours) would be read and parsed for nothing.
 */
import { join, resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { INDEXED_PAGES } from './search-index/pages.ts';

/** Folder of the index inside the site, where the search page loads Pagefind from. */
const BUNDLE_DIR = 'pagefind';

/** Indexes the site's searchable pages; returns how many files Pagefind read (those without `data-pagefind-body` add nothing). */
async function buildIndex(site: string): Promise<number> {
  const created = await createIndex({});
  if (created.index === undefined) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
  const { index } = created;
  const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, BUNDLE_DIR) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  return added.page_count;
}

const site = resolve(process.argv[2] ?? process.env['COSI_DIST'] ?? 'dist');
try {
  const pages = await buildIndex(site);
  if (pages === 0) throw new Error(`no page of ${site} matches ${INDEXED_PAGES}`);
  process.stdout.write(`search index: ${pages} pages of ${site} read, index written to ${join(site, BUNDLE_DIR)}\n`);
} catch (error) {
  process.stderr.write(`search index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await close();
}
