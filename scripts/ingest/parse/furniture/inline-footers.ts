/** Page footers standing inside a line of text, as flattened copies and transcription sites leave them. */
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { ANNEX_WORDS, FOOTER_LANGUAGES, MARKING_SOURCE, WORKING_NUMBER_INIT_SOURCE } from '../text/vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** A footer's document number, whole (`8812/1/19 REV 1`, `CM 4911/25`, `EUCO 12/16`) or with its first digits cut off by the copy (`/19`, `/1/18 REV 1`). */
const NUMBER = String.raw`(?:(?:(?:(?:CM|EUCO)[ \t])?\d{1,6})?(?:/\d{1,2})?/\d{2}|${WORKING_NUMBER_INIT_SOURCE})(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3}`;

/**
 * The initials of the author and typist, with at least one slash: `AB/cd`, `NM/mvk`, `EB, FR/dk`, `RD/DOS/vm`, `ΔΠ/γομ`,
 * or the typist's alone after the slash where a copy cut the author's off (`/cs`, as in `11432/07 /cs 1 DG C II RESTREINT UE SV`).
 */
const INITIALS = String.raw`(?:\p{L}{1,5}(?:,[ \t]?\p{L}{1,5})*)?/\p{L}{1,5}(?:[/,][ \t]?\p{L}{1,5}){0,4}`;

/** The directorate: `JAI.1`, `DGD 1C`, `DG D 2B`, `DGD2`, `COMM`, `DG C II`, `GIP 1B`, `GIP.B`. */
const DIRECTORATE = String.raw`(?:DG[ \t]?[A-Z](?:[ \t]?\d{1,2}(?:[ \t]?[A-Z])?|[ \t][IVX]{1,3})?|DGD[ \t]?\d?[A-Z]?|[A-Z]{2,5}(?:\.(?:\d{1,2}|[A-Z])|[ \t]\d[A-Z])?)`;

/** The address the Austrian Parliament prints under each page of a document it files, after the footer. */
const PARLIAMENT_ADDRESS = String.raw`www\.parlament\.gv\.at`;

/**
 * What an annex's pages print in their footer besides the number, initials and page, in any official language: the
 * annex's word and its numeral (`ANNEX`, `ANLAGE II`, `ANNEXE A`, `ΠΑΡΑΡΤΗΜΑ`), the directorate, `LIMITE`; and the
 * Austrian Parliament's address, which plain `pdftotext` prints among the footer's pieces of a page it stamped
 * (`14342/21 JAI.1 RS/sl www.parlament.gv.at 2 EN`).
 */
const FOOTER_EXTRA = String.raw`(?:(?:${ANNEX_WORDS.join('|')})(?:[ \t](?:[IVX]{1,5}|\d{1,2}|[A-D]))?(?![\p{L}\p{N}])|${DIRECTORATE}|${MARKING_SOURCE}|${PARLIAMENT_ADDRESS})`;

/**
 * What separates a footer's parts: one space or a few (a copy run into one line), or the wide gap of a `-layout` page
 * flattened to one line (`14470/25          TR/kl          1`; a wide first page sets `JAI.1` and `EN` some 140 spaces
 * apart); bounded, so that a run of spaces is read in linear time.
 */
const GAP = String.raw`[ \t]{1,200}`;

/**
 * A two-line footer (`6512/25 JV/mk 2` over `ANNEX JAI.1 LIMITE EN`) as a copy prints it in one run, row by row or
 * column by column as plain `pdftotext` reads the footer's table (`6890/26 JAI.1 TR/kl LIMITE 2 DE`, `14470/25 ANNEX
 * JV/ab JAI.1 2 EN`, `6512/25 JV/mk 2 ANLAGE JAI.1 LIMITE DE`): the number first, the initials before the page, the
 * language last, the annex's word, directorate and `LIMITE` anywhere between (at most three in each place).
 */
const FOOTER_ANY_ORDER = String.raw`${NUMBER}(?:${GAP}${FOOTER_EXTRA}){0,2}${GAP}${INITIALS}(?:${GAP}${FOOTER_EXTRA}){0,3}${GAP}(\d{1,3})(?:/\d{1,3})?(?:${GAP}${FOOTER_EXTRA}){0,3}${GAP}${FOOTER_LANGUAGES}(?=[ \t]|$)`;

/**
 * The footer of the register's summary records of 2010–2012 on one line, the typist's initials without a slash, then
 * the page, the directorate and the language or the two of a bilingual record (`17075/11 lb 2 DQPG EN/FR`): inside a
 * line too, since its page number and language tell it from a sentence.
 */
const OLDER_RECORD = String.raw`${NUMBER}${GAP}\p{Ll}{1,4}${GAP}(\d{1,3})${GAP}${DIRECTORATE}${GAP}${FOOTER_LANGUAGES}(?:/${FOOTER_LANGUAGES})?(?=[ \t]|$)`;

