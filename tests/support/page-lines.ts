import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { watchedPage } from './browser.ts';
import { collapseWhitespace } from './plain-text.ts';
import type { SiteUnderTest } from './site.ts';
import { plainLine } from './source-lines.ts';

/** An item or section number opening a source line (after heading or bold markup): `6.`, `2.1`, `12.`. */
const LINE_NUMBER = /^\s*(?:#{1,6}\s+)?(?:\*\*)?(\d+(?:\.\d+)*\.?)\s/u;

/**
 * A source line as a reader must find it on the page: its plain text, with the item or section number it opens
 * with (plainLine drops it, as the record keeps numbers in their own field; the page shows them).
 */
export function visibleLine(line: string): string {
  const number = LINE_NUMBER.exec(line)?.[1];
  const text = plainLine(line);
  return number === undefined ? text : `${number} ${text}`;
}

/** The documents collection's frontmatter under a content root, keyed by source path. */
export function documentsBySource(content: string): Map<string, { slug: string }> {
  const folder = join(content, 'documents');
  const entries = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parse(readFileSync(join(folder, f), 'utf8').split(/^---$/m)[1] ?? '') as { source: string; slug: string });
  return new Map(entries.map((e) => [e.source, e]));
}

/** The non-blank lines (with a letter or digit) of a source file that its document page does not show as text. */
export async function linesMissingFromPage(site: SiteUnderTest, slug: string, source: string): Promise<{ line: number; text: string }[]> {
  const { page } = await watchedPage(site.browser);
  await page.goto(site.url(`/documents/${slug}/`));
  // Footnote references and back links are numbers the renderer makes up, not source text.
  const text = await page.locator('main').evaluate((main) => {
    for (const a of main.querySelectorAll('[data-footnote-ref], [data-footnote-backref]')) a.remove();
    return (main as HTMLElement).innerText;
  });
  await page.close();
  const shown = collapseWhitespace(text);
  const lines = readFileSync(source, 'utf8')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: index + 1, text: visibleLine(line) }))
    .filter(({ text: line }) => /[\p{L}\p{N}]/u.test(line));
  if (lines.length === 0) throw new Error(`${source} has no line with a letter or digit`);
  return lines.filter(({ text: line }) => !shown.includes(line));
}
