/**
 * A notice's page footer that plain `pdftotext` printed in two pieces, kept apart by a page run into one line: its
 * number before the page's last row of items (`… 10.00 – 11.30 CM 3105/25 4. (posiblemente) Proyecto …`), its page
 * and language ending the line (`… sobre la 1 ES`).
 */
import type { WithoutFooters } from './inline-footers.ts';
import { ANNEX_WORDS, FOOTER_LANGUAGES, MARKING_SOURCE } from '../text/vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** A page's number and language ending a line, after text, its marking maybe before them: the second piece of a footer printed in two. */
const PAGE_AND_LANGUAGE_AT_END = new RegExp(String.raw`(?<=\S)([ \t]+${MARKING_SOURCE})?[ \t]+\d{1,3}[ \t]+${FOOTER_LANGUAGES}[ \t]*$`);

/** The languages' codes FOOTER_LANGUAGES alternates (`(?:BG|CS|…)`), refused when it is written otherwise. */
const LANGUAGE_CODES = new Set(FOOTER_LANGUAGES.slice('(?:'.length, -')'.length).split('|'));
if (FOOTER_LANGUAGES !== `(?:${[...LANGUAGE_CODES].join('|')})` || [...LANGUAGE_CODES].some((code) => !/^[A-Z]{2}$/.test(code)))
  throw new Error(`FOOTER_LANGUAGES is no alternation of two capitals: ${FOOTER_LANGUAGES}`);

