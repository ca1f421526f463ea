import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** The pages issue 3 names for the accessibility check, one of each kind. */
const PAGES = {
  home: '/',
  meetings: '/meetings/',
  meeting: '/meetings/2025-11-18/',
  ingestedDocument: '/documents/9267-25/',
  referencedOnlyDocument: '/documents/14470-1-25-rev-1/',
  decisions: '/decisions/',
} as const;

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe('search', () => {
  it('shows the 18–19 November 2025 meeting for ?q=Mediterranean, and its result link lands on item 5', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/?q=Mediterranean'));
    const entry = page.locator('#search-results > li').filter({ has: page.locator('h2 a[href*="/meetings/2025-11-18/"]') });
    const result = entry.locator('h2 a');
    await result.waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('Mediterranean');
    const href = await result.getAttribute('href');
    expect(href).toMatch(/\/meetings\/2025-11-18\/#item-5$/);
    expect(await result.innerText()).toContain('18–19 November 2025');
    await result.click();
    await page.waitForURL(/\/meetings\/2025-11-18\/#item-5$/);
    expect(await page.locator('#item-5').innerText()).toContain('Regional dialogue on internal security with the Mediterranean');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations with results shown', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/search/?q=Mediterranean'));
    await page.locator('#search-results li').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows the results with a filter read from the URL', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url('/search/?q=Mediterranean&kind=note'));
    await page.locator('#search-results li').first().waitFor();
    const links = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href?.startsWith('/documents/'))).toBe(true);
    expect(await page.locator('#filter-kind').inputValue()).toBe('note');
    await page.close();
  });
});

describe('cross-links', () => {
  it('follows 14470/1/25 REV 1 from item 6 of the November 2025 meeting to its page, which lists that item under "Referenced in"', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2025-11-18/'));
    const item6 = page.locator('section.agenda-item', { has: page.locator('#item-6') });
    await item6.locator('.text a', { hasText: /14470\/1\/25 REV ?1/ }).first().click();
    await page.waitForURL(/\/documents\/14470-1-25-rev-1\/$/);
    expect(await page.locator('h1').innerText()).toBe('14470/1/25 REV 1');
    const referencedIn = page.locator('section.referenced-in');
    const citation = referencedIn.locator('a[href="/meetings/2025-11-18/#item-6"]');
    expect(await citation.count()).toBe(1);
    expect(await citation.innerText()).toContain('item 6');
    expect(await referencedIn.innerText()).toContain('way forward');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(Object.entries(PAGES))('the %s page', (_name, path) => {
  it('has no accessibility violations', async () => {
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a 320 px wide phone screen without scrolling sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(site.url(path));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('loads no JavaScript and reports no error or CSP violation', async () => {
    const { page, errors, scripts } = await watchedPage(site.browser);
    await page.goto(site.url(path), { waitUntil: 'load' });
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
