import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';
import { BAD_SOURCES, NAMED } from '../support/bad-sources-site.ts';
import { htmlFile } from '../support/hast.ts';
import { COUNCIL_REGISTER } from '../../src/shared/official-url.ts';

/** A built page of the site, parsed (`/sources/` → dist/sources/index.html). */
function page(path: string): Root {
  return htmlFile(join(BAD_SOURCES.dist, path, 'index.html'));
}

/** Whitespace-collapsed text of an element. */
function text(node: Element | undefined): string {
  return node === undefined ? '' : toText(node).replace(/\s+/g, ' ').trim();
}

/** One row of a table of the /sources/ page: its cells' texts and links, keyed by column heading. */
interface Row {
  file: string;
  cells: Record<string, string>;
  links: Record<string, string | undefined>;
}

/** The rows of the table under the heading with id `section` (`not-read` or `read`) of the /sources/ page. */
function rows(section: string): Row[] {
  const table = select(`section[aria-labelledby="${section}"] table`, page('sources'));
  if (table === undefined) return [];
  const headings = selectAll('thead th', table).map(text);
  return selectAll('tbody tr', table).map((row) => {
    const cells = selectAll('th, td', row);
    const entries = headings.map((heading, index) => [heading, cells[index]] as const);
    return {
      file: text(cells[0]),
      cells: Object.fromEntries(entries.map(([heading, cell]) => [heading, text(cell)])),
      links: Object.fromEntries(
        entries.map(([heading, cell]) => [heading, cell === undefined ? undefined : select('a', cell)?.properties['href']?.toString()]),
      ),
    };
  });
}

/** The row of a source, by its path inside the sources folder as the page prints it. */
function row(section: string, file: string): Row | undefined {
  return rows(section).find((candidate) => candidate.file === file);
}

/** The bytes a site link serves: the built file its decoded path names, or null when there is none. */
function served(href: string | undefined): Buffer | null {
  if (href === undefined) return null;
  const path = join(BAD_SOURCES.dist, ...decodeURIComponent(href).split('/'));
  return existsSync(path) ? readFileSync(path) : null;
}

/** The bytes of a source as it lies in the site's sources folder. */
function original(name: string): Buffer {
  return readFileSync(join(BAD_SOURCES.sources, name));
}

