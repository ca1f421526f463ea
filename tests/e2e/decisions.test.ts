import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** The decisions pages: the overview, a year, a verb, and a verb in a year. */
const PAGES = {
  overview: '/decisions/',
  year: '/decisions/2025/',
  verb: '/decisions/endorsed/',
  verbInYear: '/decisions/endorsed/2025/',
} as const;

/** The links of the decision tables' item column, in order. */
const ITEM_LINKS = '.decisions-table td[data-label="Item"] a';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe.each(Object.entries(PAGES))('the decisions %s page', (_name, path) => {
  it('has no accessibility violations, fits a 320 px wide screen, and loads no JavaScript', async () => {
    const { page, errors, scripts } = await watchedPage(site.browser);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.url(path), { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the decisions overview', () => {
  it('lists only the latest year: the thirteen decisions of the 18–19 November 2025 meeting', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/'));
    const meetings = await page.locator('.decisions-table td[data-label="Meeting"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(meetings).toEqual(Array.from({ length: 13 }, () => '/meetings/2025-11-18/'));
    await page.close();
  });

  it('counts the decisions per year and verb, three endorsements in 2025 among them, each count linking to a page that lists that many', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/'));
    const links = await page
      .locator('.decision-counts td a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', count: Number(a.textContent) })));
    expect(links).toContainEqual({ href: '/decisions/endorsed/2025/', count: 3 });
    expect(links).toContainEqual({ href: '/decisions/2025/', count: 13 });
    for (const { href, count } of links) {
      await page.goto(site.url(href));
      expect(await page.locator('.decisions-table tbody tr').count(), href).toBe(count);
    }
    await page.close();
  });
});

describe('a verb in a year', () => {
  it('lists what was endorsed in November 2025: items 6, 7 and 8 (COSI), in agenda order; what the delegations supported under items 3 and 5 is their position, none', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/endorsed/2025/'));
    const items = await page.locator(ITEM_LINKS).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(items).toEqual(['/meetings/2025-11-18/#item-6', '/meetings/2025-11-18/#item-7', '/meetings/2025-11-18/#item-8']);
    await page.close();
  });
});

describe('a verb', () => {
  it('counts its decisions per year, linking each year to the verb in that year, lists its latest year, and marks itself among the filters', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/endorsed/'));
    const years = await page.locator('.decision-counts td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(years).toEqual(['/decisions/endorsed/2025/', '/decisions/endorsed/2021/', '/decisions/endorsed/2017/']);
    expect(await page.locator(ITEM_LINKS).count()).toBe(3);
    expect(await page.locator('nav.filters [aria-current="page"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/decisions/endorsed/',
    ]);
    await page.goto(site.url('/decisions/endorsed/2025/'));
    expect(await page.locator('nav.filters [aria-current="page"]').count()).toBe(0);
    await page.close();
  });
});

describe('who decided', () => {
  it('shows who made each decision of 2025: COSI, the delegations, or nobody the text names for the adopted agenda', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/2025/'));
    const rows = await page.locator('.decisions-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        who: tr.querySelector('td[data-label="Who"]')?.textContent?.trim() ?? '',
        decision: (tr.querySelector('td[data-label="Decision"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    expect(rows).toContainEqual({ who: 'Delegations', decision: "Delegations agreed on the region's strategic importance" });
    expect(rows).toContainEqual({
      who: 'Delegations',
      decision: 'Delegations invited the Commission and Europol to support the Member States in further developing them',
    });
    expect(rows).toContainEqual({ who: 'not named', decision: 'Adopted: the agenda as set out in CM 4578/2/24 REV2' });
    expect(rows.filter((row) => row.who === 'COSI')).toHaveLength(8);
    await page.close();
  });

  it('links the documents an object cites as printed', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/2025/'));
    const link = page.locator('.decisions-table td[data-label="Decision"] a', { hasText: '14470/1/25 REV1' });
    expect(await link.getAttribute('href')).toBe('/documents/14470-1-25-rev-1/');
    await page.close();
  });

  it('counts as COSI decisions only those the text says COSI made, on a page of their own', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/decisions/'));
    const links = await page
      .locator('.decision-counts td a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', count: Number(a.textContent) })));
    expect(links).toContainEqual({ href: '/decisions/cosi/2025/', count: 8 });
    expect(links).toContainEqual({ href: '/decisions/cosi/2017/', count: 18 });
    await page.goto(site.url('/decisions/cosi/2017/'));
    const who = await page.locator('.decisions-table td[data-label="Who"]').allTextContents();
    expect(who.length).toBe(18);
    expect(new Set(who.map((text) => text.trim()))).toEqual(new Set(['COSI']));
    await page.close();
  });
});
