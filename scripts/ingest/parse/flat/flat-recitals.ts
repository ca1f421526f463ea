/** Draft conclusions run into a page's line: the Council's name and each recital and paragraph on a line of its own. */
import type { SourceLine } from '../normalise.ts';
import { INSTITUTIONS } from '../text/header-vocabulary.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** The Council's names in the 24 languages (header-vocabulary.ts), each without an alternation at its top. */
const AUTHOR_NAMES = INSTITUTIONS.slice(0, -1).map(({ pattern }) => pattern);

/**
 * The Council's name as the author of conclusions, in capitals and closed by a comma, a dash or a colon
 * (`THE COUNCIL OF THE EUROPEAN UNION,`, `LE CONSEIL DE L'UNION EUROPÉENNE,`, `DER RAT DER EUROPÄISCHEN UNION –`),
 * its article before it (`THE`, `LE`, `DER`, `EL`, `IL`, `DE`, `O`, `TO`): checked in capitals after the match.
 */
const AUTHOR = new RegExp(String.raw`(?:(?<=^|[ \t])\p{Lu}{1,3}[ \t]+)?(?:${AUTHOR_NAMES.join('|')})[ \t]*[,:–-](?=[ \t]|$)`, 'giu');

/** A name's last word (`Union`, `européenne`, `Ένωσης`), which every match of it ends with: checked to be letters only, in a name without `|`. */
function lastWord(pattern: string): string {
  const word = pattern.split(String.raw`\s+`).at(-1) ?? '';
  if (pattern.includes('|') || !/^\p{L}+$/u.test(word)) throw new Error(`an author's name does not end in one word of letters: ${pattern}`);
  return word;
}

/**
 * How every match of AUTHOR ends: a name's last word and the mark that closes the name, under AUTHOR's flags. A line
 * without it holds no author and is not scanned for the names whole: over the 35,325 lines of the 2,000 benchmark
 * documents that reach it, 30 CPU ms against AUTHOR's ~160. Only tested, so searched from its mark, the name looked
 * back for from there: a line holds the name's word before such a mark exactly where it holds the name's word and such
 * a mark after it, and the search tries the words (caselessly, at every place) only at the marks, not at every
 * character (over the lines of the 2,000 benchmark documents with four capitals in a row: 23 CPU ms against 4).
 */
const AUTHOR_END = new RegExp(String.raw`[,:–-](?<=(?:${AUTHOR_NAMES.map(lastWord).join('|')})[ \t]*[,:–-])(?=[ \t]|$)`, 'iu');

/** The Council's name as the author of conclusions on a line of its own (`THE COUNCIL OF THE EUROPEAN UNION,`): checked in capitals after the match. */
const AUTHOR_LINE = new RegExp(String.raw`^[ \t]*(?:\p{Lu}{1,3}[ \t]+)?(?:${AUTHOR_NAMES.join('|')})[ \t]*[,:–-]$`, 'iu');

/**
 * Whether a line is the conclusions' author alone, in capitals (`THE COUNCIL OF THE EUROPEAN UNION,`, `DER RAT DER
 * EUROPÄISCHEN UNION –`, `RADA UNII EUROPEJSKIEJ,`): a paragraph of its own, never the last line of a title above it,
 * which a viewer's copy prints right over it with no blank line (`Draft Council conclusions on the protection of public
 * spaces` / `THE COUNCIL OF THE EUROPEAN UNION,`).
 */
export function isAuthorLine(line: string): boolean {
  return AUTHOR_END.test(line) && line === line.toUpperCase() && AUTHOR_LINE.test(line);
}

/**
 * A recital's opening at a line's start: words of capitals before a word in small letters or a comma (`IN ANERKENNUNG
 * der`, `RECALLING the`, `IN DEM BEWUSSTSEIN, dass`). Group: the words.
 */
