import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../scripts/ingest/read/decode.ts';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import { documentEntrySchema } from '../../src/schemas/document-entry.ts';
import { itemEntrySchema } from '../../src/schemas/item-entry.ts';
import { meetingEntrySchema } from '../../src/schemas/meeting-entry.ts';
import type { OkRecord } from '../../src/schemas/record.ts';
import type { PackedCollection, PackedEntry } from '../../src/shared/packed-entries.ts';
import { HOSTILE, hostileSourceFiles } from '../support/hostile-site.ts';
import { runnableContent, urlAttributes } from '../support/hostile-dom.ts';
import { collapseWhitespace } from '../support/plain-text.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** The payloads the fixtures carry, each as printed in a source: a reader must find every one as text. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src=https://evil.example/frame></iframe>',
  '[the register](javascript:alert(1))',
  '[a copy](data:text/html,<script>alert(1)</script>)',
  '{{ 7*7 }}',
  '${process.exit(1)}',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#106;avascript:alert(1)',
  '<svg onload=alert(1)>',
  'title: pwned',
] as const;

/** The host every foreign URL of the fixtures points at. */
const FIXTURE_HOST = 'evil.example';

function records(): OkRecord[] {
  return hostileSourceFiles().map((path) => {
    const decoded = decodeSource(readFileSync(path));
    if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
    const record = parseDocument(decoded.text, relative(process.cwd(), path));
    if (record.status !== 'ok') throw new Error(`${path}: ${record.error.message}`);
    return record;
  });
}

/** The data of a generated entry, read from its JSON file as the content layer's JSON loader reads it. */
function entryData(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

/** The body of a generated text, after its empty frontmatter block (the first two `---` lines). */
function textBody(path: string): string {
  const match = /^---\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'));
  if (match === null) throw new Error(`${path} does not open with an empty frontmatter block`);
  return match[1] ?? '';
}

/** The entries of a packed collection (src/shared/packed-entries.ts), by id, from every one of its files. */
function packedEntries(collection: PackedCollection): [id: string, entry: PackedEntry][] {
  return collectionFiles(collection, '.json').flatMap((path) => Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, PackedEntry>));
}

function collectionFiles(collection: string, extension: '.json' | '.md'): string[] {
  const folder = join(HOSTILE.content, collection);
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(folder, name));
}

function htmlPages(folder: string = HOSTILE.dist): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(folder, name));
}

describe('the hostile sources', () => {
  it('ingest with status ok, each with a number of its own', () => {
    const numbers = records().map((record) => record.number);
    expect(numbers).toEqual(expect.arrayContaining(['16002/25', '16001/25']));
    expect(new Set(numbers).size).toBe(hostileSourceFiles().length);
  });

  it('keep every payload in their records, character for character', () => {
    const note = records().find((record) => record.number === '16002/25');
    const outcome = records().find((record) => record.number === '16001/25');
    expect(outcome?.subject).toBe('Outcome of Proceedings of COSI <script>alert(1)</script> on <img src=x onerror=alert(1)> and {{ 7*7 }}');
    expect(outcome?.items.map((item) => item.title)).toEqual([
      "Adoption of the agenda <script>alert('title')</script>",
      'Information <iframe src=https://evil.example/frame></iframe> provided by ${process.exit(1)}',
      'Hostile markup [click](javascript:alert(document.cookie)) in a title',
    ]);
    expect(note?.subject).toBe('Hostile note <script>alert(1)</script> - ${process.exit(1)}');
    expect(note?.from).toBe('Presidency <svg onload=alert(1)>');
    expect(note?.sections.map((section) => section.title)).toContain('Section <img src=x onerror=alert(5)> heading');
  });
});

