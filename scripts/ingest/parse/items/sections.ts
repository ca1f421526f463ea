import { headerRowCells } from '../layout/column-cells.ts';
import { plainText } from '../text/inline.ts';
import type { SourceLine } from '../normalise.ts';
import { isTableRow, leadsInToList } from './paragraph-shapes.ts';
import { titleAsPrinted } from './printed-title.ts';
import { ANNEX_WORDS, DELETED_PASSAGE, LEAD_IN, TABLE_OF_CONTENTS } from '../text/vocabulary.ts';

/** A Markdown heading line: `## **Presidency report**`. */
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(\S.*)$/;

/** A numbered heading: `1. EXECUTIVE SUMMARY`, `2.1 Future of internal security` (bold allowed around it). */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,4})(\.?)[ \t]+(\S.*)$/;

/** A heading numbered in Roman numerals, alone (`III`) or with its title (`III. TITLE`). */
const ROMAN_HEADING = /^(X{0,3}(?:IX|IV|V?I{0,3}))([.)]?)(?:[ \t]+(\S.*))?$/;

/**
 * An annex's heading line, alone, in the 24 languages: `ANNEX`, `ANNEX I`, `ANLAGE 2`, `ANNEXE A`, `ZAŁĄCZNIK NR 1`, and
 * the number before the word as Hungarian, Latvian and Lithuanian print it (`I. MELLÉKLET`, `II PIELIKUMS`, `I PRIEDAS`)
 * (bold allowed around it).
 */
const ANNEX_HEADING = new RegExp(
  String.raw`^(?:(?:[IVX]{1,5}|\d{1,2})\.?[ \t]+)?(?:${ANNEX_WORDS.join('|')})(?:[ \t]+(?:(?:NR|Nr|No)\.?[ \t]+)?(?:[IVX]{1,5}|\d{1,2}|[A-Z]))?$`,
  'u',
);

/** A table-of-contents entry ends with its page number after a tab or dot leaders. */
const CONTENTS_ENTRY = /(?:\t|\.\.|…)[ \t]{0,20}\d{1,3}$/;

/** Inside a table of contents, an entry may end with its page number after a plain space. */
const CONTENTS_PAGE = /[ \t]\d{1,3}$/;

/** A numbered line that asks a question (`1. How can COSI better steer the action plans?`) is a paragraph: a note's questions to delegations. */
const QUESTION = /[?？][ \t]*(?:\*\*[ \t]*)?$/;

/** A numbered paragraph's opening (`3. INVITES the Commission …`, `2. The Presidency …`): its number. */
const NUMBERED_PARAGRAPH = /^(\d{1,2})\.[ \t]+\S/;

/** A title in capitals (`EXECUTIVE SUMMARY`) has no lower-case letter and some capital: a heading's shape, never a paragraph's. */
const LOWER_CASE = /\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;

/** A heading this long is a paragraph. */
const MAX_HEADING_LENGTH = 150;

/** A section of a note or report before its text is rendered. */
export interface SectionDraft {
  number: string | null;
  /** The number as printed before the title (`2.1.`, `II)`), or null where there is none. */
  printedNumber: string | null;
  title: string | null;
  /** The title's line as printed (number and heading marks cut off, bold toggles kept), for the record's text. */
  printedTitle: SourceLine | null;
  lines: SourceLine[];
  line: number;
}

/** A heading's title: plain text, trailing colon removed; null when empty. */
function headingTitle(text: string): string | null {
  const title = plainText(text.replace(/\*\*/g, '')).replace(/ ?:$/, '').trim();
  return title === '' ? null : title;
}

/** Number and title of a line that is a section heading, else null. `title: undefined` means: the title is on the next line. */
function sectionHeading(
  text: string,
  next: string,
): { number: string | null; printedNumber: string | null; title: string | null | undefined; printed: string } | null {
  const markdown = MARKDOWN_HEADING.exec(text);
  const bare = (markdown?.[1] ?? text).replace(/\*\*/g, '').trim();
  if (ANNEX_HEADING.test(bare)) return { number: null, printedNumber: null, title: bare.replace(/[ \t]+/g, ' '), printed: titleAsPrinted(text, false) };
  const numbered = NUMBERED_HEADING.exec(bare);
  if (numbered !== null) {
    const [, number = '', dot, rest = ''] = numbered;
    const title = headingTitle(rest);
    const shaped = markdown !== null || (isHeadingTitle(rest) && !QUESTION.test(rest) && !isTableRow(rest) && !leadsInToList(rest, next));
    if ((dot !== '' || number.includes('.')) && title !== null && shaped) {
      return { number, printedNumber: `${number}${dot ?? ''}`, title, printed: titleAsPrinted(text, true) };
    }
  }
  const roman = ROMAN_HEADING.exec(bare);
  if (roman !== null && roman[1] !== '' && (roman[3] === undefined || isHeadingTitle(roman[3]))) {
    const [, numeral = '', mark = ''] = roman;
    return {
      number: numeral,
      printedNumber: `${numeral}${mark}`,
      title: roman[3] === undefined ? undefined : headingTitle(roman[3]),
      printed: titleAsPrinted(text, true),
    };
  }
  if (markdown !== null) {
    const title = headingTitle(bare);
    return title === null ? null : { number: null, printedNumber: null, title, printed: titleAsPrinted(text, false) };
  }
  return null;
}

