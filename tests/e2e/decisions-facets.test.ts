import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBuffer, type Entry } from 'yauzl';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { DIST, openSite, type SiteUnderTest } from '../support/site.ts';

/** The central directory entries of a zip, in the order it lists them. */
function zipEntries(zip: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error !== null) {
        reject(error);
        return;
      }
      const entries: Entry[] = [];
      file.on('entry', (entry: Entry) => {
        entries.push(entry);
        file.readEntry();
      });
      file.on('end', () => resolve(entries));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

/** The item links of the decision tables, in order. */
const ITEM_LINKS = '.decisions-table td[data-label="Item"] a';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe.each(['/decisions/topic/counter-terrorism/', '/decisions/by/delegations/', '/topics/mediterranean/', '/actors/presidency-estonia/'])(
  'the page %s',
  (path) => {
    it('has no accessibility violations, fits a 360 px wide screen, and loads no JavaScript', async () => {
      const { page, errors, scripts } = await watchedPage(site.browser);
      await page.setViewportSize({ width: 360, height: 640 });
      await page.goto(site.url(path));
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(scripts).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);

describe('narrowing the decisions', () => {
  it('by who decided: the two decisions Delegations made on 18 November 2025 (items 4 and 5; what they supported under items 3 and 5 is their position, none), each with who, what, documents, meeting and item', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/'));
    await page.getByRole('navigation', { name: 'Filter decisions' }).getByRole('link', { name: 'Delegations (2)' }).click();
    await page.waitForURL(/\/decisions\/by\/delegations\/$/);
    expect(await page.locator('h1').innerText()).toBe('Decisions by Delegations');
    const rows = page.locator('.decisions-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator('.decisions-table td[data-label="Who"]').allInnerTexts()).toEqual(['Delegations', 'Delegations']);
    expect(await page.locator(ITEM_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/meetings/2025-11-18/#item-4',
      '/meetings/2025-11-18/#item-5',
    ]);
    expect(await page.locator('.decisions-table td[data-label="Decision"]').allInnerTexts()).toEqual([
      'Delegations invited the Commission and Europol to support the Member States in further developing them',
      "Delegations agreed on the region's strategic importance",
    ]);
    await page.close();
  });

  it('by topic, decision by decision: counter-terrorism holds the 2025 threat assessment but not the other decisions of that meeting', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/'));
    const link = page.getByRole('navigation', { name: 'Filter decisions' }).getByRole('link', { name: /^Counter-terrorism \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(await link.innerText())?.[1]);
    await link.click();
    await page.waitForURL(/\/decisions\/topic\/counter-terrorism\/$/);
    const items = await page.locator(ITEM_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(items.length).toBe(count);
    expect(items).toContain('/meetings/2025-11-18/#item-8');
    expect(items).toContain('/meetings/2021-11-22/#item-5');
    expect(items).toContain('/meetings/2017-11-21/#item-7');
    expect(items.filter((href) => href?.startsWith('/meetings/2025-11-18/'))).toEqual(['/meetings/2025-11-18/#item-8']);
    await page.close();
  });

  it('by verb and year, every year of the counts linking to that verb in that year, and the year × verb table fitting at 1,280 px', async () => {
    const page = await site.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url('/decisions/'));
    const fits = await page
      .locator('table.decision-counts')
      .evaluate((table) => table.getBoundingClientRect().width <= (table.parentElement as HTMLElement).clientWidth);
    expect(fits).toBe(true);
    expect(await page.locator('table.decision-counts thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/decisions/2025/',
      '/decisions/2021/',
      '/decisions/2017/',
    ]);
    await page.goto(site.url('/decisions/took-note/'));
    expect(await page.locator('table.decision-counts thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/decisions/took-note/2025/',
      '/decisions/took-note/2021/',
      '/decisions/took-note/2017/',
    ]);
    await page.close();
  });
});

describe('topic and actor pages', () => {
  it("list their decisions first, then their mentions: the two decisions about the Mediterranean (item 5: COSI's exchange of views and the delegations' agreement; their support is a position)", async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/topics/mediterranean/'));
    expect((await page.locator('main h2').allInnerTexts())[0]).toBe('Decisions about Mediterranean');
    expect(await page.locator(ITEM_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/meetings/2025-11-18/#item-5',
      '/meetings/2025-11-18/#item-5',
    ]);
    await page.close();
  });

  it('of the Estonian Presidency lists what "the Presidency" welcomed and concluded on 21 November 2017', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/actors/presidency-estonia/'));
    expect((await page.locator('main h2').allInnerTexts())[0]).toBe('Decisions Estonian Presidency made');
    expect(await page.locator('.decisions-table td[data-label="Verb"]').allInnerTexts()).toEqual(['welcomed', 'concluded']);
    expect(await page.locator(ITEM_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/meetings/2017-11-21/#item-5',
      '/meetings/2017-11-21/#item-9',
    ]);
    await page.close();
  });
});

describe('the decisions CSV', () => {
  it('carries each decision’s topics and actors: the logistic hubs exchange of 2025 is on criminal infiltration, by the CLASI', () => {
    const rows = parseCsv(readFileSync(join(DIST, 'data/decisions/2025.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const hubs = rows.find((row) => row['id'] === '2025-11-18--item-15--1');
    expect(hubs?.['topics']).toBe('organised-crime-networks');
    expect(hubs?.['actors']).toBe('clasi');
    expect(rows.find((row) => row['id'] === '2025-11-18--item-1--1')).toMatchObject({ topics: '', actors: '' });
  });

  it('is offered on /data/ under its own name, cosi-decisions-2025.csv, and starts with a UTF-8 byte order mark', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/data/'));
    expect(await page.locator('a[href="/data/decisions/2025.csv"]').getAttribute('download')).toBe('cosi-decisions-2025.csv');
    expect(await page.locator('a[href="/data/decisions/2025.json"]').getAttribute('download')).toBe('cosi-decisions-2025.json');
    await page.close();
    expect([...readFileSync(join(DIST, 'data/decisions/2025.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('the archive of all data files', () => {
  it('is linked from /data/ as cosi-archive-data.zip and holds every JSON and CSV file the manifest lists, byte for byte', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/data/'));
    expect(await page.locator('a[href="/data/cosi-archive-data.zip"]').getAttribute('download')).toBe('cosi-archive-data.zip');
    await page.close();
    const manifest = JSON.parse(readFileSync(join(DIST, 'data/manifest.json'), 'utf8')) as { datasets: { files: { json: string; csv: string }[] }[] };
    const listed = manifest.datasets.flatMap((dataset) => dataset.files.flatMap((file) => [file.json, file.csv]));
    const zipped = unzipSync(readFileSync(join(DIST, 'data/cosi-archive-data.zip')));
    expect(Object.keys(zipped).sort()).toEqual(listed.map((path) => path.replace(/^\/data\//, '')).sort());
    expect(Object.keys(zipped)).toContain('decisions/2025.csv');
    for (const path of listed) expect(Buffer.from(zipped[path.replace(/^\/data\//, '')] ?? []).equals(readFileSync(join(DIST, path))), path).toBe(true);
  });

  it("lists its files in the order of the manifest, each dated 1 January 1980 in the zip's time-zone-free DOS date alone, so that every build writes the same bytes", async () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'data/manifest.json'), 'utf8')) as { datasets: { files: { json: string; csv: string }[] }[] };
    const listed = manifest.datasets.flatMap((dataset) => dataset.files.flatMap((file) => [file.json, file.csv]));
    const entries = await zipEntries(readFileSync(join(DIST, 'data/cosi-archive-data.zip')));
    expect(entries.map((entry) => entry.fileName)).toEqual(listed.map((path) => path.replace(/^\/data\//, '')));
    // DOS date: (year − 1980) << 9 | month << 5 | day; time 00:00:00.
    expect(new Set(entries.map((entry) => `${entry.lastModFileDate}/${entry.lastModFileTime}`))).toEqual(new Set([`${(1 << 5) | 1}/0`]));
    // No Info-ZIP extended timestamp (0x5455): it holds an instant in UTC, which a local date would make differ by time zone.
    expect(entries.flatMap((entry) => entry.extraFields.map((field) => field.id))).not.toContain(0x5455);
  });
});
