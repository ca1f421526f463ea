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
import { spawn } from 'node:child_process';
import { copyFileSync, globSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { bundleOf, SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search-bundles.ts';

/** The pages of each bundle, by path relative to the site, sorted. */
export type SearchPageLists = Readonly<Record<SearchBundle, readonly string[]>>;

/** A share of the pages: the `index`-th of `count` runs of the sorted list, each about as long. */
export interface PagesPart {
  readonly index: number;
  readonly count: number;
}

/** The prefix of the folder beside the site that holds the laid-out pages while the bundles are made. */
export const SEARCH_PAGES_PREFIX = '.search-pages-';

/**
 * The pages of `site` that `glob` names (or the `part` of them), by the bundle each is indexed in; a page Pagefind would
 * not index is in none. A page is read as Latin-1, one character a byte, instead of decoded as UTF-8: `bundleOf`'s
 * patterns match ASCII only, and every byte of a UTF-8 sequence for another character is above 0x7F, so they match
 * the same places, and a page's text needs no decoding (a fifth of this step's CPU at 2,000 documents).
 */
export function searchPageLists(site: string, glob: string, part: PagesPart = { index: 0, count: 1 }): SearchPageLists {
  const lists = Object.fromEntries(Object.keys(SEARCH_BUNDLES).map((bundle) => [bundle, [] as string[]])) as Record<SearchBundle, string[]>;
  const files = globSync(glob, { cwd: site }).sort();
  const start = Math.floor((files.length * part.index) / part.count);
  const end = Math.floor((files.length * (part.index + 1)) / part.count);
  for (const file of files.slice(start, end)) {
    const bundle = bundleOf(readFileSync(join(site, file)).toString('latin1'));
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

/** Processes that read the pages at once: one a core, at most four (each holds the pages it reads, some 125 MiB). */
const READERS = Math.min(4, availableParallelism());

/** `searchPageLists` of one part of the pages, in a process of its own. */
async function searchPageListsOfPart(site: string, glob: string, part: PagesPart): Promise<SearchPageLists> {
  const child = spawn(process.execPath, [CLI, '--site', site, '--glob', glob, '--part', `${part.index}/${part.count}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exit = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const [stdout, stderr, status] = await Promise.all([text(child.stdout), text(child.stderr), exit]);
  if (status !== 0) throw new Error(`reading the search pages failed (exit ${String(status)}): ${stderr.trim()}`);
  return JSON.parse(stdout) as SearchPageLists;
}

/**
 * `searchPageLists` run in processes of their own, so that the memory of the pages they read is given back to the system
 * before Pagefind indexes them (in this process, the allocator kept about 250 MiB of it at 10,000 documents), and
 * several at once, each reading its part of the pages, so that every core reads (the lists are those of one reader).
 */
export async function searchPageListsApart(site: string, glob: string, readers: number = READERS): Promise<SearchPageLists> {
  const parts = await Promise.all(Array.from({ length: readers }, (_, index) => searchPageListsOfPart(site, glob, { index, count: readers })));
  return { main: parts.flatMap((lists) => lists.main), cited: parts.flatMap((lists) => lists.cited) };
}
