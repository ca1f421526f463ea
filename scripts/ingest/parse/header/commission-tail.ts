import { COMMISSION_FINAL, COMMISSION_REFERENCE } from '../../../../src/shared/reference-patterns.ts';
import { HEADER_LABELS } from '../text/label-vocabulary.ts';
import { ANNEX_WORDS, ANNEXES_WORDS } from '../text/vocabulary.ts';

/** The word each version prints for one part of a Commission document printed in parts (`SWD(2025) 45 final PART 1/2`, `PARTIE 1/2`, `TEIL 1/2`). */
const PART_WORDS = [
  ...['PART', 'PARTIE', 'TEIL', 'PARTE', 'DEEL', 'CZĘŚĆ', 'ČÁST', 'ČASŤ', 'DEL', 'DIO', 'RÉSZ', 'PARTEA', 'ЧАСТ', 'ΜΕΡΟΣ'],
  ...['DALIS', 'DAĻA', 'OSA', 'PARTI', 'CUID'],
];

/** Words of a vocabulary in capitals as listed or with a capital first (`Annexes 1 to 3`). */
const asPrinted = (words: readonly string[]) => words.flatMap((word) => [word, `${word.charAt(0)}${word.slice(1).toLocaleLowerCase('und')}`]).join('|');

/** The word for annex of each version (vocabulary.ts ANNEX_WORDS) and its plural (`ANNEXES`, `ANHÄNGE`, `ALLEGATI`). */
const ANNEX_AND_ANNEXES = [...ANNEX_WORDS, ...ANNEXES_WORDS];

/** The words for annex and annexes in capitals, as a pattern's alternatives (`ANNEX|ANNEXE|…|ANNEXES|…`): no distribution code (`ANNEXES 1` is none). */
export const ANNEX_WORDS_SOURCE = ANNEX_AND_ANNEXES.join('|');

/**
 * What stands between the first and last annex of a range, or before the first, in each version's words (`1 to 3`,
 * `1 à 3`, `1 bis 3`, `da 1 a 3`, `1 tot en met 3`, `od 1 do 3`, `1 až 3`, `1 έως 3`, `от 1 до 3`, `1 sa 3`, `1 go 3`,
 * `1–3`), and an annex's number (a figure or a Roman numeral, maybe with a dot: `1. do 3.`, `1–3.`).
 */
const ANNEX_RANGE_WORDS = [
  'to',
  'à',
  'a',
  'bis',
  'tot en met',
  'tot',
  'do',
  'až',
  'til',
  'till',
  'έως',
  'до',
  'sa',
  'go',
  'and',
  'et',
  'und',
  'e',
  'y',
  'i',
  'и',
];
const ANNEX_NUMBER = String.raw`(?:\d{1,2}|[IVX]{1,5})\.?`;
const ANNEX_NUMBERS = String.raw`(?:(?:da|od|от)[ \t]{1,3})?${ANNEX_NUMBER}(?:[ \t]{0,3}(?:[-–]|(?:${ANNEX_RANGE_WORDS.join('|')})(?=[ \t]))[ \t]{0,3}${ANNEX_NUMBER})?`;

/**
 * What annexes without a dash before them are not followed by: a word in small letters (`ANNEXES 1 to 3 to the Proposal
 * for a COUNCIL DECISION …`, `ANNEXES 1 à 3 de la proposition …`), where they open the subject that names them (a word
 * joining another reference, `and`, `et`, `und`, may follow), nor the rest of their range or its last dot (`1.` of
 * `1.–3.`, `1–3` of `1–3. a következőhöz`).
 */
const NO_WORDS_ON = String.raw`(?!\.?(?:[ \t]{0,3}[-–][ \t]{0,3}\d|[ \t]{1,3}(?!(?:and|et|und)[ \t])\p{Ll}))`;

/**
 * The annexes or part of a Commission document printed after its word for final (and its reissue, `final/2`): after a
 * dash, the word for annex with its numbers or alone (`- ANNEX`, `- Annexes 1 to 3`, `- ANHÄNGE 1 bis 3`); without
 * one, the word for annexes with their numbers (`ANNEXES 1 to 3`, never before a word in small letters: NO_WORDS_ON) or a
 * part of so many (`PART 1/2`, `- PARTIE 1/2`).
 * A word for annex alone without a dash may open the subject (`ANNEX to the Proposal for a COUNCIL DECISION …`); the
 * tail may stand on the cell's next line where the cell wrapped, never after a blank line (the next cell).
 */