describe('the entries generated from the hostile sources', () => {
  it('read back as exactly the values of the records (documents)', () => {
    const bySource = new Map(records().map((record) => [record.source, record]));
    const files = collectionFiles('documents', '.json');
    expect(files).toHaveLength(bySource.size);
    for (const path of files) {
      const data = entryData(path);
      const record = bySource.get(String(data['source']));
      expect(record, `no record for ${path}`).toBeDefined();
      if (record === undefined) continue;
      // every field of the schema, those it may leave out (the printed header, the subject's footnote calls) where the record has them
      const optional = (key: string) => documentEntrySchema.shape[key as keyof typeof documentEntrySchema.shape].safeParse(undefined).success;
      // the register link is made from the number: held by every document but one filed under its source's name
      const held = (key: string) => (key === 'url' ? record.unnumbered !== true : (record as Record<string, unknown>)[key] !== undefined);
      expect(Object.keys(data).sort()).toEqual(
        Object.keys(documentEntrySchema.shape)
          .filter((key) => !optional(key) || held(key))
          .sort(),
      );
      const { number, kind, date, place, language, limite, codes, from, to, previous, subject, footnotes } = record;
      expect(data).toMatchObject({ number, kind, date, place, language, limite, codes, from, to, previous, subject, footnotes });
      expect(data['sections']).toEqual(
        record.sections.map(({ number: n, title }, index) =>
          expect.objectContaining({ number: n, title, anchor: expect.stringMatching(index === 0 ? /^section-/ : /./) }),
        ),
      );
    }
  });

  it('read back as exactly the values of the records (meetings and items)', () => {
    const outcome = records().find((record) => record.number === '16001/25');
    const items = packedEntries('items')
      .map(([, { data }]) => data as Record<string, unknown>)
      .filter((data) => data['document'] === outcome?.number);
    // every field of the schema, the printed number (`Item 1:`, `3. and 4.`) where the record's item has one
    const optional = (key: string) => itemEntrySchema.shape[key as keyof typeof itemEntrySchema.shape].safeParse(undefined).success;
    expect(items.map((data) => Object.keys(data).sort())).toEqual(
      (outcome?.items ?? []).map((item) =>
        Object.keys(itemEntrySchema.shape)
          .filter((key) => !optional(key) || (item as Record<string, unknown>)[key] !== undefined)
          .sort(),
      ),
    );
    expect(items.map(({ number, title, section, day }) => ({ number, title, section, day }))).toEqual(
      outcome?.items.map(({ number, title, section, day }) => ({ number, title, section, day })),
    );
    const meeting = collectionFiles('meetings', '.json')
      .map(entryData)
      .find((data) => data['document'] === outcome?.number);
    // every field of the schema but an optional one the meeting does not have (`cancelled`: its notice cancels nothing)
    const optionalOfMeeting = (key: string) => meetingEntrySchema.shape[key as keyof typeof meetingEntrySchema.shape].safeParse(undefined).success;
    expect(Object.keys(meeting ?? {}).sort()).toEqual(
      Object.keys(meetingEntrySchema.shape)
        .filter((key) => !optionalOfMeeting(key) || (meeting ?? {})[key] !== undefined)
        .sort(),
    );
  });

  it('have texts whose bodies open no second frontmatter block and no raw HTML from the source', () => {
    const documents = collectionFiles('texts', '.md').map((path) => [path, textBody(path)] as const);
    const items = packedEntries('items').flatMap(([id, { markdown }]) => (markdown === undefined ? [] : [[`items/${id}`, markdown] as const]));
    expect(documents).toHaveLength(collectionFiles('documents', '.json').length);
    expect(items.length).toBeGreaterThan(0);
    for (const [path, written] of [...documents, ...items]) {
      expect(written, path).not.toMatch(/^---$/m);
      // Raw HTML the ingest writes itself is an anchor block with an id, the empty comment it puts inside text the
      // renderer would take for an autolink (scripts/ingest/markdown/autolink-guard.ts), and `<bdi>` around each
      // bidirectional control of a heading, and the hidden element opening a body whose subject calls footnotes, around
      // those calls alone (scripts/ingest/markdown/document-tree.ts hiddenCalls); every `<` of the source is escaped.
      const body = written.replaceAll('<!---->', '').replace(/^\n?<div hidden>\n\n(?:\[\^[\w-]+\])+\n\n<\/div>\n/u, '');
      const rawTags = [...body.matchAll(/(?<!\\)<(\/?[a-zA-Z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*\/?>|(?<!\\)<(?!https?:)[a-zA-Z!?/]/gi)].map(
        ([raw, tag, attributes]) => ({ raw, tag, attributes }),
      );
      const ours = ({ tag = '', attributes = '' }: { tag?: string | undefined; attributes?: string | undefined }) =>
        (/^\/?(?:div|h[2-6])$/.test(tag) && /^(?:\s+(?:id|class)="[^"<>]*")*$/.test(attributes)) || (/^\/?bdi$/.test(tag) && attributes === '');
      const foreign = rawTags.filter((tag) => !ours(tag));
      expect(
        foreign.map(({ raw }) => raw),
        path,
      ).toEqual([]);
    }
  });
});

describe('the site built from the hostile sources', () => {
  let browser: Browser;
  let blank: Page;
  let site: SiteUnderTest;

  beforeAll(async () => {
    site = await openSite(HOSTILE.dist);
    browser = site.browser;
    blank = await browser.newPage();
  });

  afterAll(async () => {
    await site.close();
  });

  it('has no script, event handler, frame, object, style or dangerous URL in any page, parsed with the browser’s parser', async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(5);
    const findings: string[] = [];
    for (const path of pages) {
      for (const finding of await runnableContent(blank, readFileSync(path, 'utf8'))) findings.push(`${relative(HOSTILE.dist, path)}: ${finding}`);
    }
    expect(findings).toEqual([]);
  });

  it('puts a web address of the sources only where a reader follows it: the href of a link, never a src or a script', async () => {
    const misplaced: string[] = [];
    for (const path of htmlPages()) {
      for (const { tag, name, value } of await urlAttributes(blank, readFileSync(path, 'utf8'))) {
        const followed = tag === 'a' && name === 'href' && /^https?:\/\//i.test(value);
        if (value.includes(FIXTURE_HOST) && !followed) misplaced.push(`${relative(HOSTILE.dist, path)}: <${tag} ${name}="${value}">`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('shows every payload as text on the document pages', async () => {
    const page = await browser.newPage();
    const shown: string[] = [];
    for (const slug of ['16001-25', '16002-25']) {
      await page.goto(site.url(`/documents/${slug}/`));
      shown.push(collapseWhitespace(await page.locator('main').innerText()));
    }
    await page.close();
    expect(PAYLOADS.filter((payload) => !shown.some((text) => text.includes(payload)))).toEqual([]);
  });

  it('shows the hostile item titles as text on the meeting page', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('/meetings/2025-12-01/'));
    const text = collapseWhitespace(await page.locator('main').innerText());
    await page.close();
    expect(text).toContain("Adoption of the agenda <script>alert('title')</script>");
    expect(text).toContain('Information <iframe src=https://evil.example/frame></iframe> provided by ${process.exit(1)}');
    expect(text).toContain('Hostile markup [click](javascript:alert(document.cookie)) in a title');
  });

  it('opens every page, with the CSP in force, without a dialog, a foreign request, an error or a CSP violation', async () => {
    const problems: string[] = [];
    const page = await browser.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.route('**/*', (route) =>
      route.request().url().startsWith(site.server.origin) ? route.continue() : (problems.push(`foreign request: ${route.request().url()}`), route.abort()),
    );
    const paths = htmlPages().map((path) => `/${relative(HOSTILE.dist, path).replace(/index\.html$/, '')}`);
    for (const path of [...paths, '/search/?q=alert', '/search/?q=pwned']) {
      await page.goto(site.url(path), { waitUntil: 'load' });
      if (path.startsWith('/search/?')) await page.locator('#search-results li').first().waitFor();
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('lists search results for a payload as text, with no element made from it', async () => {
    const page = await browser.newPage();
    await page.goto(site.url('/search/?q=onerror'));
    await page.locator('#search-results li').first().waitFor();
    const results = page.locator('#search-results');
    expect(await results.locator('script, img, iframe, svg, object, embed').count()).toBe(0);
    expect(await results.innerText()).toContain('onerror=alert(');
    await page.close();
  });
});
