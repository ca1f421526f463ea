import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toText } from 'hast-util-to-text';
import { parse } from 'yaml';
import { sourceRelativePath } from '../../src/shared/source-url.ts';
import { elements, htmlFile } from './hast.ts';
import { collapseWhitespace } from './plain-text.ts';
import { plainLine } from './source-lines.ts';

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

/**
 * The documents collection's frontmatter under a content root, keyed by the source's path inside its sources folder
 * (`000_fcebac5ee47826ac.txt`): a fixture site is built from a copy of its sources.
 */
export function documentsBySource(content: string): Map<string, { slug: string }> {
  const folder = join(content, 'documents');
  const entries = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parse(readFileSync(join(folder, f), 'utf8').split(/^---$/m)[1] ?? '') as { source: string; slug: string });
  return new Map(entries.map((e) => [sourceRelativePath(e.source), e]));
}

/** The text of a built document page's main element as a reader sees it (innerText, by hast-util-to-text). */
function mainText(dist: string, slug: string): string {
  const main = elements(htmlFile(join(dist, 'documents', slug, 'index.html')), 'main')[0];
  if (main === undefined) throw new Error(`/documents/${slug}/ has no main element`);
  // Footnote references and back links are numbers the renderer makes up, not source text.
  for (const parent of elements(main, '*')) {
    parent.children = parent.children.filter(
      (child) => child.type !== 'element' || (child.properties['dataFootnoteRef'] === undefined && child.properties['dataFootnoteBackref'] === undefined),
    );
  }
  return toText(main);
}

/** The non-blank lines (with a letter or digit) of a source file that its document page in a built site does not show as text. */
export function linesMissingFromPage(dist: string, slug: string, source: string): { line: number; text: string }[] {
  const shown = collapseWhitespace(mainText(dist, slug));
  const lines = readFileSync(source, 'utf8')
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: index + 1, text: visibleLine(line) }))
    .filter(({ text: line }) => /[\p{L}\p{N}]/u.test(line));
  if (lines.length === 0) throw new Error(`${source} has no line with a letter or digit`);
  return lines.filter(({ text: line }) => !shown.includes(line));
}
