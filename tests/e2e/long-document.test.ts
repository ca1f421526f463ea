import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** The report 6543/25: eight sections and twenty-one subsections, with its own table of contents. */
const REPORT = '/documents/6543-25/';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe('the report 6543/25', () => {
  it('turns its own table of contents into links that land on their sections, the page numbers left as printed', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url(REPORT));
    const contents = page.locator('.document-text a[href^="#section-"]');
    expect(await contents.count()).toBe(29);
    const drugs = page.locator('.document-text p', { has: page.locator('a[href="#section-3-4"]') });
    expect(await drugs.innerText()).toBe('3.4 Drug trafficking 13');
    await drugs.locator('a').click();
    await page.waitForURL(/#section-3-4$/);
    expect(await page.locator('h3:target').innerText()).toBe('3.4 Drug trafficking');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks the section or footnote one lands on with an outline that nothing else on the page has', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(`${REPORT}#section-4`));
    const outline = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(await outline('#section-4')).toBe('solid');
    expect(await outline('#section-5')).toBe('none');
    await page.goto(site.url(`${REPORT}#user-content-fn-1`));
    expect(await outline('#user-content-fn-1')).toBe('solid');
    await page.close();
  });

  it('lists its sections "On this page", beside the text at 1,280 px and above it at 360 px, with a link back to the top', async () => {
    const { page, errors, scripts } = await watchedPage(site.browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url(REPORT));
    const nav = page.getByRole('navigation', { name: 'On this page' });
    const links = await nav.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBe(29);
    expect(links.slice(0, 3)).toEqual(['#section-1', '#section-2', '#section-2-1']);
    expect(await nav.getByRole('link', { name: '3.10 Cybercrime' }).getAttribute('href')).toBe('#section-3-10');
    const text = await page.locator('.document-text').boundingBox();
    const aside = await nav.boundingBox();
    expect(aside !== null && text !== null && aside.x >= text.x + text.width).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    const above = await nav.boundingBox();
    const below = await page.locator('.document-text').boundingBox();
    expect(above !== null && below !== null && above.y + above.height <= below.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('.back-to-top a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['#main', '#main']);
    expect(scripts).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers one "Cite this" with one citation for the whole document, and says how a section is cited with its title and permalink', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(REPORT));
    const cite = page.locator('details.cite-this');
    expect(await cite.count()).toBe(1);
    await cite.locator('summary').click();
    expect(await cite.locator('.citation').count()).toBe(1);
    expect(await cite.locator('textarea').first().inputValue()).toMatch(/, 6543\/25, https?:\/\/[^,]+\/documents\/6543-25\/$/);
    expect(await cite.locator('.cite-section q').innerText()).toMatch(
      /, 6543\/25, section 1 “\u2068?EXECUTIVE SUMMARY\u2069?”, https?:\/\/[^,]+\/documents\/6543-25\/#section-1$/,
    );
    await page.close();
  });
});

describe('a short note', () => {
  it('of three headed sections, 9267/25, has no "On this page" and no link back to the top', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/documents/9267-25/'));
    expect(await page.locator('.on-this-page, .back-to-top').count()).toBe(0);
    await page.close();
  });
});

describe.each([
  ['/meetings/2025-11-18/', 'Meetings'],
  ['/documents/6543-25/', 'Documents'],
  ['/actors/europol/', 'Actors'],
  ['/topics/empact/', 'Topics'],
])('the page %s', (path, list) => {
  it('has breadcrumbs from the home page through its list', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
    const crumbs = await page.locator('nav[aria-label="Breadcrumb"] li').allInnerTexts();
    expect(crumbs.slice(0, 2)).toEqual(['Home', list]);
    await page.close();
  });
});
