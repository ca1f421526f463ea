import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { elements, htmlFile } from '../support/hast.ts';
import { siteFiles } from '../support/link-check.ts';
import { DIST } from '../support/site.ts';

/** Pagefind's settings, which `pagefind --site` reads from the repository's root. */
const settings = parse(readFileSync('pagefind.yml', 'utf8')) as { glob: string };

/** The attribute that marks the part of a page Pagefind indexes. */
const BODY_ATTRIBUTE = '[data-pagefind-body]';

/** The index's entry file: how many pages each language's index holds. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

const searchable = siteFiles(DIST)
  .filter((page) => page.endsWith('.html') && elements(htmlFile(join(DIST, page)), BODY_ATTRIBUTE).length > 0)
  .map((page) => page.slice(1));

describe('the search index of the built site', () => {
  it('is given every page that carries data-pagefind-body by the glob of pagefind.yml', () => {
    const given = new Set(globSync(settings.glob, { cwd: DIST }).map((page) => page.split('\\').join('/')));
    expect(searchable.filter((page) => !given.has(page))).toEqual([]);
  });

  it('holds exactly the pages that carry data-pagefind-body', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(searchable.length);
  });
});