/** A notice of meeting's footer, without initials: `CM 1893/25 1 EN`, a LIMITE notice's with its marking before the language (`CM 1420/25 1 LIMITE DE`). */
const NOTICE = String.raw`CM[ \t]\d{1,6}(?:/\d{1,2})?/\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3}${GAP}(\d{1,3})(?:/\d{1,3})?(?:${GAP}${MARKING_SOURCE})?${GAP}${FOOTER_LANGUAGES}(?=[ \t]*$)`;

/**
 * A footer inside text: number, initials, page, then directorate, `LIMITE` and language (a footer without them only at
 * the end of a line, where a page ends), or, as summary records print it, number, page, directorate and language
 * (`13307/20 1 GIP.1 EN`), or with the typist's initials only at the end of a page, its page number printed or not (`9710/16 DCL 1 lr 1 DGF 2C SV`,
 * a one-page cover note's `17680/12 vmu DG D 2C LIMITE CS`), or number and initials alone
 * ending a page (`9456/16 GD/mvk`); the parliament's address after it goes with it. Whitespace on its left; its parts separated by spaces or tabs.
 */
const FOOTER = new RegExp(
  String.raw`(?<=^|[ \t])(?:${NUMBER}${GAP}${INITIALS}${GAP}(\d{1,3})(?:/\d{1,3})?(?:(?:${GAP}${DIRECTORATE})?(?:${GAP}${MARKING_SOURCE})?${GAP}${FOOTER_LANGUAGES}(?=[ \t]|$)|(?:${GAP}${DIRECTORATE})?(?:${GAP}(?:${MARKING_SOURCE}|[A-Z]{1,2}))?(?=[ \t]*$))|${NOTICE}|${NUMBER}${GAP}(\d{1,3})(?:/\d{1,3})?${GAP}${DIRECTORATE}(?:${GAP}${MARKING_SOURCE})?${GAP}${FOOTER_LANGUAGES}(?=[ \t]|$)|${NUMBER}${GAP}\p{Ll}{1,4}(?:${GAP}(\d{1,3})(?:/\d{1,3})?)?${GAP}${DIRECTORATE}(?:${GAP}${MARKING_SOURCE})?${GAP}${FOOTER_LANGUAGES}(?=[ \t]*$)|${FOOTER_ANY_ORDER}|${NUMBER}${GAP}${INITIALS}(?=[ \t]*$)|${OLDER_RECORD})(?:${GAP}${PARLIAMENT_ADDRESS})?`,
  'gu',
);

/** Every match of FOOTER in `text`. */
export function footerMatches(text: string): RegExpExecArray[] {
  return allMatches(FOOTER, text);
}

/** A whole text that is one footer, in any order the copies print its pieces in (`16230/25 ANNEX JV/mk JAI.1 3 LIMITE EN`). */
const WHOLE_FOOTER = new RegExp(String.raw`^(?:${FOOTER_ANY_ORDER})$`, 'u');

/** Whether `text` (its pieces one space apart) is a page footer and nothing else. */
export function isWholeFooter(text: string): boolean {
  return text.length <= FOOTER_REACH && WHOLE_FOOTER.test(text);
}

/** A line with its footers taken out, and whether one ended it (its page ends there). */
export interface WithoutFooters {
  text: string;
  endsPage: boolean;
}

/**
 * The line without the page footers inside it; the text on both sides of a footer is joined with one space, and the
 * page number that opens the next page right after a footer (the footer's page plus one) goes with it.
 */
export function removeInlineFooters(text: string): WithoutFooters {
  if (!text.includes('/')) return { text, endsPage: false };
  // plain pdftotext ran the footer onto the word the page break cut, its hyphen dropped (`… of boost9267/25 JAI.1 GG/mr
  // LIMITE 2 EN`): the page ends there, and the word takes back its hyphen, to be joined to its rest on the next page
  const glued = gluedFooterStart(text);
  if (glued !== null) return { text: removeInlineFooters(`${text.slice(0, glued)}-`).text, endsPage: true };
  let result = '';
  let last = 0;
  let endsPage = false;
  for (const match of footerMatches(text)) {
    const before = text.slice(last, match.index).trimEnd();
    // A bare `number initials page` alone on a line may be text; at the end of a page's text, or with its number cut, it is a footer.
    if (/\d$/.test(match[0]) && !match[0].startsWith('/') && text.slice(0, match.index).trim() === '') continue;
    let end = match.index + match[0].length;
    const nextPage = new RegExp(String.raw`^[ \t]+${Number(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? 0) + 1}[ \t]+(?=\S)`).exec(
      text.slice(end),
    );
    if (nextPage !== null) end += nextPage[0].length;
    // the marking the next page prints at its top right after the footer that printed it (`… DGD 1C LIMITE EN LIMITE
    // approach …`, a page run into one line with the next: the marking is the page's furniture, never a word of its text)
    const marking = PAGE_TOP_MARKING.exec(text.slice(end, end + MARKING_REACH));
    if (marking !== null && match[0].includes(marking[1] ?? '')) end += marking[0].length;
    result += before === '' || result === '' ? before : ` ${before}`;
    last = end;
    endsPage = text.slice(end).trim() === '';
  }
  if (last === 0) return { text, endsPage: false };
  const after = text.slice(last).trimStart();
  return { text: after === '' ? result : result === '' ? after : `${result} ${after}`, endsPage };
}

