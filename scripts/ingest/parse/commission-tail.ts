import { COMMISSION_FINAL, COMMISSION_REFERENCE } from '../../../src/shared/reference-patterns.ts';
import { ANNEX_WORDS, ANNEXES_WORDS } from './vocabulary.ts';

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