/** A space or a tab, as `[ \t]` matches. */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** A figure, as `\d` matches. */
function isFigure(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a line ends as both footers' second pieces end (PAGE_AND_LANGUAGE_AT_END, INITIALS_TO_END): a space or tab,
 * figures, spaces or tabs, a language's code, spaces or tabs maybe (`… 1 DE`, `… TR/kl JAI.1 2 EN `). The two patterns
 * are anchored at the line's end only, so they are tried at every character of it; this reads its last characters,
 * and a line it turns away is one neither pattern matches.
 */
function endsInPageAndLanguage(text: string): boolean {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end -= 1;
  if (end < 2 || !LANGUAGE_CODES.has(text.slice(end - 2, end))) return false;
  let at = end - 2;
  while (at > 0 && isBlank(text.charCodeAt(at - 1))) at -= 1;
  if (at === end - 2) return false;
  const page = at;
  while (at > 0 && isFigure(text.charCodeAt(at - 1))) at -= 1;
  return at < page && at > 0 && isBlank(text.charCodeAt(at - 1));
}

/** The first document number of a line (`CM 3105/25`, `6890/26`): on a notice's first page, its own number under its date. */
const FIRST_NUMBER = /(?<![^ \t])(?:CM[ \t])?\d{1,6}(?:\/\d{1,2})?\/\d{2,4}(?![0-9])/;

/** A notice's number standing as a word of its own (`CM 3105/25`, `CM 1234/1/26 REV 1`), a notice's footer's first piece. */
const NOTICE_NUMBER = new RegExp(
  String.raw`(?<![^ \t])CM[ \t]\d{1,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3}(?![^ \t])`,
  'g',
);

/**
 * The line without a notice's footer printed in two pieces, or null where it holds none: the line ends in a page's
 * number and language (its marking maybe before them), and the last notice number inside it is one its page already
 * printed (its first page's header: the line's first document number) or one an earlier page's footer did (`seen`, which
 * collects the numbers read): a notice an outcome or another notice cites is none. A footer whole with its marking
 * between number and page (`CM 1420/25 LIMITE 1 DE`) is taken out too.
 * The text on both sides of the number is joined with one space; the page ends there.
 */
export function removeSplitNoticeFooter(text: string, seen: Set<string>): WithoutFooters | null {
  if (!text.includes('CM') || !endsInPageAndLanguage(text)) return null;
  const end = PAGE_AND_LANGUAGE_AT_END.exec(text);
  if (end === null) return null;
  const numbers = [...text.slice(0, end.index).matchAll(NOTICE_NUMBER)].map((match) => ({
    at: match.index,
    printed: match[0],
    number: match[0].replace(/[ \t]+/g, ' '),
  }));
  const last = numbers[numbers.length - 1];
  // The page's own number is the line's first document number, printed again by the footer.
  const own = numbers.length > 1 && numbers[0]?.at === FIRST_NUMBER.exec(text)?.index && numbers[0]?.number === last?.number;
  if (last === undefined || (!own && !seen.has(last.number))) return null;
  const before = text.slice(0, last.at).trimEnd();
  const after = text.slice(last.at + last.printed.length, end.index).trim();
  // A number right before the page's number is the footer whole, which inline-footers.ts reads but with its marking between.
  if (after === '' && end[1] === undefined) return null;
  seen.add(last.number);
  return { text: [before, after].filter((part) => part !== '').join(' '), endsPage: true };
}

/** A Council unit as a footer prints it: `JAI.1`, `RELEX.2`, `GIP.B`, `DG D 1`, `DGD 1C`, `GIP`, `COMM`. */
const FOOTER_UNIT = String.raw`(?:[A-Z]{2,6}\.[0-9A-Z]{1,2}|DG[ \t]?[A-Z](?:[ \t]?[0-9][A-Z]?)?|GIP|COMM)`;

/** An author's and typist's initials (`TR/kl`, `EB, FR/dk`, `ΔΠ/γομ`): capitals, a slash, small letters. */
const SLASHED_INITIALS = String.raw`\p{Lu}{1,4}(?:,[ \t]?\p{Lu}{1,4}){0,3}/\p{Ll}{1,4}`;

/**
 * A footer's second piece ending a line: initials, then its unit or marking, then page and language (`… TR/kl LIMITE 1
 * DE`, `… TR/kl JAI.1 2 EN`), as plain `pdftotext` prints the footer's second and third columns after the page's last row.
 */
const INITIALS_TO_END = new RegExp(
  String.raw`(?<=\S)[ \t]+${SLASHED_INITIALS}(?:[ \t]+(?:${MARKING_SOURCE}|${FOOTER_UNIT})){0,3}[ \t]+\d{1,3}[ \t]+${FOOTER_LANGUAGES}[ \t]*$`,
  'u',
);

/** The words a footer prints under the number on an annex's pages (`ANNEX`, `ANLAGE`, `ANNEXE` …), in capitals. */
const ANNEX_LABEL = ANNEX_WORDS.map((word) => word.toUpperCase()).join('|');

/** A document's number with its versions, then its unit or annex label: the footer's first piece (`6890/26 JAI.1`, `10512/24 EXT 1 ANNEX`). */
const NUMBER_AND_UNIT = new RegExp(
  String.raw`(?<![^ \t])(\d{1,6}(?:/\d{1,2})?/\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3})(?:[ \t]+(?:${FOOTER_UNIT}|${ANNEX_LABEL}))(?![^ \t])`,
  'gu',
);

/**
 * A footer's first piece that holds all but its page and language, as plain `pdftotext` prints an annex's landscape
 * page's footer beside the columns of its table (`… Criminal Police Directorate 12631/21 ANNEX JAI.1 KR/mj LIMITE
 * Status designated …`, `3 EN` at the page's end): the number, its annex label or unit, the initials, the marking.
 */
const NUMBER_TO_INITIALS = new RegExp(
  String.raw`(?<![^ \t])(\d{1,6}(?:/\d{1,2})?/\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3})(?:[ \t]+(?:${FOOTER_UNIT}|${ANNEX_LABEL})){1,2}[ \t]+${SLASHED_INITIALS}(?:[ \t]+(?:${MARKING_SOURCE}|${FOOTER_UNIT})){0,2}(?![^ \t])`,
  'gu',
);

/**
 * The line without the footer of a note, report or outcome printed in two pieces, or null where it holds none: plain
 * `pdftotext` reads the footer's table column by column, and a page run into one line puts its first column (number and
 * unit, `6890/26 JAI.1`; number and annex label, `10512/24 EXT 1 ANNEX`) before the page's last row and the rest
 * (initials, unit or marking, page, language: `TR/kl LIMITE 1 DE`) at its end, or all but the page and language before
 * them (`12631/21 ANNEX JAI.1 KR/mj LIMITE` … `3 EN`: NUMBER_TO_INITIALS). The number must be the document's: the
 * line's first document number (the first page's header prints it) or one an earlier page's footer did (`seen`).
 */
export function removeSplitFooter(text: string, seen: Set<string>): WithoutFooters | null {
  if (!text.includes('/') || !endsInPageAndLanguage(text)) return null;
  const end = INITIALS_TO_END.exec(text) ?? PAGE_AND_LANGUAGE_AT_END.exec(text);
  if (end === null) return null;
  // Only the page and its language at the end: the first piece holds the initials and marking too (`12631/21 ANNEX JAI.1 KR/mj LIMITE`).
  const pieces = [...text.slice(0, end.index).matchAll(end[0].includes('/') ? NUMBER_AND_UNIT : NUMBER_TO_INITIALS)];
  const last = pieces[pieces.length - 1];
  const number = last?.[1]?.replace(/[ \t]+/g, ' ');
  if (last === undefined || number === undefined) return null;
  const first = FIRST_NUMBER.exec(text);
  const own = first !== null && first.index < last.index && first[0].replace(/[ \t]+/g, ' ') === number.split(' ')[0];
  if (!own && !seen.has(number)) return null;
  seen.add(number);
  const before = text.slice(0, last.index).trimEnd();
  const after = text.slice(last.index + last[0].length, end.index).trim();
  return { text: [before, after].filter((part) => part !== '').join(' '), endsPage: true };
}

/** A Council number with its versions, standing as a word of its own (`10512/24 EXT 1`, `14470/1/25 REV 1`). */
const OWN_NUMBER = new RegExp(String.raw`(?<![^ \t])\d{1,6}(?:\/\d{1,2})?\/\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}){0,3}(?![^ \t])`);

/**
 * Keeps the first Council number the document prints (its header's: the document's own number) among the numbers its
 * footers may print (`seen`), until one is kept.
 */
export function rememberOwnNumber(text: string, seen: Set<string>): void {
  if (seen.size > 0) return;
  const found = OWN_NUMBER.exec(text);
  if (found !== null) seen.add(found[0].replace(/[ \t]+/g, ' '));
}
