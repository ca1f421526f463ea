import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { watchedPage } from '../support/browser.ts';
import { collapseWhitespace } from '../support/plain-text.ts';
import { loadSeeds } from '../support/seeds.ts';
import { openSite, type SiteUnderTest } from '../support/site.ts';
import { plainLine } from '../support/source-lines.ts';

/** An item or section number opening a source line (after heading or bold markup): `6.`, `2.1`, `12.`. */
const LINE_NUMBER = /^\s*(?:#{1,6}\s+)?(?:\*\*)?(\d+(?:\.\d+)*\.?)\s/u;

/**
 * A source line as a reader must find it on the page: its plain text, with the item or section number it opens
 * with (plainLine drops it, as the record keeps numbers in their own field; the page shows them).
 */
function visibleLine(line: string): string {
  const number = LINE_NUMBER.exec(line)?.[1];
  const text = plainLine(line);
  return number === undefined ? text : `${number} ${text}`;
}

/** The content root the site was built from. */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

/** The documents collection's frontmatter, keyed by source path. */
function documentsBySource(): Map<string, { slug: string }> {
  const folder = join(CONTENT, 'documents');
  const entries = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parse(readFileSync(join(folder, f), 'utf8').split(/^---$/m)[1] ?? '') as { source: string; slug: string });
  return new Map(entries.map((e) => [e.source, e]));
}

let site: SiteUnderTest;
const documents = documentsBySource();

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
    const { page } = await watchedPage(site.browser);
    await page.goto(site.url(`/documents/${entry?.slug}/`));
    // Footnote references and back links are numbers the renderer makes up, not source text.
    const text = await page.locator('main').evaluate((main) => {
      for (const a of main.querySelectorAll('[data-footnote-ref], [data-footnote-backref]')) a.remove();
      return (main as HTMLElement).innerText;
    });
    const shown = collapseWhitespace(text);
    const lines = readFileSync(source, 'utf8')
      .split(/\r\n|\r|\n/)
      .map((line, index) => ({ line: index + 1, text: visibleLine(line) }))
      .filter(({ text: line }) => /[\p{L}\p{N}]/u.test(line));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter(({ text: line }) => !shown.includes(line))).toEqual([]);
    await page.close();
  });
});
