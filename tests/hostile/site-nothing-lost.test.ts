import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, hostileSourceFiles } from '../support/hostile-site.ts';
import { documentsBySource, linesMissingFromPage } from '../support/page-lines.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';

let site: SiteUnderTest;
const documents = documentsBySource(HOSTILE.content);

beforeAll(async () => {
  site = await openSite(HOSTILE.dist);
});

afterAll(async () => {
  await site.close();
});

describe.each(hostileSourceFiles().map((path) => ({ source: relative(process.cwd(), path) })))('hostile source $source', ({ source }) => {
  it('shows every non-blank line of its source as text on its document page', async () => {
    const entry = documents.get(source);
    expect(entry, `no documents entry for ${source}`).toBeDefined();
    expect(await linesMissingFromPage(site, entry?.slug ?? '', source)).toEqual([]);
  });
});
