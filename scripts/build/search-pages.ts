/**
 * The pages each search bundle indexes, laid out as a site of their own: every page of dist/ that pagefind.yml's glob
 * names, at the same path under the folder of the bundle `bundleOf` chooses (src/lib/search-bundles.ts). Pagefind's
 * indexer takes one bundle of every page its glob matches, and cited-only pages share /documents/<slug>/ with the
 * others, so no glob could tell them apart; a page keeps its path, so its URL in the bundle is its URL on the site.
 * Pages are hard links to dist/'s files, in a folder beside dist/ (`.search-pages-…`, ignored by git): on the same file
 * system, so that no page is copied (a system's temporary folder may be memory, and a large site's pages are
 * gigabytes); a copy only where a link cannot be made.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, globSync, linkSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOf, SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search-bundles.ts';

/** The pages of each bundle under one temporary folder, and how many each holds. */
export interface SearchPages {
  readonly root: string;
  readonly sites: Readonly<Record<SearchBundle, string>>;
  readonly counts: Readonly<Record<SearchBundle, number>>;
}

function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}

/** The prefix of the folder beside the site that holds the laid-out pages while the bundles are made. */
export const SEARCH_PAGES_PREFIX = '.search-pages-';

/** Lays out the pages of `site` that `glob` names by bundle in a new folder beside it (the caller removes `root`). */
export function searchPages(site: string, glob: string): SearchPages {
  const root = mkdtempSync(join(dirname(resolve(site)), SEARCH_PAGES_PREFIX));
  const bundles = Object.keys(SEARCH_BUNDLES) as SearchBundle[];
  const sites = Object.fromEntries(bundles.map((bundle) => [bundle, join(root, bundle)])) as Record<SearchBundle, string>;
  const counts = Object.fromEntries(bundles.map((bundle) => [bundle, 0])) as Record<SearchBundle, number>;
  for (const file of globSync(glob, { cwd: site })) {
    const bundle = bundleOf(readFileSync(join(site, file), 'utf8'));
    if (bundle === null) continue;
    counts[bundle] += 1;
    place(join(site, file), join(sites[bundle], file));
  }
  return { root, sites, counts };
}

/** The command that lays the pages out in a process of its own (search-pages-cli.ts). */
const CLI = fileURLToPath(new URL('search-pages-cli.ts', import.meta.url));

/**
 * `searchPages` run in a process of its own, so that the memory of the pages it reads is given back to the system before
 * Pagefind indexes them: in this process, the allocator kept about 250 MiB of it at 10,000 documents.
 */
export function searchPagesApart(site: string, glob: string): SearchPages {
  const result = spawnSync(process.execPath, [CLI, '--site', site, '--glob', glob], { encoding: 'utf8', maxBuffer: 2 ** 20 });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) throw new Error(`laying out the search pages failed (exit ${String(result.status)}): ${result.stderr.trim()}`);
  return JSON.parse(result.stdout) as SearchPages;
}