export const COMMISSION_TAIL = String.raw`(?<=${COMMISSION_FINAL}(?:\/\d{1,2})?[ \t]{0,3}(?:\n[ \t]{0,3})?)(?:[-–][ \t]{0,3}(?:${asPrinted(ANNEX_AND_ANNEXES)})(?:[ \t]{1,3}${ANNEX_NUMBERS})?|(?:[-–][ \t]{0,3}|(?<!\n[ \t]{0,3}))(?:(?:${asPrinted(ANNEX_AND_ANNEXES)})[ \t]{1,3}${ANNEX_NUMBERS}${NO_WORDS_ON}|(?:${asPrinted(PART_WORDS)})[ \t]{1,3}\d{1,2}\/\d{1,2}))`;

/**
 * The end of a text that stops inside a Commission document's annexes, before their first number (`COM(2025) 123 final -
 * PIELIKUMI ` before `1.–3.`, `final ANNEXES ` before `1 to 3`, `- PRILOZI od ` before `1. do 3.`). Anchored at the end.
 */
const TAIL_BEFORE_NUMBER = new RegExp(
  String.raw`${COMMISSION_FINAL}(?:\/\d{1,2})?[ \t]{0,3}(?:[-–][ \t]{0,3})?(?:${asPrinted(ANNEX_AND_ANNEXES)})[ \t]{1,3}(?:(?:da|od|от)[ \t]{1,3})?$`,
  'u',
);

/** The most characters TAIL_BEFORE_NUMBER reads: the longest word for final, a reissue, a dash, the longest word for annexes and `od`. */
const TAIL_BEFORE_NUMBER_LENGTH = 48;

/**
 * Whether the number at `at` in `text` is the first of a Commission document's annexes (`COM(2025) 123 final -
 * PIELIKUMI 1.–3.`, `- PRILOZI 1. do 3.`), as a page run into one line prints the cell before the subject: no
 * paragraph's or item's number.
 */
export function annexNumberAt(text: string, at: number): boolean {
  return TAIL_BEFORE_NUMBER.test(text.slice(Math.max(0, at - TAIL_BEFORE_NUMBER_LENGTH), at));
}

const TAIL_AT = new RegExp(String.raw`[ \t]{0,3}(?:\n[ \t]{0,3})?${COMMISSION_TAIL}(?![\p{L}\d])`, 'uy');

/**
 * The length of the annexes or part printed right at `at`, the end of a Commission document's reference in `text`
 * (` - Annexes 1 to 3` after `COM(2025) 123 final`), with the spaces before them; 0 where none stands there.
 */
export function commissionTailLength(text: string, at: number): number {
  TAIL_AT.lastIndex = at;
  return TAIL_AT.exec(text)?.[0].length ?? 0;
}

/** A line holding one Commission document's reference alone, with its word for final (`COM(2025) 123 final`, `final/2`). */
const COMMISSION_LINE = new RegExp(String.raw`^[ \t]*${COMMISSION_REFERENCE}(?<=${COMMISSION_FINAL})(?:\/\d{1,2})?[ \t]*$`, 'u');

/** A line opening with the word for annexes and their numbers, no dash before (`ANNEXES 1 to 3 …`, `PRILOZI 1. do 3. …`, `LISAD 1–3 …`). */
const ANNEXES_OPENING = new RegExp(String.raw`^[ \t]*(?:${asPrinted(ANNEX_AND_ANNEXES)})[ \t]{1,3}${ANNEX_NUMBERS}(?![\p{L}\d])`, 'u');

/**
 * Whether `line`, under `above` that holds a Commission document's reference alone (`COM(2025) 123 final`), opens
 * with its annexes without a dash (`ANNEXES 1 to 3 COMMISSION STAFF WORKING DOCUMENT …`, `PRILOZI 1. do 3. Prijedlogu
 * …`): the next cell of a header's values, the subject naming the annexes it sends, as a copy without blank lines
 * prints the cells one under the other; a cell holding so short a line never wraps before its annexes (a dash before
 * them, `- ANNEXES 1 to 3`, would be the reference's, COMMISSION_TAIL).
 */
export function annexesOpenCell(above: string, line: string): boolean {
  return ANNEXES_OPENING.test(line) && COMMISSION_LINE.test(above);
}

