/**
 * The pages each search bundle indexes, and a bundle's pages laid out as a site of their own. Every page of dist/ that
 * pagefind.yml's glob names goes to the bundle `bundleOf` chooses (src/lib/search-bundles.ts). Pagefind's indexer takes
 * one bundle of every page its glob matches, and cited-only pages share /documents/<slug>/ with the others, so no glob
 * could tell them apart (nor name each page: Pagefind 1.6 refuses a glob of 10,000 names); a bundle's pages are laid
 * out at the same paths in a folder of their own, so a page's URL in the bundle is its URL on the site. Pages are hard
 * links to dist/'s files, in a folder beside dist/ (`.search-pages-…`, ignored by git): on the same file system, so that
 * no page is copied (a system's temporary folder may be memory, and a large site's pages are gigabytes); a copy only
 * where a link cannot be made.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, globSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOf, SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search-bundles.ts';

/** The pages of each bundle, by path relative to the site, in the glob's order. */
export type SearchPageLists = Readonly<Record<SearchBundle, readonly string[]>>;

/** The prefix of the folder beside the site that holds the laid-out pages while the bundles are made. */
export const SEARCH_PAGES_PREFIX = '.search-pages-';

/** The pages of `site` that `glob` names, by the bundle each is indexed in; a page Pagefind would not index is in none. */
export function searchPageLists(site: string, glob: string): SearchPageLists {
  const lists = Object.fromEntries(Object.keys(SEARCH_BUNDLES).map((bundle) => [bundle, [] as string[]])) as Record<SearchBundle, string[]>;
  for (const file of globSync(glob, { cwd: site })) {
    const bundle = bundleOf(readFileSync(join(site, file), 'utf8'));
    if (bundle !== null) lists[bundle].push(file);
  }
  return lists;
}

/** Lays `pages` of `site` out at the same paths under `folder` (made if need be). */
export function layOut(site: string, pages: readonly string[], folder: string): void {
  for (const page of pages) {
    const to = join(folder, page);
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(join(site, page), to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      copyFileSync(join(site, page), to);
    }
  }
}

/** The command that reads the pages in a process of its own (search-pages-cli.ts). */
const CLI = fileURLToPath(new URL('search-pages-cli.ts', import.meta.url));

/**
 * `searchPageLists` run in a process of its own, so that the memory of the pages it reads is given back to the system
 * before Pagefind indexes them: in this process, the allocator kept about 250 MiB of it at 10,000 documents.
 */
export function searchPageListsApart(site: string, glob: string): SearchPageLists {
  const result = spawnSync(process.execPath, [CLI, '--site', site, '--glob', glob], { encoding: 'utf8', maxBuffer: 2 ** 26 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) throw new Error(`reading the search pages failed (exit ${String(result.status)}): ${result.stderr.trim()}`);
  return JSON.parse(result.stdout) as SearchPageLists;
}