describe('the /sources/ page of a site built from the seeds among bad sources', () => {
  it('names the empty, the binary and the header-less source among the files not read, each with its reason', () => {
    expect(row('not-read', 'empty.txt')?.cells).toMatchObject({ Status: 'error', Reason: 'whole file: empty file' });
    expect(row('not-read', 'binary.txt')?.cells).toMatchObject({ Status: 'error', Reason: 'whole file: binary file, not text' });
    // The reading group's notes open with a title line and never print a document number.
    expect(row('not-read', 'no-header.txt')?.cells['Reason']).toMatch(/^line 1: expected a Council document number .* alone on a line of the header/);
  });

  it('serves the originals of the three unreadable files byte for byte', () => {
    for (const name of ['empty.txt', 'binary.txt', 'no-header.txt']) {
      const listed = row('not-read', name);
      expect(served(listed?.links['Original']), name).toEqual(original(name));
    }
  });

  it('lists the seeds as read, each linked to its document page and its original', () => {
    const seeds = [
      ['000_fcebac5ee47826ac.txt', '15912/25'],
      ['001_a69fd2a43e7584cc.txt', '6543/25'],
      ['002_e25e8abf6c082c01.txt', '14342/21'],
      ['003_4dba75d703f3f065.txt', '9267/25'],
      ['004_3542f36dac911e8f.txt', '15754/17'],
    ];
    for (const [name = '', number] of seeds) {
      const listed = row('read', name);
      expect(listed?.cells).toMatchObject({ Status: 'ok', Document: number, Warnings: '' });
      expect(existsSync(join(BAD_SOURCES.dist, listed?.links['Document'] ?? '-', 'index.html')), name).toBe(true);
      expect(served(listed?.links['Original'])).toEqual(original(name));
    }
  });

  it('lists a document read with warnings with each warning, and shows them on its page', () => {
    expect(row('read', 'broken-byte.txt')?.cells).toMatchObject({
      Status: 'ok with 1 warning',
      Document: '5140/24',
      Warnings: 'line 19: 1 byte sequence that UTF-8 does not allow (E9) replaced by U+FFFD',
    });
    expect(row('read', 'unstructured.txt')?.cells['Warnings']).toBe(
      'line 16: no section headings found (lines such as "1. Introduction" or "## Presidency report"): the text after the header is shown as one block',
    );
    const warnings = select('section#source-warnings, section[aria-labelledby="source-warnings"]', page('documents/5140-24'));
    expect(text(warnings)).toContain('line 19: 1 byte sequence that UTF-8 does not allow (E9) replaced by U+FFFD');
    expect(select('section[aria-labelledby="source-warnings"]', page('documents/15912-25'))).toBeUndefined();
  });

  it('gives the document without headings a page with its whole text', () => {
    const body = text(select('main', page('documents/5133-24')));
    expect(body).toContain('Each delegation may be represented by two persons.');
    expect(body).toContain('Delegations are invited to register their participants by 5 February 2024.');
  });

  it('reads a note whose header date is misspelt (`2 Febuary 2024`) as an undated document: listed as read with its warning, its page showing its text and "date not read"', () => {
    expect(row('read', 'undated.txt')?.cells).toMatchObject({ Status: 'ok with 1 warning', Document: '5147/24' });
    expect(row('read', 'undated.txt')?.cells['Warnings']).toMatch(/^line 1: no date read in the header .* listed without a date/);
    const document = page('documents/5147-24');
    const body = text(select('main', document));
    expect(body).toContain('The Presidency invites delegations to send their written comments on the draft priorities by 16 February 2024.');
    expect(body).toContain('The revised priorities will be presented to COSI at its meeting in March 2024.');
    // The line as printed stays in the header, and where the date stands the header says it was not read.
    const header = text(select('.document-header', document));
    expect(header).toContain('Brussels, 2 Febuary 2024');
    expect(header).toContain('Date not read');
    expect(text(select('section[aria-labelledby="source-warnings"]', document))).toContain('no date read in the header');
    // Listed under the undated documents, never under a year nor at the wall clock's date.
    const undated = text(select('main', page('documents/by-year/undated')));
    expect(undated).toContain('5147/24');
    expect(undated).toContain('not read');
  });

  it('files the undated document under `undated` in the open data, and the /data/ page says why a document is filed there', () => {
    const data = page('data');
    const documents = select('section[aria-labelledby="documents"]', data);
    const years = selectAll('tbody tr', documents ?? { type: 'root', children: [] }).map((tr) => text(select('th, td', tr)));
    expect(years).toContain('undated');
    const shard = JSON.parse(readFileSync(join(BAD_SOURCES.dist, 'data', 'documents', 'undated.json'), 'utf8')) as { number: string }[];
    expect(shard.map((record) => record.number)).toContain('5147/24');
    // The page's account of the files names the case a reader of the undated file meets: a date the ingest could not read.
    const intro = text(select('main > p', data));
    expect(intro).toMatch(/could not read .* filed under undated\./);
  });

  it('reads a note whose header and footers print no number under its source’s name: listed as read with its warning, its page showing its whole text and no register link, /data/ listing it', () => {
    expect(row('read', 'unnumbered.txt')?.cells).toMatchObject({ Status: 'ok with 1 warning', Document: 'Unnumbered (unnumbered.txt)' });
    expect(row('read', 'unnumbered.txt')?.cells['Warnings']).toMatch(
      /^line 1: no document number read in the header nor in the page footers .* filed under its source's name, "Unnumbered \(unnumbered\.txt\)", which is no Council number/,
    );
    const href = row('read', 'unnumbered.txt')?.links['Document'];
    expect(href).toBe('/documents/unnumbered-unnumbered-txt/');
    const document = page(href ?? '-');
    const body = text(select('main', document));
    for (const sentence of [
      'The copy this text was taken from lost the cell of the header that printed the document number, and its pages print none in their footers.',
      'Member States reported on the operational actions led under each priority in 2023; the report of Europol on these actions is set out in 5533/24.',
      'COSI is invited to take note of the state of play and to endorse the way forward set out in point 2.',
      'Mid-term review of the EMPACT operational action plans',
    ])
      expect(body).toContain(sentence);
    expect(text(select('section[aria-labelledby="source-warnings"]', document))).toContain('no document number read in the header nor in the page footers');
    expect(body).toContain('No link to the Council’s register');
    // No link to a document of the register: only the one it cites (5533/24), none under a number of its own
    const documentLinks = selectAll('a', document)
      .map((a) => a.properties['href']?.toString() ?? '')
      .filter((link) => link.startsWith(COUNCIL_REGISTER));
    expect(documentLinks.every((link) => link.includes('ST-5533-2024'))).toBe(true);
    // The open data list it under its year, with no register link; the document it cites has its page.
    const shard = JSON.parse(readFileSync(join(BAD_SOURCES.dist, 'data', 'documents', '2024.json'), 'utf8')) as { number: string; url?: string }[];
    expect(shard.filter(({ number }) => number.startsWith('Unnumbered')).map(({ number, url }) => ({ number, url }))).toEqual([
      { number: 'Unnumbered (number-0-00.txt)', url: undefined },
      { number: 'Unnumbered (unnumbered.txt)', url: undefined },
    ]);
    expect(existsSync(join(BAD_SOURCES.dist, 'documents', '5533-24', 'index.html'))).toBe(true);
  });

  it('reads a note whose header prints a number no Council series has (`0/00`) under its source’s name, the printed number kept in its header', () => {
    expect(row('read', 'number-0-00.txt')?.cells).toMatchObject({ Status: 'ok with 1 warning', Document: 'Unnumbered (number-0-00.txt)' });
    expect(row('read', 'number-0-00.txt')?.cells['Warnings']).toContain('(it prints "0/00", which is no Council document number)');
    expect(text(select('.document-header', page('documents/unnumbered-number-0-00-txt')))).toContain('0/00');
    expect(existsSync(join(BAD_SOURCES.dist, 'documents', '0-00'))).toBe(false);
  });
});