const RECITAL_LINE = /^[ \t]*(\p{Lu}{2,}(?:[ \t]{1,3}[\p{Lu}'’]+){0,4})(?:[ \t]{1,3}\p{Ll}|,[ \t]{1,3}\p{Ll})/u;

/** The fewest letters of a recital's one opening word under a recital ending in a comma or a dash (`RECALLING`, `ERINNERND`): no acronym (`EMPACT`). */
const LINE_OPENING_LETTERS = 7;

/**
 * Whether `below` opens a recital of its own under a recital whose line ends in a comma or a dash, as the versions that
 * close a recital so print them (`UNTER HINWEIS AUF die Agenda … vom 9. Dezember 2020,` / `IN ANERKENNUNG der Arbeiten
 * …`, `… bleiben muss –`): the paragraph above opens with a recital's words in capitals (`first`), and `below` with two
 * words of capitals one of four letters or more, or one of seven, before small letters. A viewer's copy keeps no blank
 * line between them.
 */
export function opensRecitalUnder(first: string, last: string, below: string): boolean {
  if (!/[,–][ \t]*$/u.test(last)) return false;
  const opening = RECITAL_LINE.exec(below)?.[1];
  if (opening === undefined || !RECITAL_LINE.test(first)) return false;
  const words = opening.split(/[ \t]+/u);
  return words.length > 1 ? words.some((word) => word.length >= 4) : opening.length >= LINE_OPENING_LETTERS;
}

/**
 * A recital's or paragraph's opening words in capitals after the punctuation that ended the one before (`; STRESSING
 * that …`, `, RECALLING the …`, `; HAVING REGARD TO …`, `; VU le …`, `… 2025. CALLS ON the Member States …`,
 * `; HEREBY:`, `BETONT, dass …`), or after the figure a table's last cell ends with (`… Austria 3 29 CALLS ON the …`):
 * up to five words of capitals before a word, a comma or a colon; after a paragraph's number, also across the gap a
 * `-layout` page sets before its text's column (`… bleiben muss – 1.      FORDERT die …`). Groups: the punctuation or
 * figure, the words.
 */
const OPENING = /(?<=([,;:.–-]|\d)(?:[ \t]{1,3}|(?<=\d\.)[ \t]{4,10}))(\p{Lu}{2,}(?:[ \t]{1,3}[\p{Lu}'’]+){0,4})(?=[ \t]{0,3}[,:]|[ \t]{1,3}[\p{L}"“])/gu;

/** A first recital's opening: words of capitals before a word in small letters (`RECALLING the`, `UNTER HINWEIS AUF die`). */
const RECITAL_OPENS = /^[\p{Lu}'’ \t]{2,60}?[ \t]\p{Ll}/u;

/**
 * The fewest letters of an opening's first word by the punctuation before it: after a recital's semicolon, a colon or
 * the author's line any word (`; VU le …`); after a sentence's full stop four (`… 2025. CALLS ON …`); after a comma,
 * where an acronym may follow in a list of names (`…, CEPOL and Europol`), seven, or two words (`, RECALLING`,
 * `, HAVING REGARD TO`).
 */
const FEWEST_LETTERS: Readonly<Record<string, number>> = { ';': 2, ':': 2, '.': 4, ',': 7 };

/** The fewest letters of an opening's first word after a table's figure, the words before small letters (`29 CALLS ON the …`). */
const AFTER_FIGURE_LETTERS = 4;

/**
 * A line of a page run into one line with the conclusions' author (`THE COUNCIL OF THE EUROPEAN UNION,`) on a line of
 * its own and each recital or paragraph after it on a line of its own after a blank line, as the word processor
 * prints them (all keep the line's number): at each opening in capitals after the punctuation that ends a recital.
 * Words of capitals the line also prints after a word in small letters (an acronym, `… of EMPACT`, `… the EU`) are no
 * opening; nor is a paragraph's number's text (`1. CALLS ON`: `splitParagraphs` cuts there). Other lines as they are.
 */
export function recitalsApart(entry: SourceLine): SourceLine[] {
  const { text } = entry;
  if (!/\p{Lu}{4}/u.test(text) || !AUTHOR_END.test(text)) return [entry];
  const author = allMatches(AUTHOR, text).find((match) => match[0] === match[0].toUpperCase());
  if (author === undefined) return [entry];
  const start = author.index;
  const after = start + author[0].length;
  const acronyms = new Map<string, boolean>();
  const acronym = (word: string): boolean => {
    if (!acronyms.has(word)) acronyms.set(word, printedInRunningText(text, word));
    return acronyms.get(word) === true;
  };
  const cuts = allMatches(OPENING, text)
    .filter((match) => match.index >= after && opens(match, match.index - after <= 3, acronym))
    .map((match) => numberBefore(text, match.index) ?? match.index);
  // the first recital opens in capitals before small letters (`RECALLING the …`, `VU le …`), so that an older header's
  // `COUNCIL OF THE EUROPEAN UNION - GENERAL SECRETARIAT Brussels, …` is no author
  const first = cuts[0];
  if (first === undefined || text.slice(after, first).trim() !== '' || !RECITAL_OPENS.test(text.slice(first))) return [entry];
  const bounds = [...(start > 0 ? [0] : []), start, after, ...cuts, text.length];
  const pieces = bounds
    .slice(0, -1)
    .map((from, index) => text.slice(from, bounds[index + 1]).trim())
    .filter((piece) => piece !== '');
  if (pieces.length === 1) return [entry];
  return pieces.flatMap((piece, index) =>
    index === 0
      ? [{ text: piece, line: entry.line }]
      : [
          { text: '', line: entry.line },
          { text: piece, line: entry.line },
        ],
  );
}

/**
 * Whether words of capitals at an offset open a recital or paragraph (FEWEST_LETTERS; after a comma, two words or more
 * one of which has four letters, `, IN ANERKENNUNG`; after a table's figure, before small letters; no acronym).
 */
function opens(match: RegExpExecArray, first: boolean, acronym: (word: string) => boolean): boolean {
  const punctuation = match[1] ?? '';
  const all = (match[2] ?? '').split(/[ \t]+/u);
  const word = all[0] ?? '';
  // after a table's last cell, a recital's or paragraph's verb before small letters (`29 CALLS ON the …`), never a code (`COSI 101`)
  if (/\d/.test(punctuation)) return word.length >= AFTER_FIGURE_LETTERS && !acronym(word) && RECITAL_OPENS.test(match.input.slice(match.index));
  const fewest = first ? 2 : punctuation === ',' && all.length > 1 && all.some((each) => each.length >= 4) ? 2 : (FEWEST_LETTERS[punctuation] ?? 4);
  return word.length >= fewest && !acronym(word);
}

/** Where a paragraph's number stands right before an offset (`… – 1. FORDERT`, `… – 1.      FORDERT`): the paragraph is cut before it. */
function numberBefore(text: string, at: number): number | null {
  const found = /(?:^|[ \t])(\d{1,2}\.[ \t]+)$/u.exec(text.slice(Math.max(0, at - 15), at));
  return found === null ? null : at - (found[1] ?? '').length;
}

/** Whether a word of capitals stands in the line after a word in small letters too, as an acronym does (`… future of EMPACT`). */
function printedInRunningText(text: string, word: string): boolean {
  if (word === '') return false;
  let from = text.indexOf(word);
  while (from >= 0) {
    const whole = !/[\p{L}\p{N}]/u.test(text.charAt(from + word.length));
    if (whole && /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, from - 4), from))) return true;
    from = text.indexOf(word, from + word.length);
  }
  return false;
}
