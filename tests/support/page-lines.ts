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

/** A document page's text (pageCharacters) in its two parts: the header the header component prints, and the body. */
export interface DocumentPage {
  readonly header: string;
  readonly body: string;
}

/**
 * The lines of `lines` whose characters a document page does not show: each line's characters in order over the page
 * (header, then body), or — a header a text extraction ran into one line (`… NOTE From: To: Subject: Presidency
 * Delegations Draft conclusions … Delegations will find …`), which the page prints as a header of its own lines and
 * order — its words from the start as runs that each stand in the header, no character of the header counted twice,
 * and what follows in order in the body (shownOverHeader). The standard is every character on its page, not in the same order; a
 * word the header does not show (printed once) is still a loss.
 */
export function linesMissingFromDocument(page: DocumentPage, lines: readonly SourceLine[]): SourceLine[] {
  const text = `${page.header}\n${page.body}`;
  const cut = cutWords(lines);
  return lines.filter(
    (line) =>
      !linePattern(line.text).test(text) && !shownOverHeader(line.text, page) && !shownAsTwoCells(line.text, page.body, cut) && !shownAsRow(line.text, page),
  );
}

/**
 * The words the source's lines cut with a hyphen (`informa-` of `… informa-      Europol`, and `commu` of a line whose
 * hyphenation hyphen was left out), without it: the only words a line may go on from (shownAsTwoCells).
 */
export function cutWords(lines: readonly SourceLine[]): Set<string> {
  const cut = new Set<string>();
  for (const { text, cut: hyphenation } of lines) {
    for (const word of text.split(/\s+/u)) if (/\p{L}-$/u.test(word)) cut.add(word.slice(0, -1));
    // a word hyphenation cut, its hyphen left out of the line (source-characters.ts): the ingest may have made it whole
    if (hyphenation === true) cut.add(text.split(/\s+/u).at(-1) ?? '');
  }
  return cut;
}

/**
 * Whether a layout line's cell that `-layout` set one space from the next (`1. Map the criminal networks that pose
 * Europol`: the row's first cell and its second, crowded) stands as two cells of one row: its words cut once into two
 * runs, both in one paragraph of the body, the first before the second (the first going on with its cell's next line
 * where it ends in a hyphen, `informa-tion`, `under`; the first opening right after the hyphen of its cell's line above,
 * `tion on high-value targets between the DELETED` under `informa-`, where the source cuts that word at a hyphen:
 * `cut`, cutWords of its lines, or right after that word's first part where the ingest made the word whole,
 * `communication` — not after any hyphen, so that a lost `risk networks` is not found in another line's `high-risk
 * networks`). Every word still has to stand on the page.
 */
export function shownAsTwoCells(line: string, body: string, cut: ReadonlySet<string> = new Set()): boolean {
  const words = line.split(/\s+/u).filter((word) => word !== '');
  if (words.length < 2) return false;
  const paragraphs = body.split('\n').filter((paragraph) => paragraph.trim() !== '');
  // A line may open with the rest of a word the source cut (`informa-` / `tion on … DELETED`): its first run then follows
  // that word's hyphen, or the word's first part where the ingest made it whole (`commu-` / `nication`: `communication`).
  const fragments = [...cut].map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const opening = fragments.length === 0 ? '(?<!\\S)' : `(?:(?<!\\S)|(?<=(?<!\\S)(?:${fragments.join('|')})-?))`;
  for (let at = 1; at < words.length; at += 1) {
    const first = linePattern(words.slice(0, at).join(' ')).source;
    const second = linePattern(words.slice(at).join(' ')).source;
    // A first cell ending in a hyphen goes on with its next line (`informa-` / `tion`), the hyphen dropped where it cut a word (`un-` / `der`: `under`).
    const hyphen = words[at - 1]?.endsWith('-') === true;
    const row = new RegExp(`${opening}(?:${hyphen ? `${first.slice(0, -1)}-?` : `${first}(?!\\S)`})[\\s\\S]*(?<!\\S)(?:${second})(?!\\S)`, 'u');
    if (paragraphs.some((paragraph) => row.test(paragraph))) return true;
  }
  return false;
}

/** One entry of a table's right-hand column of documents and codes: `14470/1/25 REV 1`, `15311/25`, `COSI 198`, `JAI 1502`. */
const COLUMN_ENTRY = String.raw`(?:\d{1,6}(?:\/\d{1,2})?\/\d{2}(?:\s+(?:REV|ADD|COR)\s*\d{1,2})*|[A-Z][A-Z0-9]{1,15}\s+\d{1,5})`;

/** A line that ends in such a column after a word of its title's cell: the cell and the column's entries. */
const ROW_WITH_COLUMN = new RegExp(String.raw`^(.*?\S)\s+(${COLUMN_ENTRY}(?:\s+${COLUMN_ENTRY})*)$`, 'u');

/**
 * Whether a line is an agenda item's table row as plain `pdftotext` or `-layout` prints it, the right-hand column of
 * documents and codes run into the title's cell (`Preparation for the Council (Justice and Home Affairs) 14470/1/25 REV 1`,
 * `… with Europol COSI 198`), shown on the page as the page prints a row: the cell's characters in order in the body (the
 * item's title or subtitle) and each of the column's entries there as whole words (among the item's documents).
 */
export function shownAsRow(line: string, page: DocumentPage): boolean {
  const row = ROW_WITH_COLUMN.exec(line.trim());
  if (row === null) return false;
  const [, cell = '', column = ''] = row;
  if (!linePattern(cell).test(page.body)) return false;
  const entries = column.match(new RegExp(COLUMN_ENTRY, 'gu')) ?? [];
  return entries.every((entry) => new RegExp(`(?<!\\S)(?:${linePattern(entry).source})(?!\\S)`, 'u').test(page.body));
}

/**
 * Whether a line's words, from its start, stand in the header as runs of whole words, each run found where no run
 * before it was (the longest run first), and the rest of the line — none, or the body the line ran into — stands in
 * order in the body. At least one run must stand in the header.
 */
export function shownOverHeader(line: string, page: DocumentPage): boolean {
  const words = line.split(/\s+/u).filter((word) => word !== '');
  let header = page.header;
  let next = 0;
  while (next < words.length) {
    const run = longestRunIn(header, words, next);
    if (run === null) break;
    header = `${header.slice(0, run.index)}\n${header.slice(run.index + run.length)}`;
    next = run.end;
  }
  if (next === 0) return false;
  return next === words.length || linePattern(words.slice(next).join(' ')).test(page.body);
}

/** The longest run of whole words from `words[start]` that stands in `text` between white space: where it stands and where the run ends. */
function longestRunIn(text: string, words: readonly string[], start: number): { index: number; length: number; end: number } | null {
  for (let end = words.length; end > start; end -= 1) {
    const pattern = new RegExp(`(?<!\\S)(?:${linePattern(words.slice(start, end).join(' ')).source})(?!\\S)`, 'u');
    const match = pattern.exec(text);
    if (match !== null) return { index: match.index, length: match[0].length, end };
  }
  return null;
}

/** The lines of a source file (page furniture aside) whose characters its document page in a built site does not show. */
export function linesMissingFromPage(dist: string, slug: string, source: string): SourceLine[] {
  const lines = sourceLines(source);
  if (lines.length === 0) throw new Error(`${source} has no line`);
  return linesMissingFrom(mainCharacters(dist, slug), lines);
}
