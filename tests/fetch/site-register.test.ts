import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { ACCESS_REQUEST_URL } from '../../src/lib/access-request.ts';
import { sidecarAt } from '../support/fetch-harness.ts';
import { fixtureSite } from '../support/fixture-sites.ts';
import { elements, htmlFile } from '../support/hast.ts';
import { collapseWhitespace } from '../support/plain-text.ts';
import { fixturePdf } from '../support/register-server.ts';

/** The register fixture site (tests/support/register-site.ts): 90101/25 fetched with --follow 2, 90102/25 refreshed a day later. */
const site = fixtureSite('register');

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The register section of a document page as a reader reads it; null when the page has none. */
function registerSection(slug: string): string | null {
  const page = htmlFile(join(site.dist, 'documents', slug, 'index.html'));
  const [section] = elements(page, 'section.register-origin');
  return section === undefined ? null : collapseWhitespace(toText(section));
}

/** The links of a document page's register section. */
function registerLinks(slug: string): string[] {
  const page = htmlFile(join(site.dist, 'documents', slug, 'index.html'));
  return elements(page, 'section.register-origin a').map((a) => String(a.properties['href']));
}

describe('document pages of fetched documents', () => {
  it('say where a fetched document came from and when, with its HTTP status, size and SHA-256', () => {
    const pdf = fixturePdf('tests/fixtures/register/90101-25.pdf');
    const url = sidecarAt(site.sources, 'register/2025/90101-25.source.json').url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/doc\/document\/ST-90101-2025-INIT\/en\/pdf$/);
    expect(registerSection('90101-25')).toBe(
      `Where this file came from Fetched from the Council’s register at ${url} on 1 December 2025, 09:00 UTC (HTTP 200, ${(pdf.length / 1024).toFixed(1)} KiB, SHA-256 ${sha256(pdf).slice(0, 12)}).`,
    );
    expect(registerLinks('90101-25')).toEqual([url]);
  });

  it('name the earlier version a refresh kept, with when it was fetched and its digest', () => {
    const first = fixturePdf('tests/fixtures/register/90102-25.pdf');
    const corrected = fixturePdf('tests/fixtures/register/corrected/90102-25.pdf');
    const text = registerSection('90102-25');
    expect(text).toContain(`on 2 December 2025, 09:00 UTC (HTTP 200, ${(corrected.length / 1024).toFixed(1)} KiB, SHA-256 ${sha256(corrected).slice(0, 12)}).`);
    expect(text).toContain(
      `Earlier versions of the file the register served, kept beside it: fetched 1 December 2025, 09:00 UTC, ${(first.length / 1024).toFixed(1)} KiB, SHA-256 ${sha256(first).slice(0, 12)}.`,
    );
  });

  it('say on the page of a cited document the register withheld that it is not public, and offer the access request', () => {
    expect(registerSection('90105-25')).toBe('Asked of the Council’s register EN version: not public (HTTP 403) on 1 December 2025, 09:00 UTC.');
    const page = htmlFile(join(site.dist, 'documents', '90105-25', 'index.html'));
    expect(elements(page, 'aside.access-request a').map((a) => a.properties['href'])).toEqual([ACCESS_REQUEST_URL]);
  });

  it('take a 404 for a cited document as not public too, and say nothing of documents never asked for', () => {
    expect(registerSection('90199-25')).toBe('Asked of the Council’s register EN version: not public (HTTP 404) on 1 December 2025, 09:00 UTC.');
    expect(registerSection('wk-90104-2025')).toBeNull();
    expect(registerSection('90107-25')).toBeNull();
  });
});

describe('the /sources/ page', () => {
  /** The rows of the register table, each cell's text as a reader reads it. */
  function registerRows(): string[][] {
    const page = htmlFile(join(site.dist, 'sources', 'index.html'));
    return elements(page, 'section[aria-labelledby="from-the-register"] tbody tr').map((row) =>
      elements(row, 'th, td').map((cell) => collapseWhitespace(toText(cell))),
    );
  }

  it('lists every document asked of the register, what it answered, when, and the file it gave', () => {
    const digest = (path: string) => sha256(fixturePdf(path)).slice(0, 12);
    const kib = (path: string) => `${(fixturePdf(path).length / 1024).toFixed(1)} KiB`;
    expect(registerRows()).toEqual([
      [
        '90101/25 (EN)',
        'fetched (HTTP 200)',
        '1 December 2025, 09:00 UTC',
        `register/2025/90101-25.pdf, ${kib('tests/fixtures/register/90101-25.pdf')}`,
        digest('tests/fixtures/register/90101-25.pdf'),
      ],
      [
        '90102/25 (EN)',
        'fetched (HTTP 200)',
        '2 December 2025, 09:00 UTC',
        `register/2025/90102-25.pdf, ${kib('tests/fixtures/register/corrected/90102-25.pdf')}; 1 earlier version kept`,
        digest('tests/fixtures/register/corrected/90102-25.pdf'),
      ],
      ['90105/25 (EN)', 'not public (HTTP 403)', '1 December 2025, 09:00 UTC', 'none saved', ''],
      [
        '90106/25 (EN)',
        'fetched (HTTP 200)',
        '1 December 2025, 09:00 UTC',
        `register/2025/90106-25.pdf, ${kib('tests/fixtures/register/90106-25.pdf')}`,
        digest('tests/fixtures/register/90106-25.pdf'),
      ],
      ['90199/25 (EN)', 'not public (HTTP 404)', '1 December 2025, 09:00 UTC', 'none saved', ''],
      [
        'CM 90103/25 (EN)',
        'fetched (HTTP 200)',
        '1 December 2025, 09:00 UTC',
        `register/2025/cm-90103-25.pdf, ${kib('tests/fixtures/register/cm-90103-25.pdf')}`,
        digest('tests/fixtures/register/cm-90103-25.pdf'),
      ],
    ]);
  });

  it('links each document to its page and each saved file to its download', () => {
    const page = htmlFile(join(site.dist, 'sources', 'index.html'));
    const links = elements(page, 'section[aria-labelledby="from-the-register"] tbody a').map((a) => String(a.properties['href']));
    expect(links.filter((href) => href.startsWith('/'))).toEqual([
      '/documents/90101-25/',
      '/sources/register/2025/90101-25.pdf',
      '/documents/90102-25/',
      '/sources/register/2025/90102-25.pdf',
      '/documents/90105-25/',
      '/documents/90106-25/',
      '/sources/register/2025/90106-25.pdf',
      '/documents/90199-25/',
      '/documents/cm-90103-25/',
      '/sources/register/2025/cm-90103-25.pdf',
    ]);
  });
});
