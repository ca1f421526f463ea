import type { Classification } from '../../../../src/schemas/classification.ts';
import { canonicalReference } from '../../../../src/shared/references.ts';
import { CLASSIFICATION, classificationOf } from './classification.ts';
import { concernedLanguages, type ConcernedLanguages } from './concerned-languages.ts';
import { parseDate } from '../text/date-expressions.ts';
import type { FoundLabel } from './header-labels.ts';
import {
  BARE_CODE,
  BARE_PROCEDURE,
  DATE,
  DATE_ALONE,
  DOCUMENT_NUMBER,
  LIMITE,
  NUMBERED_CODE,
  ORIGINAL_LANGUAGE,
  PLACE_DATE,
  PROCEDURE,
  PROCEDURE_AFTER_SPACE,
  PUBLIC_MARKING,
} from '../text/head-anchors.ts';
import { BARE_CODES, INSTITUTION_PATTERN, INSTITUTIONS, KINDS, type KindWords, LANGUAGE_MARKS, PRESS_NUMBER, STAMPS } from '../text/header-vocabulary.ts';
import { kindCorrespondents, type KindCorrespondents } from './kind-recipients.ts';
import { publicAccessStamp, type PublicAccess } from './public-access.ts';
import { squeezedCodes } from './squeezed-codes.ts';
import { placeDateLanguages } from './version-language.ts';
import { wordAlternation } from '../text/word-trie.ts';
import { ASSOCIATION_NUMBER, MARKING_SOURCE, MONTHS } from '../text/vocabulary.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** What the part of a header above its labels says. */
export interface Head {
  /** Canonical number (`8812/1/19 REV 1`), null when there is none. */
  number: string | null;
  /** The number as printed where the canonical number differs from it (`WK 3456/2025 INIT`, `ST 8812/19`, `8812/1/19 REV1`), else null. */
  numberPrinted: string | null;
  /** The language versions the document concerns alone, printed after its number (`7402/24 COR 1 (fr)`), null where none. */
  concerns: Pick<ConcernedLanguages, 'codes' | 'printed'> | null;
  place: string | null;
  date: string | null;
  originalLanguage: string | null;
  /** That language as printed, brackets included (`(Or. fr)`, `(OR.en)`), null when there is none. */
  originalLanguagePrinted: string | null;
  limite: boolean;
  /** Whether the header prints the PUBLIC marking (`PUBLIC` under the number, or above the Council's name). */
  public: boolean;
  /** The PUBLIC marking as printed where it differs from `PUBLIC` (`PUBLIC.`), null otherwise. */
  publicPrinted: string | null;
  /** The EU classification marking (`RESTREINT UE/EU RESTRICTED`), above the Council's name or under the number, null where none. */
  classification: Classification | null;
  /** The register's stamp of a public version above the header (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)`), null where none. */
  publicAccess: PublicAccess | null;
  codes: string[];
  /** Each of `codes` as printed, in its order (`COEST172` for `COEST 172`). */
  codesPrinted: string[];
  /** The place and date line as printed (spaces and line breaks in it as one space), null when there is none. */
  placeAndDatePrinted: string | null;
  /** The kind slug of the last document-type line, null when there is none. */
  kind: string | null;
  /** That document-type line as printed (quotes kept, spaces and line breaks in it as one space). */
  kindPrinted: string | null;
  /** The sender and recipient a Presidency note's kind line names after the kind (`NOTE FROM THE PRESIDENCY TO COSI`), null where it names none. */
  kindCorrespondents: KindCorrespondents | null;
  interinstitutionalFile: string | null;
  /** The interinstitutional file's label and value as printed (`Toimielinten välinen asia:`, `2011/0023 (NLE)`), null when there is none. */
  interinstitutionalPrinted: PrintedField | null;
  /** Every other piece of text, one entry per line, as printed: the Council's name, stamps, notes, unknown lines. */
  otherLines: string[];
  /** The languages its words are in (the Council's name, the place, the month, the kind line). */
  languages: (string | null)[];
  /** The values of the notes above the header (`of document: 8812/19`, `dated: 3 May 2019`) and where each starts, for the record's references. */
  noteValues: { text: string; start: number }[];
}

/** A label and its value as printed, each on one line. */
export interface PrintedField {
  label: string;
  value: string;
}

/** The kind of a document whose header prints a press number and no kind line. */
const PRESS_RELEASE = 'press-release';

/**
 * Stand for `I/A`, and for the item letters `I` and `A` standing as words (`"I" ITEM NOTE`, `NOTE POINT « I »`), quotes
 * or guillemets (with their spaces) around each optional, and a space (any short run of whitespace) while the kinds are grouped by their beginnings.
 */
const I_A = '\u0001';
const SPACE = '\u0002';
const LETTER_I = '\u0003';
const LETTER_A = '\u0004';