describe('source file names on the /sources/ page', () => {
  it('refuses both twins whose names differ only in Unicode normalisation, naming both, and serves neither', () => {
    for (const twin of [NAMED.nfcTwin, NAMED.nfdTwin]) {
      const listed = rows('not-read').find((candidate) => candidate.file === twin.name || candidate.file === twin.name.normalize('NFC'));
      expect(listed?.cells['Reason']).toMatch(/collide-e\\u0301\.txt, .*collide-é\.txt would be served at one address .*\(Unicode NFC and NFD\)/);
      expect(listed?.cells['Original']).toBe('not served');
      expect(existsSync(join(BAD_SOURCES.dist, 'documents', twin.number.replace('/', '-')))).toBe(false);
    }
    expect(existsSync(join(BAD_SOURCES.dist, 'sources', NAMED.nfcTwin.name))).toBe(false);
  });

  it('refuses both twins whose names differ only in case, naming both', () => {
    for (const twin of [NAMED.upperTwin, NAMED.lowerTwin]) {
      expect(row('not-read', twin.name)?.cells['Reason']).toMatch(/Twin-Case\.txt, .*twin-case\.txt would be served at one address .* upper and lower case/);
    }
  });

  it('refuses names with "#", "%2e", "%41", a line feed or a bell, saying which character, and serves none of them', () => {
    const reasons = [
      [NAMED.hash, '"#"'],
      [NAMED.percentDot, '"%"'],
      [NAMED.percentEscape, '"%"'],
      [NAMED.lineFeed, 'a line break or another control character'],
      [NAMED.bell, 'a line break or another control character'],
    ] as const;
    for (const [named, character] of reasons) {
      const listed = rows('not-read').find((candidate) => candidate.file === named.name.replace(/\s+/g, ' '));
      expect(listed?.cells['Reason'], named.name).toContain(`the file name holds ${character}`);
      expect(listed?.cells['Original']).toBe('not served');
      expect(existsSync(join(BAD_SOURCES.dist, 'documents', named.number.replace('/', '-'))), named.name).toBe(false);
    }
  });

  it('reads a source with an unusual but servable name (NFD, spaces, brackets, punctuation) and links its original from its page', () => {
    const { name, number } = NAMED.unusual;
    const listed = row('read', name.normalize('NFC'));
    expect(listed?.cells).toMatchObject({ Status: 'ok', Document: number });
    expect(served(listed?.links['Original'])).toEqual(original(name));
    const download = select('a[download]', page(`documents/${number.replace('/', '-')}`))?.properties['href']?.toString();
    expect(served(download)).toEqual(original(name));
  });

  it('skips the hidden file and the resource-fork copy: neither is listed nor becomes a document', () => {
    const listed = [...rows('read'), ...rows('not-read')].map(({ file }) => file);
    expect(listed.filter((file) => file.startsWith('.'))).toEqual([]);
    for (const { number } of [NAMED.hidden, NAMED.resourceFork]) expect(existsSync(join(BAD_SOURCES.dist, 'documents', number.replace('/', '-')))).toBe(false);
  });
});

describe('the /sources/ page in Chromium', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await openSite(BAD_SOURCES.dist);
  });
  afterAll(async () => {
    await site.close();
  });

  it('has no accessibility violations, nor have the pages of documents read with warnings (one undated, one unnumbered), and none loads a script', async () => {
    for (const path of ['/sources/', '/documents/5140-24/', '/documents/5147-24/', '/documents/unnumbered-unnumbered-txt/']) {
      const { page, errors, scripts } = await watchedPage(site.browser);
      await page.goto(site.url(path));
      expect(await axeViolations(page), path).toEqual([]);
      expect(scripts).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('serves the original behind each link of the page over HTTP, the unusual name included', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/sources/'));
    const links = await page.locator('a[download]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.length).toBe(rows('read').length + rows('not-read').filter(({ cells }) => cells['Original'] !== 'not served').length);
    const unusual = rows('read').find(({ file }) => file === NAMED.unusual.name.normalize('NFC'))?.links['Original'];
    for (const href of links) expect((await page.request.get(site.url(href))).status(), href).toBe(200);
    expect(Buffer.from(await (await page.request.get(site.url(unusual ?? '-'))).body())).toEqual(original(NAMED.unusual.name));
    await page.close();
  });
});
