import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_BUNDLES } from '../../src/lib/search-bundles.ts';
import type { PageType } from './page-assets.ts';
import { median, pageAssets, pageType, staticImports } from './page-assets.ts';

/** Pages per type whose compressed size is measured (evenly spaced in path order): enough for a stable median. */
const GZIP_SAMPLE = 400;

/** Size and weight of one page type. */
export interface PageTypeStats {
  pages: number;
  /** Median gzipped size of the HTML alone. */
  medianGzipBytes: number;
  /** Median gzipped bytes of a first visit: the HTML and every subresource it names. */
  medianFirstVisitBytes: number;
  /** Requests of a first visit: the HTML and its subresources (as named in the HTML). */
  firstVisitRequests: number;
  /** Largest JavaScript payload of a page of this type: script files, their static imports and inline scripts. */
  maxJsBytes: number;
}

/** What the build wrote. */
export interface DistStats {
  bytes: number;
  files: number;
  pages: number;
  pagefindBytes: number;
  pagefindFiles: number;
  types: Partial<Record<PageType, PageTypeStats>>;
  /** A meeting page of median first-visit size, as a URL path, for the browser check. */
  medianMeetingPath: string | null;
}

/** Whether a file of dist/ belongs to a search bundle (src/lib/search-bundles.ts): Pagefind's files, not pages of the site. */
function isSearchBundle(file: string): boolean {
  return Object.values(SEARCH_BUNDLES).some((path) => file.startsWith(path.slice(1)));
}

function walk(root: string): string[] {
  const files: string[] = [];
  const visit = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.push(path);
    }
  };
  visit(root);
  return files.map((file) => relative(root, file).split(sep).join('/')).sort();
}

/** Reads dist/ and measures every page type: counts, compressed sizes, first-visit weight and shipped JavaScript. */
export function distStats(dist: string, ingestedSlugs: ReadonlySet<string>): DistStats {
  const files = walk(dist);
  const sizes = new Map(files.map((file) => [file, statSync(join(dist, file)).size]));
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string): number => {
    const known = gzipped.get(file);
    if (known !== undefined) return known;
    let size = 0;
    try {
      size = gzipSync(readFileSync(join(dist, file))).length;
    } catch {
      // A subresource the page names but the build did not write: a dead link, which the link check reports.
    }
    gzipped.set(file, size);
    return size;
  };
  const jsClosure = new Map<string, Set<string>>();
  const modules = (file: string): Set<string> => {
    const known = jsClosure.get(file);
    if (known) return known;
    const seen = new Set<string>([file]);
    jsClosure.set(file, seen);
    if (!sizes.has(file)) return seen;
    for (const imported of staticImports(readFileSync(join(dist, file), 'utf8'))) {
      for (const module of modules(posix.normalize(posix.join(posix.dirname(file), imported)))) seen.add(module);
    }
    return seen;
  };
  const resolve = (page: string, url: string): string => {
    const path = url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(page), url);
    return posix.normalize(path.split(/[?#]/)[0] ?? '');
  };
  const byType = new Map<PageType, string[]>();
  for (const file of files.filter((name) => name.endsWith('.html') && !isSearchBundle(name))) {
    const type = pageType(file, ingestedSlugs);
    const list = byType.get(type) ?? [];
    list.push(file);
    byType.set(type, list);
  }
  const types: Partial<Record<PageType, PageTypeStats>> = {};
  let medianMeetingPath: string | null = null;
  for (const [type, pages] of byType) {
    let maxJsBytes = 0;
    const sample = new Set(pages.filter((_, index) => index % Math.ceil(pages.length / GZIP_SAMPLE) === 0));
    const visits: { page: string; bytes: number; requests: number }[] = [];
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const assets = pageAssets(html);
      const scripts = new Set(assets.scripts.flatMap((url) => [...modules(resolve(page, url))]));
      const jsBytes = assets.inlineScriptBytes + [...scripts].reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0);
      maxJsBytes = Math.max(maxJsBytes, jsBytes);
      if (!sample.has(page)) continue;
      const subresources = [
        ...new Set([...scripts, ...assets.stylesheets.map((url) => resolve(page, url)), ...assets.others.map((url) => resolve(page, url))]),
      ];
      visits.push({ page, bytes: gzipSize(page) + subresources.reduce((sum, file) => sum + gzipSize(file), 0), requests: 1 + subresources.length });
    }
    visits.sort((a, b) => a.bytes - b.bytes);
    const middle = visits[Math.floor((visits.length - 1) / 2)];
    if (type === 'meeting' && middle) medianMeetingPath = `/${middle.page.replace(/index\.html$/, '')}`;
    types[type] = {
      pages: pages.length,
      medianGzipBytes: median(visits.map((visit) => gzipSize(visit.page))),
      medianFirstVisitBytes: middle?.bytes ?? 0,
      firstVisitRequests: middle?.requests ?? 0,
      maxJsBytes,
    };
  }
  const pagefind = files.filter(isSearchBundle);
  return {
    bytes: [...sizes.values()].reduce((sum, size) => sum + size, 0),
    files: files.length,
    pages: [...byType.values()].reduce((sum, pages) => sum + pages.length, 0),
    pagefindBytes: pagefind.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0),
    pagefindFiles: pagefind.length,
    types,
    medianMeetingPath,
  };
}