/** A vocabulary kind with its item letters and spaces stood for (`I_A`, `LETTER_I`, `LETTER_A`, `SPACE`). */
function kindStandIns(printed: string): string {
  return printed
    .replace('i/a', I_A)
    .replace(/(?<=^| )[ia](?=[ -]|$)/g, (letter) => (letter === 'i' ? LETTER_I : LETTER_A))
    .replace(/ /g, SPACE);
}

/** A document-type line printed in capitals, or alone on its line: the vocabulary's lines, longest first, quotes optional. */
export const KIND_PATTERN = new RegExp(
  String.raw`(?<![\p{L}"“”'])["“”']?(${wordAlternation([...KINDS.keys()].map(kindStandIns))
    .replaceAll(I_A, String.raw`(?:["“”'„]|«[ \t\u00a0]?)?I/A(?:["“”']|[ \t\u00a0]?»)?`)
    .replaceAll(LETTER_I, String.raw`(?:["“”'„]|«[ \t\u00a0]?)?I(?:["“”']|[ \t\u00a0]?»)?`)
    .replaceAll(LETTER_A, String.raw`(?:["“”'„]|«[ \t\u00a0]?)?A(?:["“”']|[ \t\u00a0]?»)?`)
    .replaceAll(SPACE, String.raw`\s{1,3}`)})["“”']?(?![\p{L}])`,
  'giu',
);

/**
 * A line of capitals that is a document-type line the vocabulary does not know, in any official alphabet (`DRAFT
 * COUNCIL CONCLUSIONS`, `PROTOKÓŁ SKRÓCONY`, `ΣΥΝΟΠΤΙΚΑ ΠΡΑΚΤΙΚΑ`, the Maltese `TA'`).
 */
const KIND_LINE = /^[ \t]*["“”'„«]?\p{Lu}[\p{Lu}"“”'„«»’/ -]{2,60}$/u;

/**
 * The I/A item a kind line may name in any language, in the quotes of the language or joined to a word by a hyphen
 * (`„I/A”`, `« I/A »`, `I/A-PUNT`): a word of a kind line (`I/A-PUNT NOTA`, `NOTA DE PUNTO «I/A»`, `„I/A” NAPOMENA`).
 */
const I_A_WORD = String.raw`(?:["“”'„]|«[ \u00a0]?)?I/A(?:["“”']|[ \u00a0]?»)?(?:-\p{Lu}+)*`;

/** A line of one word of capitals or figures (`COSI`, `JAI`, `CRIMORG`): a code, not a kind line, unless set apart as one (`lastWordLine`). */
const ONE_TOKEN_LINE = /^[ \t]*[\p{Lu}\p{N}/-]+[ \t]*$/u;

/** A kind line of one word of capitals (letters of any official alphabet, an apostrophe or hyphen inside). */
const ONE_WORD_KIND = /^\p{Lu}[\p{Lu}'’-]{2,30}$/u;

/** Stands in the shown text for a field taken out of it: the other header lines are cut there as at a line break. */
const SEPARATOR = '\u0000';

/** The value of a note above the header: a document's reference (with its marking), a date, or a word (`Public`). */
const NOTE_VALUE = new RegExp(
  String.raw`^\s*(?:(?:ST[ \t]+)?\d{1,6}(?:/\d{1,2})?/\d{2}(?:[ \t]+(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})*(?:[ \t]+${MARKING_SOURCE})?|${DATE}|\p{L}+)`,
  'u',
);

/** The part of a header above its labels, as text in which a character blanked out has been read. */
class Remaining {
  /** What is still to be read. */
  rest: string;
  /** What is shown as other header lines: everything but the fields. */
  shown: string;

  /** The header's text as printed. */
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    this.rest = text;
    this.shown = text;
  }

  /** Marks a span read; a field's span is also left out of the other header lines (a separator stands in for it). */
  take(start: number, end: number, field: boolean): void {
    const blank = (text: string, filler: string) => text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, filler) + text.slice(end);
    this.rest = blank(this.rest, ' ');
    if (field) this.shown = blank(this.shown, SEPARATOR);
  }

  /** The header's text between two offsets, as printed. */
  shownBetween(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Every match of a global pattern in what is still to be read. */
  all(pattern: RegExp): RegExpExecArray[] {
    return allMatches(pattern, this.rest);
  }
}

/**
 * The fields of the part of a header above its labels (`text`, markup blanked), read from anchors wherever the line
 * breaks fall; `notes` are the labels found in it (interinstitutional file, a declassification note). Nothing is
 * dropped: what is not a field is returned as other header lines.
 */
export function readHead(text: string, notes: readonly FoundLabel[]): Head {
  const remaining = new Remaining(text);
  const noteValues: { text: string; start: number }[] = [];
  const file = readNotes(remaining, notes, noteValues) ?? bareProcedure(remaining);
  const access = publicAccessStamp(remaining.rest);
  if (access !== null) remaining.take(access.start, access.end, true);
  const languages: (string | null)[] = [];
  const named = new Set<number>();
  // The Council's name first: its last word is no place (`Council of the European Union 3 March 2026` of a page run into one line).
  for (const match of remaining.all(INSTITUTION_PATTERN)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    if (named.has(index)) continue;
    named.add(index);
    remaining.take(match.index, match.index + match[0].length, false);
    languages.push(INSTITUTIONS[index]?.language ?? null);
  }
  const where = first(remaining, PLACE_DATE, true);
  const original = first(remaining, ORIGINAL_LANGUAGE, true);
  const stamps = STAMPS.flatMap((stamp) => remaining.all(stamp));
  for (const match of stamps) if (!match[0].startsWith('LIMITE')) remaining.take(match.index, match.index + match[0].length, false);
  // An association council's number (`UE-UA 2101/25`) is no number the archive reads, nor a code: a header line as printed.
  first(remaining, ASSOCIATION_NUMBER, false);
  const number = first(remaining, DOCUMENT_NUMBER, true);
  const dated = where ?? dateAlone(remaining, number?.index ?? remaining.rest.length);
  const concerns = number === null ? null : concernedLanguages(remaining.rest, number.index + number[0].length);
  if (concerns !== null) remaining.take(concerns.start, concerns.end, true);
  // `LIMITE PUBLIC` above the number is the register's stamp on a LIMITE document made public: the document's PUBLIC
  // marking as printed (shown where the marking stands), its LIMITE not the document's own; below the number, LIMITE is
  // the document's own marking and PUBLIC after it the marking (read below).
  const publicStamps = stamps.filter((match) => match[0].startsWith('LIMITE') && (number === null || match.index < number.index));
  for (const match of publicStamps) remaining.take(match.index, match.index + match[0].length, true);
  const limite = remaining.all(LIMITE).map((match) => remaining.take(match.index, match.index + match[0].length, true)).length > 0;
  // PUBLIC, the marking of a document public from the start or made so, is a field as LIMITE is (also run on before the
  // Council's name: `PUBLIC Council of the European Union`)
  const markedPublic = remaining.all(PUBLIC_MARKING);
  for (const match of markedPublic) remaining.take(match.index, match.index + match[0].length, true);
  const publicMarkings = [...publicStamps, ...markedPublic];
  // A classified document prints its marking under the number and at the top of the page: one field, each printing taken.
  const markings = remaining.all(CLASSIFICATION);
  for (const match of markings) remaining.take(match.index, match.index + match[0].length, true);
  const kind = readKind(remaining);
  const codes = readCodes(remaining, number?.index ?? 0);
  const place = where?.[1] ?? null;
  languages.push(...placeDateLanguages(place ?? '', monthIn(dated?.[0] ?? '')), kind?.language ?? null);
  return {
    number: number === null ? null : canonicalNumber(number[0]),
    numberPrinted: number === null || oneLine(number[0]) === canonicalNumber(number[0]) ? null : oneLine(number[0]),
    concerns: concerns === null ? null : { codes: concerns.codes, printed: concerns.printed },
    place,
    date: dated === null ? null : parseDate(dated[0].slice((where?.[1] ?? '').length), number === null ? null : yearOfNumber(canonicalNumber(number[0]))),
    originalLanguage: original === null ? null : originalLanguages(original[1] ?? ''),
    originalLanguagePrinted: original === null ? null : oneLine(original[0]),
    limite,
    public: publicMarkings.length > 0,
    publicPrinted: publicMarkings.find((match) => match[0] !== 'PUBLIC')?.[0].replace(/[ \t]+/g, ' ') ?? null,
    classification: markings[0] === undefined ? null : classificationOf(markings[0][0]),
    publicAccess: access === null ? null : { printed: access.printed, date: access.date },
    codes: codes.map(({ code }) => code),
    codesPrinted: codes.map(({ printed }) => printed),
    kind: kind?.slug ?? (PRESS_NUMBER.test(text) ? PRESS_RELEASE : null),
    kindPrinted: kind?.printed ?? null,
    kindCorrespondents: kind?.correspondents ?? null,
    placeAndDatePrinted: dated === null ? null : oneLine(dated[0]),
    interinstitutionalFile: file?.procedure ?? null,
    interinstitutionalPrinted: file?.printed ?? null,
    otherLines: remaining.shown
      .split(/[\n\u0000]+/)
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => /[\p{L}\p{N}]/u.test(line)),
    languages,
    noteValues,
  };
}

/** The first month name of a place and date (`Bruxelles, le 3 mai 2019` → `mai`; the Irish `20 Meán Fómhair 2023` → `Meán Fómhair`), or ''. */
function monthIn(text: string): string {
  return (
    (text.match(/\p{L}+(?:[ \t]+\p{L}+)?/gu) ?? [])
      .flatMap((words) => [words, ...words.split(/[ \t]+/)])
      .find((word) => MONTHS.has(word.toLowerCase().replace(/[ \t]+/, ' '))) ?? ''
  );
}

/**
 * A date alone on its line above the document's number (`end`), taken: the date of issue of a header that prints no
 * place before it. Null when there is none (a date below the number is a meeting's or a note's, never read so).
 */
function dateAlone(remaining: Remaining, end: number): RegExpExecArray | null {
  const match = DATE_ALONE.exec(remaining.rest.slice(0, end));
  if (match !== null) remaining.take(match.index, match.index + match[0].length, true);
  return match;
}

/** The first match of a pattern in what is still to be read, taken; null when there is none. */
function first(remaining: Remaining, pattern: RegExp, field: boolean): RegExpExecArray | null {
  const match = pattern.exec(remaining.rest);
  if (match !== null) remaining.take(match.index, match.index + match[0].length, field);
  return match;
}

/** The year a canonical number carries (`14470/1/25 REV 1` → `25`, `WK 1234/2025` → `2025`), or null. */
export function yearOfNumber(number: string): string | null {
  return /\/(\d{2}(?:\d{2})?)(?![\d/])/.exec(number)?.[1] ?? null;
}

/**
 * The canonical form of a number as printed (its suffix on the next line joined with a space, spaces around its slashes
 * dropped, a first version's `INIT` dropped); a number in the register's form (`ST 6789 2026 INIT`) as the register reads it.
 */
function canonicalNumber(printed: string): string {
  const spaced = printed.replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ');
  const shortened = spaced.replace(/^ST /, '').replace(/ INIT$/, '');
  return canonicalReference(shortened)?.id ?? canonicalReference(spaced)?.id ?? shortened;
}

/**
 * Reads the labelled notes above the header: the interinstitutional file (a field: its procedure, and its label and
 * value as printed) and a declassification note (kept as printed).
 */
function readNotes(
  remaining: Remaining,
  notes: readonly FoundLabel[],
  values: { text: string; start: number }[],
): { procedure: string; printed: PrintedField } | null {
  let file: { procedure: string; printed: PrintedField } | null = null;
  for (const note of notes) {
    if (note.field !== 'interinstitutional') {
      const value = NOTE_VALUE.exec(remaining.rest.slice(note.end))?.[0] ?? '';
      if (value.trim() !== '') values.push({ text: value, start: note.end });
      remaining.take(note.start, note.end + value.length, false);
      continue;
    }
    const at = procedureAt(remaining.rest, note.end);
    if (at === null) continue;
    const { procedure, start } = at;
    file ??= {
      procedure: `${procedure[1] ?? ''}(${procedure[2] ?? ''})`,
      printed: { label: oneLine(note.printed), value: oneLine(procedure[0]) },
    };
    remaining.take(note.start, note.end, true);
    remaining.take(start, start + procedure[0].length, true);
  }
  return file;
}

/**
 * An interinstitutional file's procedure number printed without its label above the header's labels (BARE_PROCEDURE),
 * taken as the file with no printed label; null where none stands there.
 */
function bareProcedure(remaining: Remaining): { procedure: string; printed: PrintedField } | null {
  const found = BARE_PROCEDURE.exec(remaining.rest);
  if (found === null) return null;
  remaining.take(found.index, found.index + found[0].length, true);
  return { procedure: `${found[1] ?? ''}(${found[2] ?? ''})`, printed: { label: '', value: oneLine(found[0]) } };
}

/**
 * The procedure of an interinstitutional file's label ending at `end`: right after it, or further on its line or the
 * next when `pdftotext -layout` printed the right-hand column's line beside the label (`Interinstitutional File:   COR 1`
 * / `2023/0131(COD)`, which joining wrapped lines may have made one line): the text between stays the header's.
 */
function procedureAt(text: string, end: number): { procedure: RegExpExecArray; start: number } | null {
  const after = PROCEDURE.exec(text.slice(end));
  if (after !== null) return { procedure: after, start: end };
  const lineEnd = text.indexOf('\n', end);
  const nextEnd = lineEnd === -1 ? -1 : text.indexOf('\n', lineEnd + 1);
  const further = PROCEDURE_AFTER_SPACE.exec(text.slice(end, nextEnd === -1 ? text.length : nextEnd));
  return further === null ? null : { procedure: further, start: end + further.index };
}

/**
 * The last document-type line is the kind; earlier ones (`COMMUNICATION`, a declassification stamp) stay other lines.
 * So does the communications series' `COMMUNICATION` above a kind line the vocabulary does not know (`COMMUNICATION` /
 * `INVITATION TO AN INFORMAL VIDEOCONFERENCE AND DRAFT AGENDA`; on a page run into one line, the words of capitals after
 * it, two or more): that line is the kind line, read by the document's shape.
 */
function readKind(remaining: Remaining): ReadKind | null {
  const found = remaining.all(KIND_PATTERN).filter((match) => isCapitals(match[0]) || aloneOnLine(remaining.rest, match.index, match[0].length));
  const last = found[found.length - 1];
  const under = last === undefined || kindWords(last)?.slug !== COMMUNICATION ? -1 : unknownKindLineUnder(remaining.rest, last);
  if (under !== -1) {
    for (const match of found) remaining.take(match.index, match.index + match[0].length, false);
    return takeLine(remaining, remaining.rest.split('\n'), under);
  }
  if (last !== undefined) {
    const part = partBefore(remaining.rest, found, last);
    for (const match of found) remaining.take(match.index, match.index + match[0].length, match === last || match === part?.match);
    if (part !== null) remaining.take(part.match.index, last.index, true);
    const words = kindWords(last);
    if (words === undefined) return null;
    // on a page run into one line, words of capitals after `COMMUNICATION` are the kind line the vocabulary does not know
    const unknown = words.slug === COMMUNICATION && part === null ? wordsAfterCommunication(remaining.rest, last.index + last[0].length) : '';
    if (unknown !== '') {
      const end = last.index + last[0].length + unknown.length;
      remaining.take(last.index, end, true);
      return { slug: slugOf(unknown), language: null, printed: oneLine(remaining.shownBetween(last.index, end)) };
    }
    // a Presidency note's kind line may name its recipient after the kind, a committee's acronym among its words (`… TO COSI`)
    const kindEnd = last.index + last[0].length;
    const recipient = words.slug === PRESIDENCY_NOTE ? (tail: string) => kindCorrespondents(tail, words.language) !== null : undefined;
    const span = qualified(remaining.rest, part?.match.index ?? last.index, kindEnd, recipient);
    remaining.take(span.start, span.end, true);
    const printed = oneLine(remaining.shownBetween(span.start, span.end));
    const slug = words.slug === 'note' && NAMES_I_A.test(printed) ? 'i-a-item-note' : words.slug;
    const correspondents = words.slug === PRESIDENCY_NOTE ? kindCorrespondents(oneLine(remaining.shownBetween(kindEnd, span.end)), words.language) : null;
    if (part === null) return { slug, language: words.language, printed, correspondents };
    return { slug: `${part.words.slug}-to-${words.slug}`, language: part.words.language ?? words.language, printed };
  }
  const lines = remaining.rest.split('\n');
  const index = lines.findLastIndex((line) => KIND_LINE.test(line) && (!ONE_TOKEN_LINE.test(line) || I_A_TOKEN_LINE.test(line)));
  const word = lastWordLine(lines);
  if (word > index) return takeLine(remaining, lines, word);
  if (index === -1) return flatKind(remaining);
  return takeLine(remaining, lines, index);
}

/** A kind read from the header: its slug, the language of its words (null where several print them alike), the line as printed, and the sender and recipient it names. */
interface ReadKind {
  slug: string;
  language: string | null;
  printed: string;
  correspondents?: KindCorrespondents | null;
}

/** The kind of a Presidency note, whose kind line may name its recipient (`NOTE FROM THE PRESIDENCY TO COSI`). */
const PRESIDENCY_NOTE = 'presidency-note';

/** The kind of the line the communications series prints above the kind line of a document (`COMMUNICATION`, `MITTEILUNG`). */
const COMMUNICATION = 'communication';

/**
 * The index of the line right under a kind match (blank lines between) where it is a kind line the vocabulary does not
 * know: words of capitals, not one token, none a code the header prints bare; -1 otherwise.
 */
function unknownKindLineUnder(text: string, match: RegExpExecArray): number {
  const lines = text.split('\n');
  const matchLine = text.slice(0, match.index + match[0].length).split('\n').length - 1;
  let index = matchLine + 1;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
  const line = lines[index] ?? '';
  // a kind the vocabulary knows on that line would have been the last match
  return !KIND_LINE.test(line) || ONE_TOKEN_LINE.test(line) || !qualifies(line.trim().replace(/[ \t]+/g, ' ')) ? -1 : index;
}

/**
 * Words of capitals right after a kind on its line, up to the end of the line or of the part above the labels, one
 * letter words among them (`INVITATION À UNE VIDÉOCONFÉRENCE INFORMELLE`, `KVIETIMAS Į …`): each word opens after one
 * space, so the run is read once.
 */
const CAPITALS_AFTER = /^((?: \p{Lu}[\p{Lu}'’-]*)+)(?=[ \t]*$|[ \t]{2}|\n)/u;

/** The words of capitals after `COMMUNICATION` ending at `end` on its line (two or more, none a code), or ''. */
function wordsAfterCommunication(text: string, end: number): string {
  const lineEnd = text.indexOf('\n', end);
  const stop = lineEnd === -1 ? text.length : lineEnd;
  const words = CAPITALS_AFTER.exec(text.slice(end, Math.min(end + QUALIFIERS_LENGTH, stop)))?.[1] ?? '';
  // words running on past the characters read are no kind line's
  const cut = stop > end + QUALIFIERS_LENGTH && /\S/.test(text.slice(end + words.length, end + words.length + 1));
  return !cut && words.trim().includes(' ') && qualifies(words.trim()) ? words : '';
}

/** The fewest letters of a kind line of one word found so (`DISKUSSIONSPAPIER`): a shorter word may be a code the vocabulary lacks. */
const FLAT_KIND_LETTERS = 8;

/**
 * Words of capitals ending the part of a header above its labels, after a field read (two spaces or more stand for
 * it) or a code's number: on a page run into one line, a kind line the vocabulary does not know (`… COSI 97
 * DISCUSSION PAPER From: …`).
 */
const FLAT_KIND = new RegExp(String.raw`(?<=\d[ \t]|[ \t]{2})\p{Lu}[\p{Lu}'’/-]+(?:[ \t](?:\p{Lu}[\p{Lu}'’/-]*|${I_A_WORD})){0,5}(?=[ \t]*$)`, 'u');

/**
 * The kind line of a page run into one line that the vocabulary does not know: the words of FLAT_KIND (two or more,
 * or one long word), none a code, none at either end a language mark; taken as the kind, or null. A kind line on a line of its own is
 * read by lines.
 */
function flatKind(remaining: Remaining): { slug: string; language: null; printed: string } | null {
  const lineStart = remaining.rest.lastIndexOf('\n') + 1;
  const match = FLAT_KIND.exec(remaining.rest.slice(lineStart));
  if (match === null) return null;
  const words = match[0].split(/[ \t]/);
  if (words.length === 1 && match[0].replace(/[^\p{L}]/gu, '').length < FLAT_KIND_LETTERS) return null;
  // a language mark (`EN`) may stand at either end of the run, never inside a kind line's words (`DOCUMENT DE RÉFLEXION`)
  const marks = [words[0], words[words.length - 1]].some((word) => LANGUAGE_MARKS.has(word ?? ''));
  if (marks || words.some((word) => BARE_CODES.has(word) || word === 'LIMITE')) return null;
  remaining.take(lineStart + match.index, lineStart + match.index + match[0].length, true);
  return { slug: slugOf(match[0]), language: null, printed: oneLine(match[0]) };
}

/** A kind found by KIND_PATTERN, its words in the vocabulary; quotes around it (`"I/A" ITEM NOTE`) are dropped, an apostrophe inside one is a letter of it (the Maltese `TA'`). */
function kindWords(match: RegExpExecArray): KindWords | undefined {
  const printed = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  return (
    KINDS.get(printed.replace(/’/g, "'")) ??
    KINDS.get(
      printed
        .replace(/["“”'«»„]/g, '')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
  );
}

/** The most characters of words that qualify a kind on its line. */
const QUALIFIERS_LENGTH = 60;

/** Words of capitals printed right before a kind on its line, one space apart (`REVISED ` before `NOTICE OF MEETING …`). */
const WORDS_BEFORE = new RegExp(String.raw`(?:^|[ \t]{2}|\n)((?:(?:\p{Lu}[\p{Lu}'’-]+|${I_A_WORD}) )+)$`, 'u');

/** Words of capitals printed right before a kind on a page run into one line, after a field read (two spaces or more stand for it) or a code's number. */
const FLAT_WORDS_BEFORE = new RegExp(String.raw`(?:\d[ \t]|[ \t]{2})((?:(?:\p{Lu}[\p{Lu}'’-]+|${I_A_WORD}) )+)$`, 'u');

/**
 * The most characters of words read after a kind on its line: the longest kind lines name a sender and a recipient in
 * full (`NOTE FROM THE PRESIDENCY TO THE STANDING COMMITTEE ON OPERATIONAL COOPERATION ON INTERNAL SECURITY`, 96 after
 * `NOTE`; `VERMERK DES VORSITZES FÜR DEN STÄNDIGEN AUSSCHUSS FÜR DIE OPERATIVE ZUSAMMENARBEIT …`, 115 after `VERMERK`).
 */
const WORDS_AFTER_LENGTH = 200;

/**
 * Words of capitals printed right after a kind on its line, one space apart (` RÉVISÉS` after `… ORDRE DU JOUR
 * PROVISOIRE`), a word of one letter or closed by a dot among them as a recipient's name prints them (`… KOMITETU DS.
 * WSPÓŁPRACY OPERACYJNEJ W DZIEDZINIE …`, `… SPOLUPRÁCI V OBLASTI …`), the last an acronym in brackets where the line
 * names a body so (`… ON INTERNAL SECURITY (COSI)`), up to the end of the line or of the part above the labels.
 */
const WORDS_AFTER = new RegExp(
  String.raw`^((?: (?:\p{Lu}[\p{Lu}'’-]*(?::\p{Lu}+)?\.?|${I_A_WORD}))+(?: \(\p{Lu}[\p{Lu}-]{1,15}\))?)(?=[ \t]*$|[ \t]{2}|\n)`,
  'u',
);

/** The I/A item named on a kind line: a note of the vocabulary (`NOTA`, `NAPOMENA`) or a line it does not know that names it is an I/A item note. */
const NAMES_I_A = /(?<![\p{L}\p{N}])I\/A(?![\p{L}\p{N}])/u;

/** A kind line of one token holding the I/A item joined to a word (`I/A-PUNTNOTITIE`, `I/A-PUNKTSNOTE`): no code is printed so. */
const I_A_TOKEN_LINE = /^[ \t]*["“”'„«]?I\/A["“”'»]?-\p{Lu}{3,}/u;

/** Whether words of capitals qualify a kind: none a code the header prints bare (`COSI`) or the LIMITE marking. */
function qualifies(words: string): boolean {
  return words.split(' ').every((word) => word === '' || (!BARE_CODES.has(word) && word !== 'LIMITE'));
}

/**
 * The span of a kind line with the words of capitals that qualify the kind on its line, before or after it
 * (`REVISED NOTICE OF MEETING AND PROVISIONAL AGENDA`, `AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE RÉVISÉS`): they are
 * printed with it, and read as no code. The kind is the vocabulary's; the line is kept whole as printed. Words after it
 * holding a code's word are kept where `recipient` says they name the kind's recipient (`NOTE FROM THE PRESIDENCY TO COSI`).
 */
function qualified(text: string, start: number, end: number, recipient?: (words: string) => boolean): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const head = text.slice(lineStart, start);
  const tail = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  // A kind line is short: longer text around a kind is no kind line's, and is not read (each pattern stays linear).
  // on a page run into one line, the words right after a field read or a code's number (`COSI 97 ISSUES NOTE`)
  const before =
    head.length > QUALIFIERS_LENGTH
      ? (FLAT_WORDS_BEFORE.exec(head.slice(-QUALIFIERS_LENGTH))?.[1] ?? '')
      : (WORDS_BEFORE.exec(head)?.[1] ?? FLAT_WORDS_BEFORE.exec(head)?.[1] ?? '');
  // words running on past the characters read are no kind line's: none is cut in the middle (`… ON INT` / `ERNAL SECURITY`)
  const read = tail.slice(0, WORDS_AFTER_LENGTH);
  const words = WORDS_AFTER.exec(read)?.[1] ?? '';
  const after = tail.length > read.length && read.slice(words.length).trim() === '' ? '' : words;
  const kept = qualifies(after) || recipient?.(after) === true;
  const first = { start: qualifies(before) ? start - before.length : start, end: kept ? end + after.length : end };
  // a kind line set on two lines, the recipient on the second (`NOTE FROM THE PRESIDENCY` / `TO COSI`)
  const under =
    recipient === undefined || lineEnd === -1 || tail.slice(kept ? after.length : 0).trim() !== ''
      ? null
      : recipientUnder(text, lineEnd, recipient, kept ? after : '');
  return under === null ? first : { start: first.start, end: under };
}

/**
 * The end of the line under a kind line (`lineEnd` its break) where that line, words of capitals, names the kind's
 * recipient with the words already read after the kind on its line (`recipient` says): `NOTE FROM THE PRESIDENCY` /
 * `TO COSI`; null otherwise.
 */
function recipientUnder(text: string, lineEnd: number, recipient: (words: string) => boolean, read: string): number | null {
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const line = text.slice(lineEnd + 1, nextEnd === -1 ? undefined : nextEnd);
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > WORDS_AFTER_LENGTH) return null;
  const words = WORDS_AFTER.exec(` ${trimmed}`)?.[1] ?? '';
  if (words.length !== trimmed.length + 1 || !recipient(`${read} ${trimmed}`)) return null;
  return lineEnd + 1 + line.indexOf(trimmed) + trimmed.length;
}

/** The kinds that amend another, printed before the kind they amend in every language (`ADDENDUM`, `RECTIFICATIF`, `KORRIGENDUM`, `ADENDA`). */
const AMENDING_KINDS: ReadonlySet<string> = new Set(['addendum', 'corrigendum']);

/** What joins an addendum's or corrigendum's word to the kind it amends on one line: up to three short words (`TO`, `À LA`, `ZUM`, `A LA`, `ALLA`, `BIJ DE`). */
const PART_JOINER = /^[ \t]+(?:[\p{L}]{1,4}['’]?[ \t]+){1,3}$/u;

/**
 * The addendum's or corrigendum's word right before the last kind on its line, joined to it by a few short words as
 * each language prints it (`ADDENDUM À LA NOTE`, `ADDENDUM ZUM VERMERK`, `ADENDA A LA NOTA`, `RECTIFICATIF À LA NOTE`):
 * the document is that part of a document of that kind (`addendum-to-note`, as `ADDENDUM TO NOTE` gives). Null otherwise.
 */
function partBefore(text: string, found: readonly RegExpExecArray[], last: RegExpExecArray): { match: RegExpExecArray; words: KindWords } | null {
  const before = found[found.length - 2];
  if (before === undefined) return null;
  const words = kindWords(before);
  if (words === undefined || !AMENDING_KINDS.has(words.slug)) return null;
  return PART_JOINER.test(text.slice(before.index + before[0].length, last.index)) ? { match: before, words } : null;
}

/**
 * The index of a kind line of one word the vocabulary does not know (`NOOT`), -1 when there is none: a word of
 * capitals alone on the last line above the labels, a blank line above it, that is no known bare code and no language
 * mark. The register prints the kind so, set apart under the codes; a code is printed in the codes' block.
 */
function lastWordLine(lines: readonly string[]): number {
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const word = (lines[last] ?? '').trim();
  if (last < 1 || (lines[last - 1] ?? '').trim() !== '' || !ONE_WORD_KIND.test(word)) return -1;
  return BARE_CODES.has(word) || LANGUAGE_MARKS.has(word) ? -1 : last;
}

/** The header line at `index` taken as the kind line: its slug, no language, as printed. */
function takeLine(remaining: Remaining, lines: readonly string[], index: number): { slug: string; language: null; printed: string } {
  const start = lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0);
  const line = lines[index] ?? '';
  remaining.take(start, start + line.length, true);
  return { slug: slugOf(line), language: null, printed: oneLine(line) };
}

/** Printed text as one line: each run of spaces and line breaks one space, none at the ends. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The codes in print order, each with its form as printed: each code with its number (its space squeezed out or not), a
 * known bare code, or a lone capital word on its line below the number.
 */
function readCodes(remaining: Remaining, numberAt: number): { code: string; printed: string }[] {
  const found: { at: number; length: number; code: string; printed: string }[] = [];
  for (const match of remaining.all(NUMBERED_CODE)) {
    const code = match[0].replace(/\s+/g, ' ');
    found.push({ at: match.index, length: match[0].length, code, printed: code });
  }
  for (const { index, length, code } of squeezedCodes(remaining.rest))
    found.push({ at: index, length, code, printed: remaining.rest.slice(index, index + length) });
  for (const { at, length } of found) remaining.take(at, at + length, true);
  for (const match of remaining.all(BARE_CODE)) {
    // a committee's acronym in brackets (`… internal security (COSI)` of a line no label claimed) is a name's, no code
    const bracketed = remaining.rest[match.index - 1] === '(' && remaining.rest[match.index + match[0].length] === ')';
    if (bracketed) continue;
    if (BARE_CODES.has(match[0]) || (match.index > numberAt && !LANGUAGE_MARKS.has(match[0]) && aloneOnLine(remaining.rest, match.index, match[0].length))) {
      found.push({ at: match.index, length: match[0].length, code: match[0], printed: match[0] });
      remaining.take(match.index, match.index + match[0].length, true);
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ code, printed }) => ({ code, printed }));
}

/** The languages of `(OR. en, fr)` as the record keeps them: lower case, apart by a comma and a space (`en, fr`). */
function originalLanguages(printed: string): string {
  return printed
    .toLowerCase()
    .split(/[ \t]*,[ \t]*/)
    .join(', ');
}

function isCapitals(text: string): boolean {
  return text === text.toUpperCase();
}

function aloneOnLine(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start + length);
  return text.slice(lineStart, start).trim() === '' && text.slice(start + length, lineEnd === -1 ? undefined : lineEnd).trim() === '';
}

/** The slug of a kind line the vocabulary does not know: its words (`DISCUSSION PAPER` → `discussion-paper`), or `i-a-item-note` where it names the I/A item. */
function slugOf(line: string): string {
  if (NAMES_I_A.test(line)) return 'i-a-item-note';
  return line
    .normalize('NFC')
    .replace(/["“”'’„«»]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
