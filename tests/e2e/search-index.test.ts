import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search-bundles.ts';
import { watchedPage } from '../support/browser.ts';
import { elements, htmlFile } from '../support/hast.ts';
import { siteFiles } from '../support/link-check.ts';
import { DIST, openSite, type SiteUnderTest } from '../support/site.ts';

/** Pagefind's settings, which scripts/build/search-index.ts reads from the repository's root. */
const settings = parse(readFileSync('pagefind.yml', 'utf8')) as { glob: string };

/** The attribute that marks the part of a page Pagefind indexes. */
const BODY_ATTRIBUTE = '[data-pagefind-body]';

/** The index's entry file: how many pages each language's index holds. */
interface PagefindEntry {
  languages: Record<string, { hash: string; page_count: number }>;
}

/** The filter a page of a document the archive only cites carries (src/components/ReferencedDocument.astro). */
const CITED_ATTRIBUTE = '[data-pagefind-filter="cited:yes"]';

const searchablePages = siteFiles(DIST)
  .filter((page) => page.endsWith('.html'))
  .map((page) => ({ page: page.slice(1), tree: htmlFile(join(DIST, page)) }))
  .filter(({ tree }) => elements(tree, BODY_ATTRIBUTE).length > 0);
const searchable = searchablePages.map(({ page }) => page);
/** The pages of documents the archive only cites, as their article shows them. */
const citedOnly = searchablePages.filter(({ tree }) => elements(tree, `article${BODY_ATTRIBUTE} ${CITED_ATTRIBUTE}`).length > 0).map(({ page }) => page);

/** A bundle's entry file: its languages, each with its hash and how many pages it holds. */
const entryOf = (bundle: SearchBundle): PagefindEntry =>
  JSON.parse(readFileSync(join(DIST, SEARCH_BUNDLES[bundle], 'pagefind-entry.json'), 'utf8')) as PagefindEntry;

/** How many pages a bundle holds, as its entry file says. */
function pageCount(bundle: SearchBundle): number {
  return Object.values(entryOf(bundle).languages).reduce((sum, language) => sum + language.page_count, 0);
}

describe('the search index of the built site', () => {
  it('is given every page that carries data-pagefind-body by the glob of pagefind.yml', () => {
    const given = new Set(globSync(settings.glob, { cwd: DIST }).map((page) => page.split('\\').join('/')));
    expect(searchable.filter((page) => !given.has(page))).toEqual([]);
  });

  it('holds exactly the pages that carry data-pagefind-body, the cited-only ones in a bundle of their own', () => {
    expect(citedOnly).toContain('documents/14470-1-25-rev-1/index.html');
    expect(citedOnly).not.toContain('documents/9267-25/index.html');
    expect(pageCount('cited')).toBe(citedOnly.length);
    expect(pageCount('main')).toBe(searchable.length - citedOnly.length);
  });

  it.each(Object.keys(SEARCH_BUNDLES) as SearchBundle[])('names each fragment of the %s bundle by its page’s place after the language hash', (bundle) => {
    const languages = Object.values(entryOf(bundle).languages);
    const names = readdirSync(join(DIST, SEARCH_BUNDLES[bundle], 'fragment')).sort();
    const expected = languages.flatMap(({ hash, page_count }) => Array.from({ length: page_count }, (_, place) => `${hash}_${place.toString(36)}.pf_fragment`));
    expect(names).toEqual(expected.sort());
  });
});

describe('the search bundles, as the search page loads them', () => {
  let site: SiteUnderTest;

  beforeAll(async () => {
    site = await openSite();
  });

  afterAll(async () => {
    await site.close();
  });

  /** The filters a bundle's pages carry and how many pages carry each value, as Pagefind's own browser API counts them. */
  async function bundleFilters(bundle: SearchBundle): Promise<Record<string, Record<string, number>>> {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/search/'));
    // A script text, not a function: the test runner would rewrite a dynamic import() inside a function for Node.
    const api = JSON.stringify(`${SEARCH_BUNDLES[bundle]}pagefind.js`);
    const filters = (await page.evaluate(`import(${api}).then(async (pagefind) => { await pagefind.init(); return pagefind.filters(); })`)) as Record<
      string,
      Record<string, number>
    >;
    await page.close();
    return filters;
  }

  it('keeps every cited-only page out of the bundle a first search loads', async () => {
    const filters = await bundleFilters('main');
    expect(filters['kind']?.['note']).toBeGreaterThan(0);
    expect(filters['cited']).toBeUndefined();
    expect(filters['kind']?.['referenced']).toBeUndefined();
  });

  it('holds every cited-only page, and only those, in the second bundle', async () => {
    const filters = await bundleFilters('cited');
    expect(filters['cited']).toEqual({ yes: citedOnly.length });
    expect(filters['kind']).toEqual({ referenced: citedOnly.length });
  });
});
