import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HEADER_CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { elements, htmlDocument } from '../support/hast.ts';
import { deadLinks, siteFiles } from '../support/link-check.ts';
import { redirectPages } from '../support/redirect-pages.ts';
import { readGlobalHeaders } from '../support/static-server.ts';
import { DIST } from '../support/site.ts';

/** The only page that may carry a script: the search page runs Pagefind. */
const SEARCH_PAGE = '/search/index.html';

/** The redirect pages of the former addresses (file → address it leads to): not content pages, checked apart. */
const redirects = redirectPages();
/** The content pages: every HTML file but the redirect pages. */
const pages = siteFiles(DIST).filter((f) => f.endsWith('.html') && !redirects.has(f));
const html = (page: string) => readFileSync(join(DIST, page), 'utf8');
/** The elements of a page a CSS selector matches. */
const select = (page: string, selector: string) => elements(htmlDocument(html(page)), selector);

describe('the built site', () => {
  it('has pages for every kind the site serves', () => {
    for (const page of ['/index.html', '/404.html', '/meetings/index.html', '/decisions/index.html', SEARCH_PAGE]) {
      expect(pages).toContain(page);
    }
  });

  it('offers the search on its 404 page', () => {
    expect(select('/404.html', 'form[role="search"][action="/search/"]')).toHaveLength(1);
  });

  it('has no dead internal link or anchor', () => {
    expect(deadLinks(DIST)).toEqual([]);
  });

  it('puts a script on no page but the search page, and none inline there', () => {
    const withScripts = pages.filter((p) => select(p, 'script').length > 0);
    expect(withScripts).toEqual([SEARCH_PAGE]);
    const inline = select(SEARCH_PAGE, 'script').filter((script) => script.properties['src'] === undefined || script.children.length > 0);
    expect(inline).toEqual([]);
  });

  it('inlines no style and carries the Content-Security-Policy meta tag on every page', () => {
    const policies = (page: string) => select(page, 'meta[http-equiv="Content-Security-Policy"]').map((meta) => meta.properties['content']);
    expect(pages.filter((p) => policies(p).join() !== CONTENT_SECURITY_POLICY)).toEqual([]);
    expect(pages.filter((p) => select(p, 'style, [style]').length > 0)).toEqual([]);
  });

  it('leads each former address of seed 001’s act pages to the page now, with no content of its own to check', () => {
    expect([...redirects.keys()]).toContain('/documents/council-decision-2010-131-eu/index.html');
    for (const [file, to] of redirects) {
      const refresh = select(file, 'meta[http-equiv="refresh"]').map((meta) => meta.properties['content']);
      expect({ file, refresh }).toEqual({ file, refresh: [`0;url=${to}`] });
      expect(select(file, 'meta[name="robots"]').map((meta) => meta.properties['content'])).toEqual(['noindex']);
      expect(pages).toContain(`${to}index.html`);
    }
  });

  it('ships the same policy in a _headers file for static hosts, with frame-ancestors, which only a header can carry', async () => {
    const headers = await readGlobalHeaders(DIST);
    expect(headers['Content-Security-Policy']).toBe(HEADER_CONTENT_SECURITY_POLICY);
    expect(headers['Content-Security-Policy']?.startsWith(`${CONTENT_SECURITY_POLICY}; `)).toBe(true);
  });
});
