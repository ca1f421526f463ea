import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { elements, htmlFile } from '../support/hast.ts';
import { siteFiles } from '../support/link-check.ts';
import { redirectPages } from '../support/redirect-pages.ts';
import { DIST, openSite, type SiteUnderTest } from '../support/site.ts';
import { xmlElements } from '../support/xml.ts';

/** One page of each kind issue 6 adds, and the pages its components are part of. */
const PAGES = {
  actors: '/actors/',
  actor: '/actors/europol/',
  actorYear: '/actors/europol/2017/',
  topics: '/topics/',
  topic: '/topics/empact/',
  topicYear: '/topics/counter-terrorism/2021/',
  openData: '/data/',
  meetingsTimeline: '/meetings/',
  meetingWithCitations: '/meetings/2025-11-18/',
  limiteDocument: '/documents/9267-25/',
  reportWithSections: '/documents/6543-25/',
  referencedOnlyDocument: '/documents/14470-1-25-rev-1/',
} as const;

/** Opens every <details> of the page, so that axe checks what they hold too. */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
}

/** The file names under dist/ of one folder. */
const filesUnder = (folder: string) => siteFiles(DIST).filter((file) => file.startsWith(folder));

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe.each(Object.entries(PAGES))('the %s page', (_name, path) => {
  it('has no accessibility violations with every <details> open, loads no JavaScript, and describes itself to link previews', async () => {
    const { page, errors, scripts } = await watchedPage(site.browser);
    await page.goto(site.url(path), { waitUntil: 'load' });
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    await openAllDetails(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('page descriptions', () => {
  it('gives every meeting, document, actor and topic page a description of its own', () => {
    const redirects = redirectPages();
    const pages = siteFiles(DIST).filter((file) => /^\/(meetings|documents|actors|topics)\/[^/]+\/index\.html$/.test(file) && !redirects.has(file));
    const descriptions = pages.map((file) => String(elements(htmlFile(join(DIST, file)), 'meta[name="description"]')[0]?.properties['content'] ?? ''));
    expect(pages.length).toBeGreaterThan(0);
    expect(descriptions.filter((description) => description === '')).toEqual([]);
    expect(new Set(descriptions).size).toBe(pages.length);
  });
});

describe('navigation', () => {
  it('links the actors, topics and open-data pages from the main navigation of every page', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const href of ['/actors/', '/topics/', '/data/']) expect(await nav.locator(`a[href="${href}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('the actor pages', () => {
  it('list items 13 to 15 of the November 2025 meeting on the CLASI page, after the decisions of items 14 and 15 its delegates took part in, and their links land on the items', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/actors/clasi/'));
    expect(await page.locator('.decisions-table td[data-label="Item"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/meetings/2025-11-18/#item-14',
      '/meetings/2025-11-18/#item-15',
    ]);
    const hrefs = await page.locator('main ul a[href^="/meetings/2025-11-18/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/meetings/2025-11-18/#item-13', '/meetings/2025-11-18/#item-14', '/meetings/2025-11-18/#item-15']);
    await page.locator('main ul a[href="/meetings/2025-11-18/#item-14"]').click();
    await page.waitForURL(/#item-14$/);
    expect(await page.locator('#item-14').innerText()).toContain('Exchange of information for law enforcement purposes');
    await page.close();
  });

  it("list the 2017 meeting's cybercrime items and the 2025 report's sections on the Europol page, with a count per year", async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/actors/europol/'));
    const hrefs = await page.locator('main ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/meetings/2017-11-21/#item-3',
        '/meetings/2017-11-21/#item-6',
        '/documents/6543-25/#section-3-10',
        '/documents/6543-25/#section-6-1',
      ]),
    );
    const counts = await page.locator('table.mention-counts tbody tr').allInnerTexts();
    // 2025: three items of the November meeting, two sections of 9267/25 and nine of the report (3.6 through its footnote 18).
    expect(counts.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(['2025 14', '2017 4']);
    await page.locator('table.mention-counts a', { hasText: '2017' }).click();
    await page.waitForURL(/\/actors\/europol\/2017\/$/);
    const items2017 = await page.locator('main ul.mentions > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(items2017).toEqual(['/meetings/2017-11-21/#item-3', '/meetings/2017-11-21/#item-6', '/meetings/2017-11-21/#item-7', '/meetings/2017-11-21/#item-8']);
    await page.close();
  });
});

describe('the topic filter', () => {
  it('narrows a search to the pages on a topic: Latin America keeps the November 2025 meeting, not those of 2017 and 2021', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/search/?q=cooperation&topic=Latin%20America'));
    await page.locator('#search-results li').first().waitFor();
    const links = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((href) => href.startsWith('/meetings/2025-11-18/'))).toBe(true);
    expect(links.filter((href) => href.startsWith('/meetings/2017-11-21/') || href.startsWith('/meetings/2021-11-22/'))).toEqual([]);
    expect(await page.locator('#filter-topic').inputValue()).toBe('Latin America');
    await page.close();
  });
});

describe('cite this', () => {
  it('gives item 6 of the November 2025 meeting its citation, BibTeX and CSL-JSON without script', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2025-11-18/'));
    const cite = page.locator('section.agenda-item', { has: page.locator('#item-6') }).locator('details.cite-this');
    await cite.locator('summary').click();
    const fields = await cite.locator('textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(fields[0]).toMatch(
      /^Council of the EU, Outcome of proceedings of COSI, 18–19 November 2025, 15912\/25, item 6 “Implementation of the European Internal Security Strategy – way forward”, https?:\/\/[^,]+\/meetings\/2025-11-18\/#item-6$/,
    );
    expect(fields[1]).toMatch(/^@misc\{cosi-15912-25-item-6,/);
    expect(JSON.parse(fields[2] ?? '')[0].URL).toMatch(/\/meetings\/2025-11-18\/#item-6$/);
    await page.close();
  });
});

describe('the document pages', () => {
  it('offer an access request for the LIMITE note and for a Council document known only by reference, not for a public outcome', async () => {
    const { page } = await watchedPage(site.browser);
    const requestLinks = async (path: string) => {
      await page.goto(site.url(path));
      return page.locator('a[href="https://www.consilium.europa.eu/en/documents/public-register/request-document/"]').count();
    };
    expect(await requestLinks('/documents/9267-25/')).toBe(1);
    expect(await requestLinks('/documents/14470-1-25-rev-1/')).toBe(1);
    expect(await requestLinks('/documents/15912-25/')).toBe(0);
    await page.close();
  });

  it('draw the citation chain: 14470/1/25 REV 1 is cited by 15912/25, whose graph links back to it', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/documents/14470-1-25-rev-1/'));
    expect(await page.locator('.citation-graph svg a[href="/documents/15912-25/"]').count()).toBe(1);
    await page.goto(site.url('/documents/15912-25/'));
    expect(await page.locator('.citation-graph svg a[href="/documents/14470-1-25-rev-1/"]').count()).toBe(1);
    await page.close();
  });
});

describe('the feeds, sitemap and robots.txt', () => {
  const feeds = filesUnder('/feeds/').filter((file) => file.endsWith('.xml'));

  it('has a meetings, a decisions, and one feed per actor and topic page', () => {
    const pages = (folder: string) => filesUnder(folder).filter((file) => /^[^/]+\/index\.html$/.test(file.slice(folder.length))).length;
    expect(feeds).toEqual(expect.arrayContaining(['/feeds/meetings.xml', '/feeds/decisions.xml']));
    expect(feeds.filter((file) => file.startsWith('/feeds/actors/')).length).toBe(pages('/actors/'));
    expect(feeds.filter((file) => file.startsWith('/feeds/topics/')).length).toBe(pages('/topics/'));
  });

  it('parse as RSS 2.0 in the browser, every item with a title and a link into the site', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/'));
    for (const feed of feeds) {
      const summary = await page.evaluate(async (url) => {
        const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        const items = [...xml.querySelectorAll('channel > item')];
        return {
          error: xml.querySelector('parsererror')?.textContent ?? null,
          root: xml.documentElement.nodeName,
          version: xml.documentElement.getAttribute('version'),
          items: items.length,
          complete: items.every((item) => item.querySelector('title')?.textContent && item.querySelector('link')?.textContent?.includes('/')),
        };
      }, feed);
      expect({ feed, ...summary }).toEqual({ feed, error: null, root: 'rss', version: '2.0', items: summary.items, complete: true });
      expect(summary.items, feed).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('list every page of the site in the sitemaps of the sitemap index, and nothing else (no former address that redirects)', () => {
    const sitemaps = xmlElements(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'), ['sitemapindex/sitemap/loc']).map((loc) => new URL(loc.text).pathname);
    expect(sitemaps).toEqual(['/sitemap-0.xml']);
    const locs = sitemaps.flatMap((sitemap) =>
      xmlElements(readFileSync(join(DIST, sitemap), 'utf8'), ['urlset/url/loc']).map((loc) => new URL(loc.text).pathname),
    );
    const redirects = redirectPages();
    const pages = siteFiles(DIST)
      .filter((file) => file.endsWith('/index.html') && !redirects.has(file))
      .map((file) => file.slice(0, -'index.html'.length));
    expect([...locs].sort()).toEqual([...pages].sort());
  });

  it('points crawlers at the sitemap in robots.txt', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });
});

describe('the open data', () => {
  /** The manifest's entry of one dataset. */
  interface ManifestDataset {
    name: string;
    schema: string;
    records: number;
    files: { key: string; records: number; json: string; csv: string }[];
  }
  const manifest = () => (JSON.parse(readFileSync(join(DIST, 'data', 'manifest.json'), 'utf8')) as { datasets: ManifestDataset[] }).datasets;
  const distFile = (path: string) => readFileSync(join(DIST, path), 'utf8');

  it('offers every dataset as JSON and CSV files per year, as the manifest lists them, each file parsing and holding the records it counts', () => {
    expect(manifest().map((dataset) => dataset.name)).toEqual(['documents', 'meetings', 'items', 'decisions', 'references']);
    for (const { name, schema, records, files } of manifest()) {
      expect(records, name).toBeGreaterThan(0);
      expect((JSON.parse(distFile(schema)) as Record<string, unknown>)['type']).toBe('array');
      expect(
        files.reduce((sum, file) => sum + file.records, 0),
        name,
      ).toBe(records);
      for (const file of files) {
        expect((JSON.parse(distFile(file.json)) as unknown[]).length, file.json).toBe(file.records);
        expect(distFile(file.csv).startsWith(`\uFEFF${name === 'references' ? 'id,slug,type' : name === 'documents' ? 'number,' : 'id,'}`), file.csv).toBe(
          true,
        );
      }
    }
  });

  it('files the three 2025 documents (6543/25, 9267/25, 15912/25) under 2025, each with its whole text as plain text', () => {
    const documents = JSON.parse(distFile('/data/documents/2025.json')) as { number: string; text: string }[];
    expect(documents.map((d) => d.number).sort()).toEqual(['15912/25', '6543/25', '9267/25']);
    const note = documents.find((d) => d.number === '9267/25')?.text ?? '';
    expect(note).toMatch(/^The 19 December 2024 European Council endorsed .* security and justice, shaping the direction/);
    expect(note).toMatch(/\nPresidency report\n/);
    expect(note).toMatch(/\n\[1\] 16343\/24, EUCO 50\/24\.\n\[2\] 7750\/25\.$/);
  });

  it('writes the items CSV with the plain text of each item, the same as its JSON', () => {
    const json = JSON.parse(distFile('/data/items/2021.json')) as { id: string; text: string }[];
    const csv = parse(distFile('/data/items/2021.csv'), { columns: true, bom: true }) as Record<string, string>[];
    const text = (id: string) => [json.find((item) => item.id === id)?.text, csv.find((row) => row['id'] === id)?.['text']];
    const endorsed = 'The Committee endorsed the recommendations to the EU Threat assessment in the field of counterterrorism as set out in 13682/21.';
    expect(text('2021-11-22--item-6-1')).toEqual([endorsed, endorsed]);
  });

  it('links every file of the manifest from the /data/ page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(PAGES.openData));
    const links = new Set(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    for (const { schema, files } of manifest())
      for (const path of [schema, ...files.flatMap((file) => [file.json, file.csv])]) expect(links.has(path), path).toBe(true);
    await page.close();
  });
});
