import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { readGlobalHeaders } from '../support/static-server.ts';
import { deadLinks, siteFiles } from '../support/link-check.ts';
import { DIST } from '../support/site.ts';

/** The only page that may carry a script: the search page runs Pagefind. */
const SEARCH_PAGE = '/search/index.html';

const pages = siteFiles(DIST).filter((f) => f.endsWith('.html'));
const html = (page: string) => readFileSync(join(DIST, page), 'utf8');

describe('the built site', () => {
  it('has pages for every kind the site serves', () => {
    for (const page of ['/index.html', '/404.html', '/meetings/index.html', '/decisions/index.html', SEARCH_PAGE]) {
      expect(pages).toContain(page);
    }
  });

  it('offers the search on its 404 page', () => {
    expect(html('/404.html')).toMatch(/<form[^>]*role="search"[^>]*action="\/search\/"/);
  });

  it('has no dead internal link or anchor', () => {
    expect(deadLinks(DIST)).toEqual([]);
  });

  it('puts a script on no page but the search page, and none inline there', () => {
    const withScripts = pages.filter((p) => /<script\b/i.test(html(p)));
    expect(withScripts).toEqual([SEARCH_PAGE]);
    const inline = [...html(SEARCH_PAGE).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attributes, body]) => !/\ssrc=/.test(attributes ?? '') || (body ?? '').trim() !== '',
    );
    expect(inline).toEqual([]);
  });

  it('inlines no style and carries the Content-Security-Policy meta tag on every page', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
    expect(pages.filter((p) => !html(p).includes(meta))).toEqual([]);
    expect(pages.filter((p) => /<style\b|\sstyle="/i.test(html(p)))).toEqual([]);
  });

  it('ships the same policy in a _headers file for static hosts', async () => {
    const headers = await readGlobalHeaders(DIST);
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
