import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { sourceRelativePath } from '../../src/shared/source-url.ts';
import { elements, htmlFile, htmlFragment } from './hast.ts';
import { FOOTNOTE_CALL, linePattern, sourceLines, type SourceLine } from './source-characters.ts';

/**
 * The documents collection's data under a content root, keyed by the source's path inside its sources folder
 * (`000_fcebac5ee47826ac.txt`): a fixture site is built from a copy of its sources.
 */
export function documentsBySource(content: string): Map<string, { slug: string }> {
  const folder = join(content, 'documents');
  const entries = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as { source: string; slug: string });
  return new Map(entries.map((e) => [sourceRelativePath(e.source), e]));
}

/** Elements that stand on lines of their own: their text never runs into the text around them. */
const BLOCKS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'blockquote',
  'details',
  'summary',
  'figure',
  'dl',
  'dt',
  'dd',
]);

/** Elements whose content is no text of the page. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

/**
 * The characters of a page's hast as a reader finds them, every text node as it is: blocks on lines of their own, a
 * footnote call as FOOTNOTE_CALL (the renderer numbers calls itself), and what the renderer adds to footnotes left
 * out (their hidden heading, their back links). Comments are no text.
 */
export function pageCharacters(node: Root | Element): string {
  const out: string[] = [];
  const walk = (child: RootContent | Root): void => {
    if (child.type === 'text') out.push(child.value);
    else if (child.type === 'element') {
      const { tagName, properties } = child;
      if (NOT_TEXT.has(tagName) || properties['dataFootnoteBackref'] !== undefined || properties['id'] === 'footnote-label') return;
      if (properties['dataFootnoteRef'] !== undefined) {
        out.push(FOOTNOTE_CALL);
        return;
      }
      if (tagName === 'br') out.push('\n');
      const block = BLOCKS.has(tagName);
      if (block) out.push('\n');
      for (const grandchild of child.children) walk(grandchild);
      if (block) out.push('\n');
    } else if (child.type === 'root') for (const grandchild of child.children) walk(grandchild);
  };
  walk(node);
  return out.join('');
}

/** The characters of an HTML fragment (a rendered body), as pageCharacters reads them. */
export function fragmentCharacters(html: string): string {
  return pageCharacters(htmlFragment(html));
}

/** The characters of a built document page's main element, as pageCharacters reads them. */
function mainCharacters(dist: string, slug: string): string {
  const main = elements(htmlFile(join(dist, 'documents', slug, 'index.html')), 'main')[0];
  if (main === undefined) throw new Error(`/documents/${slug}/ has no main element`);
  return pageCharacters(main);
}

/** The lines of `lines` whose characters `text` (pageCharacters of a page) does not show. */
export function linesMissingFrom(text: string, lines: readonly SourceLine[]): SourceLine[] {
  return lines.filter((line) => !linePattern(line.text).test(text));
}

/** The lines of a source file (page furniture aside) whose characters its document page in a built site does not show. */
export function linesMissingFromPage(dist: string, slug: string, source: string): SourceLine[] {
  const lines = sourceLines(source);
  if (lines.length === 0) throw new Error(`${source} has no line`);
  return linesMissingFrom(mainCharacters(dist, slug), lines);
}