/** Where a footer's number may open glued to a word's small letter (`boost9267/25`, `coopéCM 1893/25`). */
const GLUED_START = /(?<=\p{Ll})(?=(?:(?:CM|EUCO)[ \t])?\d{1,6}\/)/gu;

/** A footer, whole, that ends the text (spaces after it aside). */
const FOOTER_TO_END = new RegExp(String.raw`^(?:${FOOTER.source})[ \t]*$`, 'u');

/**
 * Where the page footer that ends a line begins when plain `pdftotext` glued it to the word the page break cut,
 * dropping the word's hyphen (`… The importance of boost9267/25 JAI.1 GG/mr LIMITE 2 EN`, a page run into one line:
 * glued-footers.ts reads the footer printed in pieces below the word), or null: the footer whole from a small letter
 * to the line's end. Only the line's last characters are looked at.
 */
function gluedFooterStart(text: string): number | null {
  const end = text.trimEnd().length;
  const from = Math.max(0, end - FOOTER_REACH);
  const tail = text.slice(from, end);
  for (const start of allMatches(GLUED_START, tail)) if (FOOTER_TO_END.test(tail.slice(start.index))) return from + start.index;
  return null;
}

/** A marking opening the text right after a footer (`LIMITE`, `RESTREINT UE/EU RESTRICTED`), before a word: the next page's top. */
const PAGE_TOP_MARKING = new RegExp(String.raw`^[ \t]+(${MARKING_SOURCE})[ \t]+(?=\S)`, 'u');

/** How far after a footer the next page's marking is looked for (the longest marking, `RESTREINT UE/EU RESTRICTED`, and the spaces around it). */
const MARKING_REACH = 80;

/** How far from a line's end a footer ending it is looked for (the longest footer, its parliament's address included). */
const FOOTER_REACH = 500;

/**
 * Where the page footer that ends a line begins (`… WK 15012/2025. 14470/25 TR/kl 1 JAI.1 LIMITE EN`: a page run into
 * one line), or null when no footer ends it; only the line's last characters are looked at.
 */
export function footerEndingLine(text: string): number | null {
  if (!text.includes('/')) return null;
  const end = text.trimEnd().length;
  const from = Math.max(0, end - FOOTER_REACH);
  // From a space, so that the footer's own lookbehind sees what stands before it.
  const start = from === 0 ? 0 : text.indexOf(' ', from);
  if (start < 0) return null;
  for (const match of footerMatches(text.slice(start, end))) {
    if (start + match.index + match[0].length === end && start + match.index > 0) return start + match.index;
  }
  return null;
}

/** How far on both sides of a place a footer holding it is looked for (a footer's length, its parliament's address aside). */
const INSIDE_REACH = 200;

/**
 * Whether the place `at` stands inside a page footer of `text` (`… billigen. 10391/23 ST/ml 1 JAI.1 DE 2 2. Der …`,
 * the footer inside a text run into one line across its pages): its page number is the footer's, no footnote's. Only
 * the characters around it are looked at.
 */
export function insideFooter(text: string, at: number): boolean {
  if (!text.includes('/')) return false;
  const from = Math.max(0, at - INSIDE_REACH);
  // From a space, so that the footer's own lookbehind sees what stands before it.
  const start = from === 0 ? 0 : text.indexOf(' ', from);
  if (start < 0 || start > at) return false;
  for (const match of footerMatches(text.slice(start, at + INSIDE_REACH))) {
    if (start + match.index <= at && at < start + match.index + match[0].length) return true;
  }
  return false;
}

/** A footer of number and page only (`9489/17 2`, cut: `/17 1`) ending a page run into one line: public minutes print no initials. */
const BARE_FOOTER_AT_END = new RegExp(String.raw`(?<=[ \t])${NUMBER}[ \t]{1,5}(\d{1,3})[ \t]*$`);

/**
 * A page run into one line without its closing footer of number and page only, when the next page's line opens with
 * the following page number, or, on the last page, when an earlier page closed with a footer of the same number (so
 * that the footer is told from a reference and a count: `… listed in 9196/17 2`); null when the line does not end so.
 * `seen` collects the numbers of the footers removed.
 */
export function removeBareFooterAtPageEnd(text: string, next: string, seen: Set<string>): WithoutFooters | null {
  const match = BARE_FOOTER_AT_END.exec(text);
  if (match === null) return null;
  const number = match[0].replace(/[ \t]+\d{1,3}[ \t]*$/, '');
  const following = new RegExp(String.raw`^[ \t]*${Number(match[1]) + 1}[ \t]+\S`);
  if (!(following.test(next) || (next === '' && seen.has(number)))) return null;
  seen.add(number);
  return { text: text.slice(0, match.index).trimEnd(), endsPage: true };
}