/** The text of the next line after `index` that is not blank, or ''. */
function nextFilled(lines: readonly SourceLine[], index: number): string {
  return lines[nextFilledIndex(lines, index)]?.text ?? '';
}

/** The index of the next line after `index` that is not blank, or the lines' length. */
function nextFilledIndex(lines: readonly SourceLine[], index: number): number {
  for (let next = index + 1; next < lines.length; next += 1) if ((lines[next]?.text ?? '') !== '') return next;
  return lines.length;
}

/** A contents entry's page alone on its line (`16`), and a part's number alone (`4.`, `5.1`), as plain `pdftotext` prints a contents' columns. */
const LONE_PAGE = /^[ \t]*\d{1,3}[ \t]*$/u;
const LONE_PART_NUMBER = /^[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]*$/u;

/**
 * Whether the line at `index` is a contents entry plain `pdftotext` printed whole at the top of the contents' second
 * page, its page alone under it and the next entries' numbers in a column after that (`3.10 Cybercrime` / `16` / `4.` /
 * `5.`), as the register's report 6543/25 prints it: a part's heading is followed by its text, not by a figure and a
 * number alone.
 */
function contentsEntryOverColumns(lines: readonly SourceLine[], index: number): boolean {
  const page = nextFilledIndex(lines, index);
  if (!LONE_PAGE.test(lines[page]?.text ?? '')) return false;
  return LONE_PART_NUMBER.test(lines[nextFilledIndex(lines, page)]?.text ?? '');
}

/**
 * A sentence's end inside a line, after a word in lower case (no abbreviation: `cf.`, `incl.`, `doc.`) or a closing
 * bracket, before a capital or a passage withheld (`… results (9876/25 + ADD 1). DELETED`, `… haben. [...]`): a title
 * holds none, a paragraph run into one line with what follows it does. Each word is tried once: linear.
 */
const SENTENCE_INSIDE =
  /(?:(?<![\p{L}])(?!(?:incl|approx|resp|ibid|docs?|cf|viz|vs|nos?|arts?|paras?|vol|ca)\.)\p{Ll}{2,}|[)\]])[.!?]["'”’]?[ \t]+(?:["“(]?\p{Lu}|\[(?:…|\.{3})\])/u;

