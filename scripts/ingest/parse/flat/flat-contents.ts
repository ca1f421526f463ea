/**
 * A table of contents' heading a page run into one line leaves at the end of the paragraph above it (`Delegations will
 * find below the report. Table of Contents`, its entries cut onto lines of their own under it: `1. EXECUTIVE SUMMARY
 * 2`), set on a line of its own as plain `pdftotext` prints it, so that its entries are read as contents and not as
 * parts titled with their pages (`EXECUTIVE SUMMARY 2`).
 */
import type { SourceLine } from '../normalise.ts';
import { TABLE_OF_CONTENTS_LINE } from '../text/vocabulary.ts';

/** The most words a table of contents' heading has in the versions (`Table des matières`, `Πίνακας περιεχομένων`). */
const HEADING_WORDS = 3;

/** The last words of a line and the space before each (`… 2024 Table of Contents`): at most `HEADING_WORDS`. */
const LAST_WORDS = /(?:[ \t]+\S+){1,3}[ \t]*$/u;

/**
 * What a contents heading may follow: a sentence's end, a figure (a title's year), a bracket or a word with a capital
 * (a title: `… (COSI)`, `… Internal Security`); not a word in small letters, as a sentence naming the contents
 * ends (`… in its table of Contents`).
 */
const AFTER = /(?:[.:;!?)\]\d]|\p{Lu}\S*)[ \t]+$/u;

/**
 * Where a contents heading closing a line opens (`… the report. Table of Contents`, `… to December 2024 Table of
 * Contents`, the report's title above it, `… 2024. Spis treści`): the longest run of its last words that is a heading in
 * the versions' words (TABLE_OF_CONTENTS_LINE) opening with a capital, after what a heading may follow (`AFTER`); else -1.
 */
function headingAtEnd(text: string): number {
  const last = LAST_WORDS.exec(text.slice(-64));
  if (last === null) return -1;
  const start = text.length - Math.min(64, text.length) + last.index;
  const words = [...text.slice(start).matchAll(/\S+/gu)];
  for (const word of words.slice(0, HEADING_WORDS)) {
    const at = start + (word.index ?? 0);
    const heading = text.slice(at);
    if (/^\p{Lu}/u.test(heading) && TABLE_OF_CONTENTS_LINE.test(heading) && AFTER.test(text.slice(Math.max(0, at - 40), at))) return at;
  }
  return -1;
}

/**
 * A contents entry opening the next line: a part's number (`1.`, `1`, `2.1`), its title and its page (`1. EXECUTIVE
 * SUMMARY 2`, or `-layout`'s gaps: `1.    EXECUTIVE SUMMARY     2`), up to three figures after a space.
 */
const ENTRY = /^[ \t]*1(?:\.\d{1,2})?\.?[ \t]+\S.*[ \t]\d{1,3}[ \t]*$/u;

/** The text of the first line after `index` that is not blank, or an empty string. */
function nextFilled(lines: readonly SourceLine[], index: number): string {
  for (let at = index + 1; at < lines.length; at += 1) if ((lines[at]?.text.trim() ?? '') !== '') return lines[at]?.text ?? '';
  return '';
}

/**
 * `lines` with a contents heading closing a line set on a line of its own, a blank line before it, where the next line
 * that is not blank opens the contents' first entry (`ENTRY`); every other line as it is. Nothing is dropped.
 */
export function contentsHeadingApart(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const [index, entry] of lines.entries()) {
    const cut = headingAtEnd(entry.text);
    if (cut < 0 || !ENTRY.test(nextFilled(lines, index))) {
      out.push(entry);
      continue;
    }
    out.push(
      { text: entry.text.slice(0, cut).trimEnd(), line: entry.line },
      { text: '', line: entry.line },
      { text: entry.text.slice(cut).trim(), line: entry.line },
    );
  }
  return out;
}

/** How far before a part's first number its contents' entry may stand, in characters (a page of contents and more). */
export const CONTENTS_RUN = 4000;

/** A contents entry's page just before a number: ` 3 ` after its title. */
const PAGE_BEFORE = /(?<!\S)\d{1,3}[ \t]+$/u;

/** A contents entry's title and its page after its number (`EXECUTIVE SUMMARY 2 `), spaces made one: group 1 is the title. */
const ENTRY_TITLE = /^(\S.{0,150}?) \d{1,3}(?: |$)/u;

/**
 * Whether the number `printed` at `at` of a page run into one line opens the body's first part right after its table
 * of contents: it follows an entry's page (`… 3. COUNTERTERRORISM 3 1. EXECUTIVE SUMMARY COSI continued …`, `-layout`'s
 * gap before the page too) and an entry earlier on the line or at the end of the page lines before (`earlier`: the
 * contents ran over pages), at most `CONTENTS_RUN` characters before, printed the same number before the title the
 * part opens with (`1. EXECUTIVE SUMMARY 2`, spaces made one). Each look is bounded, so that a line is read in linear time.
 */
export function opensAfterContents(text: string, at: number, printed: string, earlier = ''): boolean {
  if (!PAGE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  const after = text
    .slice(at + printed.length, at + printed.length + 200)
    .replace(/[ \t]+/gu, ' ')
    .trimStart();
  const reach = Math.max(0, at - CONTENTS_RUN);
  const onLine = text.slice(reach, at);
  const above = onLine.length < CONTENTS_RUN && reach === 0 ? `${earlier.slice(-(CONTENTS_RUN - onLine.length))} ` : '';
  const before = ` ${(above + onLine).replace(/[ \t]+/gu, ' ')}`;
  const opening = ` ${printed} `;
  for (let found = before.indexOf(opening); found >= 0; found = before.indexOf(opening, found + 1)) {
    const title = ENTRY_TITLE.exec(before.slice(found + opening.length, found + opening.length + 160))?.[1];
    if (title !== undefined && after.startsWith(`${title} `)) return true;
  }
  return false;
}

/**
 * A table of contents' number column as plain `pdftotext` prints it apart from the titles, with the pages' column after
 * it, run into a page's line: two numbers or more each closed by a dot or holding one (`4. 5. 5.1 5.2`), then two
 * pages or more (`17 19`), as the register's report prints the contents' second page (`3.10 Cybercrime 16 4. 5. 5.1 …
 * 8. 17 19 19 20 … 24 COUNTERTERRORISM..... …`). A run of paragraphs left blank (`4. 5. In the light …`) has no pages after it.
 */
const NUMBER_COLUMN = /^(?:\d{1,2}\.(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?)?[ \t]+){2,}(?:\d{1,3}[ \t]+){2,}/u;

/** How far from a number its contents' column is read: its numbers and its first pages. */
const COLUMN_REACH = 160;

/** Where the contents' number and page columns that open at `at` of a page run into one line end (`NUMBER_COLUMN`), or null. */
export function contentsColumnEnd(text: string, at: number): number | null {
  // most numbers are followed by a word: the column is looked for only where a figure follows
  if (!/^\S+[ \t]+\d/u.test(text.slice(at, at + 12))) return null;
  const column = NUMBER_COLUMN.exec(text.slice(at, at + COLUMN_REACH));
  return column === null ? null : at + column[0].length;
}
