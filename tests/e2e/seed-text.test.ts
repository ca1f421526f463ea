import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsBySource, linesMissingFromPage } from '../support/page-lines.ts';
import { loadSeeds } from '../support/seeds.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

/** The content root the site was built from. */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

let site: SiteUnderTest;
const documents = documentsBySource(CONTENT);

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site.close();
});

describe.each(loadSeeds())('seed $name', ({ source }) => {
  it('shows every non-blank line of its source as text on its document page', async () => {
    const entry = documents.get(source);
    expect(entry, `no documents entry for ${source}`).toBeDefined();
    expect(await linesMissingFromPage(site, entry?.slug ?? '', source)).toEqual([]);
  });
});