/** A heading title is short, starts with a capital and does not end a sentence, hold one's end or lead in to a list; a passage marked deleted is none. */
function isHeadingTitle(text: string): boolean {
  const plain = plainText(text.replace(/\*\*/g, '')).trim();
  return (
    plain.length <= MAX_HEADING_LENGTH &&
    /^["“'‘(]?\p{Lu}/u.test(plain) &&
    !/[.;,]$/.test(plain) &&
    !SENTENCE_INSIDE.test(plain) &&
    !LEAD_IN.test(plain) &&
    !DELETED_PASSAGE.test(plain)
  );
}

// Headings are Markdown `#` headings, numbered or Roman-numbered lines and annex headings (`ANNEX I`); table-of-contents lines
// never are, they stay text. Every line lands in one section.

/** The sections of a note or report, one per heading; text before the first heading is a section with number and title null. */
export function parseSections(lines: readonly SourceLine[]): SectionDraft[] {
  const sections: SectionDraft[] = [];
  let current: SectionDraft | null = null;
  let inContents = false;
  let pendingTitle = false;
  /** The number of the last numbered paragraph of the current section (a numbered line that was no heading), or null. */
  let paragraphNumber: number | null = null;
  /** The current section's number (null before the first heading or for an unnumbered one). */
  let sectionNumber: string | null = null;
  const table = tableRows(lines);
  for (const [index, entry] of lines.entries()) {
    if (entry.text === '') {
      current?.lines.push(entry);
      continue;
    }
    const plain = plainText(entry.text.replace(/\*\*/g, ''));
    if (TABLE_OF_CONTENTS.test(plain)) inContents = true;
    const contentsEntry = CONTENTS_ENTRY.test(entry.text) || (inContents && CONTENTS_PAGE.test(entry.text));
    if (inContents && !contentsEntry && !TABLE_OF_CONTENTS.test(plain)) inContents = false;
    const shaped = contentsEntry ? null : sectionHeading(entry.text, nextFilled(lines, index));
    const found = shaped !== null && contentsEntryOverColumns(lines, index) ? null : shaped;
    // The table's rows are told from headings first: it follows every numbered line.
    const inTable: boolean = found !== null && !table.heading(index, found.number);
    const heading: ReturnType<typeof sectionHeading> = found !== null && !inTable && !continuesParagraphs(found, paragraphNumber, sectionNumber) ? found : null;
    if (pendingTitle && current !== null && heading === null && isHeadingTitle(entry.text)) {
      current.title = headingTitle(entry.text);
      current.printedTitle = entry;
      pendingTitle = false;
      continue;
    }
    pendingTitle = false;
    if (heading !== null) {
      const printedTitle = heading.title === undefined ? null : { text: heading.printed, line: entry.line };
      current = { number: heading.number, printedNumber: heading.printedNumber, title: heading.title ?? null, printedTitle, lines: [], line: entry.line };
      pendingTitle = heading.title === undefined;
      paragraphNumber = null;
      sectionNumber = heading.number;
      sections.push(current);
      continue;
    }
    if (current === null) {
      current = { number: null, printedNumber: null, title: null, printedTitle: null, lines: [], line: entry.line };
      sections.push(current);
    }
    current.lines.push(entry);
    const numbered = NUMBERED_PARAGRAPH.exec(plain.trim());
    if (numbered !== null) paragraphNumber = Number(numbered[1]);
  }
  return sections;
}

/**
 * Whether a numbered line shaped as a heading goes on with the section's numbered paragraphs instead (`1. STRESSES …;`,
 * `2. CALLS ON …;`, `3. INVITES …;` then `4. UNDERLINES that` over its points (a) and (b)): its number follows the last
 * paragraph's, it does not go on with the headings (the section's own number plus one) and its title is not in capitals.
 */
function continuesParagraphs(found: { number: string | null; title: string | null | undefined }, paragraph: number | null, section: string | null): boolean {
  if (paragraph === null || found.number === null || !/^\d+$/.test(found.number)) return false;
  const value = Number(found.number);
  if (value !== paragraph + 1) return false;
  if (section !== null && /^\d+$/.test(section) && value === Number(section) + 1) return false;
  return found.title === null || found.title === undefined || LOWER_CASE.test(found.title) || !CAPITAL.test(found.title);
}

/**
 * Where a table printed a cell to a line stands (plain `pdftotext`: its header row's cells alone between blank lines,
 * `column-cells.ts`), its rows' numbered first cells (`1. Map the criminal networks …`, `Q4 2024` under it) are no
 * headings: they stay text, in the order printed, the rows' cells not told apart. The table runs from its header row
 * to the next heading of another kind (an annex, a Roman part, a Markdown heading) or to a numbered heading that goes
 * on with the headings above the table (`3.` after `2.` or `2.2`) where the rows' own numbers would not (`3.` after the row `1.`).
 * `heading(index, number)`: whether the heading found on line `index` is one.
 */
function tableRows(lines: readonly SourceLine[]): { heading(index: number, number: string | null): boolean } {
  const opens = new Set(headerRowCells(lines).map((cells) => cells[0] ?? -1));
  let open = false;
  let lastHeading: number | null = null;
  let lastRow: number | null = null;
  let scanned = 0;
  return {
    heading(index, number) {
      const numbered = number !== null && /^\d/.test(number);
      for (; scanned <= index; scanned += 1) if (opens.has(scanned)) open = true;
      const value = number === null || !/^\d+$/.test(number) ? null : Number(number);
      if (open && numbered) {
        const goesOn = value !== null && lastHeading !== null && value === lastHeading + 1;
        const rowGoesOn = value !== null && lastRow !== null && value === lastRow + 1;
        if (!goesOn || rowGoesOn) {
          if (value !== null) lastRow = value;
          return false;
        }
      }
      open = false;
      lastRow = null;
      // A part's heading (`2.2`) goes on with its top level's number: `3.` after it goes on with the headings.
      if (numbered) lastHeading = Number(/^\d+/.exec(number)?.[0]);
      return true;
    },
  };
}
