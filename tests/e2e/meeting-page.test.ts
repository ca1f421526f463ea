import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

/** Every heading of a meeting page's article, as `h2 Items for discussion` lines, in order. */
async function outline(path: string): Promise<string[]> {
  const page = await site.browser.newPage();
  await page.goto(site.url(path));
  const headings = await page
    .locator('article')
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.filter((h) => !h.classList.contains('sr-only')).map((h) => `${h.tagName.toLowerCase()} ${(h as HTMLElement).innerText.trim()}`));
  await page.close();
  return headings;
}

describe('the headings of a meeting page', () => {
  it('put every item at the same level on the three meetings, whatever days and sections their outcomes print', async () => {
    const levels = await Promise.all(
      ['/meetings/2017-11-21/', '/meetings/2021-11-22/', '/meetings/2025-11-18/'].map(async (path) => {
        const lines = await outline(path);
        const adoption = lines.find((line) => line.endsWith('1. Adoption of the agenda'));
        const aob = lines.find((line) => / (Any other business:|AOB)$/.test(line));
        return [adoption?.slice(0, 2), aob?.slice(0, 2)];
      }),
    );
    expect(levels).toEqual([
      ['h2', 'h2'],
      ['h2', 'h2'],
      ['h2', 'h2'],
    ]);
  });

  it('put sub-items 6.1, 6.2 and 7.1–7.3 of the 2021 meeting one level below items 6 and 7', async () => {
    const lines = await outline('/meetings/2021-11-22/');
    expect(lines).toEqual(
      expect.arrayContaining([
        'h2 6. Counter-terrorism',
        'h3 6.1. EU Threat assessment in the field of counterterrorism: recommendations',
        'h2 7. Digital',
        'h3 7.1. AI Act',
        'h3 7.2. Encryption',
      ]),
    );
  });

  it('give a day heading only where the outcome prints one: 18 November 2025 once, none in 2017 and 2021', async () => {
    expect((await outline('/meetings/2025-11-18/')).filter((line) => /^h\d \d+ November 2025$/.test(line))).toEqual(['h2 18 November 2025']);
    expect((await outline('/meetings/2021-11-22/')).filter((line) => /^h\d \d+ November 2021$/.test(line))).toEqual([]);
    expect((await outline('/meetings/2017-11-21/')).filter((line) => /^h\d \d+ November 2017$/.test(line))).toEqual([]);
  });

  it('never skip a level going down the page', async () => {
    for (const path of ['/meetings/2017-11-21/', '/meetings/2021-11-22/', '/meetings/2025-11-18/']) {
      const levels = (await outline(path)).map((line) => Number(line[1]));
      const skips = levels.flatMap((level, index) => (index > 0 && level > (levels[index - 1] ?? 1) + 1 ? [`${path}: h${levels[index - 1]} → h${level}`] : []));
      expect(skips).toEqual([]);
    }
  });
});

describe('a meeting page', () => {
  it('offers no "Cite this" under the parent items 6 and 7 of 2021, which have no text of their own, and one under each sub-item', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2021-11-22/'));
    expect(await page.locator('section[aria-labelledby="item-6"] details.cite-this').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="item-7"] details.cite-this').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="item-6-1"] details.cite-this summary').innerText()).toBe('Cite this item 6.1');
    expect(await page.locator('section[aria-labelledby="item-7-2"] details.cite-this').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the documents discussed under each item of 18–19 November 2025, linked to their pages', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2025-11-18/'));
    const section = page.locator('#documents-discussed + p + ul');
    const lines = await section.locator(':scope > li').allInnerTexts();
    expect(lines).toEqual([
      '1. Adoption of the agenda: CM 4578/2/24 REV 2',
      '6. Implementation of the European Internal Security Strategy – way forward: 14470/1/25 REV 1',
      '7. Access to data for effective law enforcement – way forward: 14472/1/25 REV 1',
      '8. EU threat assessment in the field of counterterrorism: recommendations: 14557/25',
      '10. Items concluded by the COSI Support Group: 14559/25',
    ]);
    expect(await section.locator('a.doc-ref', { hasText: '14557/25' }).getAttribute('href')).toBe('/documents/14557-25/');
    expect(await page.locator('.agenda-contents a[href="#documents-discussed"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows what some delegations said under items 5 and 6 of 21 November 2017 as their positions, apart from the decisions', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2017-11-21/'));
    const positions = (anchor: string) => page.locator(`section[aria-labelledby="${anchor}"] .positions li`).allInnerTexts();
    expect(await positions('item-5')).toEqual([
      'Various delegations welcomed this initiative, which would be further discussed in the COSI Support Group meeting on 1 December and in the PSC.',
    ]);
    expect(await positions('item-6')).toEqual([
      "A large number of delegations contributed and welcomed the Presidency's proposals on each of the four issues.",
      'Some delegations emphasised the importance of ensuring swift access to WHOIS information and stated that the planned measures should be coordinated with other relevant work strands such as E-evidence, data retention, the EU Policy Cycle or with the discussions in the Council of Europe.',
    ]);
    expect(await page.locator('section[aria-labelledby="item-6"] .positions-label').innerText()).toBe('Positions of delegations (not decisions of COSI)');
    // none of the delegations' words is among the decisions
    expect(await page.locator('section[aria-labelledby="item-6"] .decisions li', { hasText: 'delegations' }).count()).toBe(0);
    expect(await page.locator('.positions').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows where it stands: Home › Meetings › 2025 › 18–19 November 2025, the year linking to its list', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/meetings/2025-11-18/'));
    const crumbs = page.locator('nav[aria-label="Breadcrumb"] li');
    expect(await crumbs.allInnerTexts()).toEqual(['Home', 'Meetings', '2025', '18–19 November 2025']);
    await crumbs.nth(2).locator('a').click();
    await page.waitForURL(/\/meetings\/#year-2025$/);
    expect(await page.locator('#year-2025').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the breadcrumbs of actor and topic pages', () => {
  it('lead from Europol to its group on the actors page, and from a topic to the topics page', async () => {
    const { page, errors } = await watchedPage(site.browser);
    await page.goto(site.url('/actors/europol/'));
    const crumbs = page.locator('nav[aria-label="Breadcrumb"] li');
    expect(await crumbs.allInnerTexts()).toEqual(['Home', 'Actors', 'EU bodies and agencies', 'Europol']);
    await crumbs.nth(2).locator('a').click();
    await page.waitForURL(/\/actors\/#group-eu-body$/);
    await page.goto(site.url('/topics/empact/'));
    expect(await page.locator('nav[aria-label="Breadcrumb"] li').allInnerTexts()).toEqual(['Home', 'Topics', 'EMPACT']);
    await page.goto(site.url('/topics/empact/2025/'));
    expect(await page.locator('nav[aria-label="Breadcrumb"] li').allInnerTexts()).toEqual(['Home', 'Topics', 'EMPACT', '2025']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