/** Annexes printed without a dash right after a Commission document's word for final, ending a reference's text (` ANNEXES 1 to 3` of `COM(2025) 123 final ANNEXES 1 to 3`). */
const UNDASHED_TAIL_AT_END = new RegExp(
  String.raw`(?<=${COMMISSION_FINAL}(?:\/\d{1,2})?)[ \t]{1,3}(?:${asPrinted(ANNEX_AND_ANNEXES)})[ \t]{1,3}${ANNEX_NUMBERS}$`,
  'u',
);

/** The most characters of a reference's end UNDASHED_TAIL_AT_END reads: the longest word for final, a reissue, the longest word for annexes and a range. */
const UNDASHED_TAIL_REACH = 80;

/** How far after the annexes the text is read: their line's rest and the document named with them again (the subject and the body's first sentence). */
const SENTENCE_REACH = 2000;

/** A header label opening what follows (` Subject: …`, ` Nr. Vordok.: …`): up to its colon, a few words. */
const LABEL_AHEAD = /^[ \t]{1,3}([^\s:][^:\n]{0,38}?)[ \t]?:(?=[ \t]|$)/u;

/** A Commission document's reference ending a text (`COM(2025) 123 final`, `final/2`). */
const REFERENCE_AT_END = new RegExp(String.raw`${COMMISSION_REFERENCE}(?<=${COMMISSION_FINAL})(?:\/\d{1,2})?$`, 'u');

/** `printed` as a pattern: its characters literal, its spaces any one to three spaces or tabs. */
function literal(printed: string): string {
  return printed
    .trim()
    .replace(/[.*+?^${}()|[\]\\/]/g, String.raw`\$&`)
    .replace(/[ \t]+/g, String.raw`[ \t]{1,3}`);
}

/** Annexes printed without a dash after a Commission document's reference, the text after them on their line, and how that text names the document again. */
export interface UndashedAnnexes {
  /** Where the annexes begin (the spaces before them). */
  start: number;
  /** Whether the text after names the document again with the annexes (`with`), without them (`without`), or not at all (null). */
  namedAgain: 'with' | 'without' | null;
}

/**
 * The annexes printed without a dash ending a Commission document's references `length` long at `at` in `text`
 * (`COM(2025) 123 final ANNEXES 1 to 3`) where more text follows them on their line and no label opens it, as a page
 * run into one line prints the cells of labels printed first (`… COM(2025) 123 final ANNEXES 1 to 3 COMMISSION STAFF
 * WORKING DOCUMENT …`): there the document's cell holding its annexes and the subject naming the annexes it sends
 * (`annexesOpenCell`) print the same line, and only the text after may tell them apart, the body's sentence naming what
 * is sent (`Delegations will find attached document COM(2025) 123 final.`, or `… final ANNEXES 1 to 3.`). Null where
 * no such annexes end the references.
 */
export function undashedAnnexes(text: string, at: number, length: number): UndashedAnnexes | null {
  const end = at + length;
  const from = Math.max(at, end - UNDASHED_TAIL_REACH);
  const tail = UNDASHED_TAIL_AT_END.exec(text.slice(from, end));
  if (tail === null) return null;
  const ahead = text.slice(end, end + SENTENCE_REACH);
  const lineEnd = ahead.indexOf('\n');
  const after = lineEnd === -1 ? ahead : ahead.slice(0, lineEnd);
  if (after.trim() === '' || !/^[ \t]/.test(after)) return null;
  const label = LABEL_AHEAD.exec(after);
  if (label !== null && HEADER_LABELS.has((label[1] ?? '').toLowerCase().replace(/[ \t]+/g, ' '))) return null;
  const start = from + tail.index;
  const reference = REFERENCE_AT_END.exec(text.slice(Math.max(at, from - UNDASHED_TAIL_REACH), start));
  if (reference === null) return null;
  const again = new RegExp(String.raw`${literal(reference[0])}(?:[ \t]{0,3}(?:[-–][ \t]{0,3})?(${literal(tail[0])}))?(?![\p{L}\d])`, 'u').exec(ahead);
  return { start, namedAgain: again === null ? null : again[1] === undefined ? 'without' : 'with' };
}

/**
 * The length of a Commission document's references `length` long at `at` in `text`, without the annexes printed after
 * them without a dash where the text after names the document again without them (undashedAnnexes): they open the
 * subject. Where it names the document with them, or not at all, they stay the document's, as they are where the cells
 * stand on lines of their own; the header warns where nothing told (header.ts).
 */
export function withoutUndashedAnnexes(text: string, at: number, length: number): number {
  const annexes = undashedAnnexes(text, at, length);
  return annexes?.namedAgain === 'without' ? annexes.start - at : length;
}
