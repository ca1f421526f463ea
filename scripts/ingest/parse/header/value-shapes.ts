import { correspondentLength } from '../../../../src/shared/correspondents.ts';
import { COMMISSION_FINAL, COMMISSION_REFERENCE, REGISTER_REFERENCE } from '../../../../src/shared/reference-patterns.ts';
import { DATE, DATE_WITH_WEEKDAY, DAY_JOINER as JOINERS, DAYS_DATE, MONTH, WEEKDAY, TWO_WEEKDAYS, WEEKDAY_BEFORE, YEAR_FIRST } from '../text/head-anchors.ts';
import type { HeaderField } from '../text/label-vocabulary.ts';
import { HOUR_WITH_WORD, HOUR_WORD_BEFORE, MARKING_SOURCE, VIDEOCONFERENCE_WORD } from '../text/vocabulary.ts';
import { FIGURE_DAY } from '../text/figure-dates.ts';
import { ANNEX_WORDS_SOURCE, COMMISSION_TAIL, withoutUndashedAnnexes } from './commission-tail.ts';
import { BARE_CODES } from '../text/header-vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** A blank line: it ends a value. */
export const BLANK_LINE = /\n[ \t]*\n/;

/** The text a label's value may take: from `at`, its length, or 0 when the text there does not have the value's shape. */
type Shape = (text: string, at: number) => number;

/** An hour of the day: `10.00`, `10:00`, `10h00`, `10 h 00`. */
const HOUR = String.raw`(?:[01]?\d|2[0-3])(?:[.:h]|[ \t]h[ \t])[0-5]\d`;

/**
 * The hours a meeting opens or closes, printed in brackets after its day: `(10.00)`, `(10 h 00)`, with the version's
 * word for o'clock before or after it (`(13.00 Uhr)`, `(10.00 ч.)`, `(10.00 hod.)`, `(10.00 val.)`, `(kl. 10.00)`,
 * `(plkst. 10.00)`), and the span of an informal videoconference with its time zone, `(10.00–13.00 CET)`.
 */
const HOUR_IN_BRACKETS = String.raw`(?:[ \t]{1,3}\((?:${HOUR_WORD_BEFORE}[ \t])?${HOUR}(?:[ \t]?[-–][ \t]?${HOUR})?(?:[ \t](?:Uhr|uur|ч\.|hod\.|val\.|óra))?(?:[ \t]\p{Lu}{2,5})?\))?`;

/**
 * The Maltese article before a day's number, as the days of a Maltese date print it (`it-3 ta' Marzu`, `is-17 u t-18 ta'
 * Marzu`, `il-5`, `id-19`, `l-4`; after the joiner `u` without its vowel): a letter or two and a hyphen.
 */
const DAY_ARTICLE = String.raw`(?:i?[ltsd]-)?`;

/** One or more days of a month: `18 and 19 November`, `26-27 June`, `3. Mai`, `1er`, `17 de febrero`, `17 ta' Frar`, `is-17 u t-18 ta' Marzu`, `3 (10.00) - 4 March`. */
const DAYS_OF_MONTH = String.raw`${DAY_ARTICLE}\d{1,2}(?:er|\.)?${HOUR_IN_BRACKETS}(?:[ \t]{0,3}(?:-|–|&|,|/|${JOINERS})[ \t]{0,3}${DAY_ARTICLE}\d{1,2}(?:er|\.)?${HOUR_IN_BRACKETS})*[ \t]{1,3}(?:(?:de|ta['’])[ \t]{1,3})?(?:${MONTH})\.?`;

/**
 * The days of a meeting: `18 and 19 November 2025`, `30 November - 1 December 2025`, `Tuesday 3 May 2019`, with what
 * a language prints after the year (`17 lutego 2026 r.`, `17 февруари 2026 г.`, the Croatian `17. veljače 2026.`).
 */
const DAY_SPAN = String.raw`(?:${WEEKDAY_BEFORE}|\p{Ll}\p{L}*,?[ \t]{1,3})?${DAYS_OF_MONTH}(?:[ \t]{0,3}(?:-|–|${JOINERS})[ \t]{0,3}${DAYS_OF_MONTH})?[ \t]{1,3}(?:de[ \t]{1,3})?\d{4}(?:[ \t](?:r|г)\.|\.(?![\p{L}\p{N}]))?${HOUR_IN_BRACKETS}`;

/**
 * The days of a meeting as above, and each day printed whole with its hours where a notice gives times per day
 * (`20 May 2025 (10.00–18.00) and 21 May 2025 (09.30–13.00)`, `Tuesday 3 March 2026 (10.00) – Wednesday 4 March 2026
 * (13.00)`, `3. März 2026 (10.00 Uhr) und 4. März 2026 (9.30 Uhr)`): each span ends in a year, so the runs are linear.
 */
const DAYS = new RegExp(String.raw`\s*${DAY_SPAN}(?:[ \t]{0,3}(?:-|–|,|${JOINERS})[ \t]{0,3}${DAY_SPAN})*`, 'uy');

/**
 * Two days or more of one month with the year first, as the Hungarian, Lithuanian and Latvian versions print them
 * (`2026. március 17–18.`, `2026 m. kovo 17–18 d.`, `2026 m. kovo 17 ir 18 d.`, `2026. gada 17. un 18. martā`), maybe with
 * a weekday before them, or the days' weekdays after them (`…, otrdiena un trešdiena`).
 */
const YEAR_FIRST_DAYS = new RegExp(String.raw`\s*(?:${WEEKDAY_BEFORE})?${DAYS_DATE}(?:,[ \t]{1,3}${TWO_WEEKDAYS})?`, 'uy');

/**
 * A day whose month is misprinted, its year and a dash, opening a span of days (`3 Marc 2026 – `, `3 мрт 2026 г. (10.00
 * ч.) – `): the span's start, so that a value read where a page runs into one line begins there, not at its second day
 * (parseDates reads no day of such a span: its end alone would be a wrong meeting).
 */
const UNREAD_SPAN_START = new RegExp(
  String.raw`\s*\d{1,2}\.?[ \t]{1,3}\p{L}{2,12}\.?[ \t]{1,3}\d{4}(?:[ \t](?:r|г)\.|\.(?![\p{L}\p{N}]))?${HOUR_IN_BRACKETS}[ \t]{0,3}[-–][ \t]{0,3}(?=\d)`,
  'uy',
);

/**
 * Days in figures as a notice's `Date:` value may print them (FIGURE_DAY: `03.03.2026`, `3/3/2026`, `2026-03-03`), each
 * maybe with its hour in brackets, a span's first day maybe with its hour beside it before the dash (`03.03.2026 10.00 –
 * 04.03.2026`); joined by a dash, a comma or a word (`3/3/2026 and 4/3/2026`).
 */
const FIGURE_DAYS_SOURCE = String.raw`${FIGURE_DAY}${HOUR_IN_BRACKETS}(?:(?:[ \t]{1,3}${HOUR})?[ \t]{0,3}(?:-|–|,|${JOINERS})[ \t]{0,3}${FIGURE_DAY}${HOUR_IN_BRACKETS})*`;
const FIGURE_DAYS = new RegExp(String.raw`\s*${FIGURE_DAYS_SOURCE}`, 'uy');

/** A line that is days in figures and nothing else (`03.03.2026 – 04.03.2026`): a notice's date value under its subject, never the subject's wrapped rest (normalise.ts). */
export const FIGURE_DAYS_LINE = new RegExp(String.raw`^[ \t]*${FIGURE_DAYS_SOURCE}[ \t]*$`, 'u');

/** A year opening a value: a date with its year first may follow. */
const YEAR_OPENING = /\s*\d{4}\.?[ \t]/y;

/** One day, also year first (`2026. február 17.`, `2026 m. vasario 17 d.`, `2026. gada 17. februārī`), maybe with its weekday (`2026. február 17., kedd`). */
const ONE_DAY = new RegExp(String.raw`\s*(?:${WEEKDAY_BEFORE}|\p{Ll}\p{L}*,?[ \t]{1,3})?${DATE}(?:,[ \t]{1,3}${WEEKDAY})?`, 'uy');

/**
 * Two days or more each printed whole with its hours, in any order of day, month and year (`2026. február 17.
 * (10.00–18.00) és 2026. február 18. (09.30–13.00)`, `2026 m. vasario 17 d. (…) ir 2026 m. vasario 18 d. (…)`).
 */
const DATED = String.raw`(?:${WEEKDAY_BEFORE}|\p{Ll}\p{L}*,?[ \t]{1,3})?${DATE}(?:,[ \t]{1,3}${WEEKDAY})?${HOUR_IN_BRACKETS}`;
const DATES_WHOLE = new RegExp(String.raw`\s*${DATED}(?:[ \t]{0,3}(?:-|–|,|${JOINERS})[ \t]{0,3}${DATED})+`, 'uy');

/**
 * A line that is two days or more each printed whole with its hours and nothing else (`2026. február 17. (10.00–18.00)
 * és 2026. február 18. (09.30–13.00)`, `Tuesday 3 March 2026 (10.00) – Wednesday 4 March 2026 (13.00)`): a notice's
 * date value under its label's column, never the wrapped rest of the line above (normalise.ts).
 */
const DATED_LINE_DAY = String.raw`${DATE_WITH_WEEKDAY}${HOUR_IN_BRACKETS}`;
export const DATES_WHOLE_LINE = new RegExp(String.raw`^[ \t]*${DATED_LINE_DAY}(?:[ \t]{0,3}(?:-|–|,|${JOINERS})[ \t]{0,3}${DATED_LINE_DAY})+[ \t]*$`, 'u');

/**
 * A day without its weekday, as a cover note prints its date of receipt: `4 May 2018`, `7. prosince 2012`, `12 de diciembre de 2013`, with what a
 * language prints after the year (`8 kwietnia 2011 r.`, `8 април 2011 г.`, `8. travnja 2011.`), or with its year first
 * as the Hungarian, Lithuanian and Latvian versions print it (`2025. október 3.`, `2025 m. spalio 3 d.`, `2025. gada 3. oktobrī`).
 */
const DAY = new RegExp(String.raw`\s*(?:${DAYS_OF_MONTH}[ \t]{1,3}(?:de[ \t]{1,3})?\d{4}(?:[ \t](?:r|г)\.|\.(?![\p{L}\p{N}]))?|${YEAR_FIRST})`, 'uy');

/**
 * Document references with what headers print after them: `8812/19`, `10951/2/98 ENFOPOL 98 REV 2 + COR 1`, `COM(2020) 796 final`,
 * a Council and a Commission reference apart by a dash (`9068/22 - COM(2022) 209 final`, a dash before a reference only),
 * `SWD(2021) 92 final`, `ST 7641/12`, a notice's `CM 1250/26` (whole, not a code `CM 1250` and `/26`), the register's `ST 9876 2025 REV 1`, the national `KOM(2008) 68 endgültig` and the Commission's C series in each version's letter (`K(2007) 839 endgültig`);
 * a Commission document reissued with its version after the word for final (`COM(2025) 123 final/2`), and references apart
 * by a semicolon (`COM(2025) 123 final; SWD(2025) 45 final`), and a Commission document's annexes or part after it
 * (COMMISSION_TAIL: `COM(2025) 123 final - Annexes 1 to 3`, `SWD(2025) 45 final PART 1/2`). A word for annex with a
 * number is no code (`ANNEX 1 to the Proposal …` opens the subject after the Commission document's cell).
 */
const REFERENCES = new RegExp(
  String.raw`(?:\s*(?:${COMMISSION_TAIL}|${REGISTER_REFERENCE}|${COMMISSION_REFERENCE}|(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?!\d)|(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}|(?!(?:${ANNEX_WORDS_SOURCE})[ \t])[A-Z][A-Z/]{1,15}[ \t]\d{1,5}|[CKΚС][ \t]?\(\d{4}\)[ \t]?\d{1,4}(?:[ \t]{1,3}${COMMISSION_FINAL})?|(?<=\p{L})\/\d{1,2}(?![\d/])|\+|,|;|and|et|und|[-–](?=[ \t]{0,3}(?:${COMMISSION_REFERENCE}|(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2})))(?![\p{L}\d]))+`,
  'uy',
);

/**
 * The document a declassified or partially released version releases, as its note above the header names it under `of
 * document:` (`des Dokuments:`, `du document:` …): its number with its suffixes, and the marking it bore (`9876/25 LIMITE`,
 * `8812/1/19 REV 1 RESTREINT UE/EU RESTRICTED`); never a code run on after it (`LIMITE 3 June 2025` is no code `LIMITE 3`).
 */
const RELEASED_DOCUMENT = new RegExp(
  String.raw`\s*(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?!\d)(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})*(?:[ \t]{1,3}${MARKING_SOURCE})?(?![\p{L}\d])`,
  'uy',
);

/**
 * The status a declassified version gives the document it releases, under `new status:` (`neuer Status:`, `nouveau
 * statut:` …): public, in the 24 languages, as printed or in capitals.
 */
const NEW_STATUS = new RegExp(
  String.raw`\s*(?:${[
    ...['public', 'öffentlich', 'pubblico', 'público', 'publiek', 'openbaar', 'jawny', 'publiczny', 'offentlig', 'offentligt', 'julkinen', 'avalik'],
    ...['veřejný', 'verejný', 'javno', 'javen', 'nyilvános', 'viešas', 'vieša', 'publisks', 'pubbliku', 'публичен', 'обществен', 'δημόσιο', 'poiblí'],
  ]
    .flatMap((word) => [word, `${word.charAt(0).toUpperCase()}${word.slice(1)}`, word.toUpperCase()])
    .join('|')})(?![\p{L}\d])`,
  'uy',
);

/** A procedure number: `2020/0350(COD)`. */
const PROCEDURE = /\s*\d{4}\/\d{4}[ \t]?\([A-Z]{3}\)/y;

/** A clock time under `Time:`: `10.00`, `10:00`, `10h00`, the French `10 h 00`. */
const ROW_CLOCK = String.raw`\d{1,2}(?:[.:h]|[ \t]h[ \t])\d{2}`;

/** The French span in words: `de 10 h à 13 h`, `de 10 h 00 à 13 h 00`, `de 10h à 13h`. */
const WORDED_SPAN = String.raw`de[ \t]{1,3}\d{1,2}[ \t]?h(?:[ \t]?\d{2})?[ \t]{1,3}à[ \t]{1,3}\d{1,2}[ \t]?h(?:[ \t]?\d{2})?(?![\p{L}\d])`;

/**
 * An hour as a notice prints it under `Time:`, alone or as a span, with the word its language prints before or after it
 * (`10.00`, `10:00`, `10h00`, `10 h 00`, `10.00 Uhr`, `kl. 10.00`, `10.00 ч.`, `9.30 – 13.00`, `10 h 00 – 18 h 00`,
 * `10.00 – 18.00 Uhr`, `de 10 h à 13 h`): CONTACT's hours, never a telephone number (`10.00 14.00`, two rows' hours
 * run into one line, is two hours).
 */
const ROW_HOUR = String.raw`(?:${WORDED_SPAN}|(?:(?:kl|klo|plkst)\.?[ \t]{1,3})?${ROW_CLOCK}(?:[ \t]{0,3}(?:-|–)[ \t]{0,3}${ROW_CLOCK})?(?:[ \t]{1,3}(?:ч|hod|val|óra|Uhr|uur|hrs|h)\.?(?![\p{L}]))?(?![\p{L}\d])|${HOUR_WITH_WORD})`;

/**
 * A contact's address, a telephone number (or a telephone and a fax number apart by a slash: `+32.2-281.7624 /
 * +32.2-281.6081`, the fax number maybe without its country's code, as older notices print it: `+32.2.281.83.76 /
 * 281.61.45`; a slash parts two numbers only, so that a number never ends inside the other's figures) or an hour
 * (with its word for o'clock: `10.00 Uhr`), as notices of meeting print them; an hour with the word a language
 * prints before or after it (`kl. 10.00`, `klo 10.00`, `plkst. 10.00`, `10.00 ч.`, `10.00 hod.`, `10.00 val.`).
 */
const CONTACT = new RegExp(
  String.raw`\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d .()-]{5,20}\d(?:[ \t]{0,3}\/[ \t]{0,3}\+?\d[\d .()-]{5,20}\d){0,3}|${ROW_HOUR})`,
  'uy',
);

function sticky(pattern: RegExp): Shape {
  return (text, at) => {
    pattern.lastIndex = at;
    return pattern.exec(text)?.[0].length ?? 0;
  };
}

/** Whitespace, as DATES_WHOLE's opening `\s*` takes it. */
const LEADING_SPACE = /\s*/y;

/** Four figures in a row: a date's year. */
const YEAR_FIGURES = /\d{4}/g;

/**
 * Whether the line DATES_WHOLE would read at `at` (after the whitespace its match opens with) holds two runs of four
 * figures apart: each of its days prints a year, and past that whitespace its pattern takes no line break (spaces and
 * tabs, letters, figures and signs only). Most dates of a header are one day, so the pattern is rarely made.
 */
function twoYearsOnLine(text: string, at: number): boolean {
  LEADING_SPACE.lastIndex = at;
  const start = at + (LEADING_SPACE.exec(text)?.[0].length ?? 0);
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  YEAR_FIGURES.lastIndex = 0;
  const first = YEAR_FIGURES.exec(line);
  const second = first === null ? null : YEAR_FIGURES.exec(line);
  YEAR_FIGURES.lastIndex = 0;
  return second !== null;
}

/** One day as a `Time:` row prints it beside its hours: its date (DATE, any order of day, month and year), maybe with its weekday. */
const ROW_DAY = String.raw`(?:${WEEKDAY_BEFORE})?${DATE}(?:,[ \t]{1,3}${WEEKDAY})?`;

/**
 * A `Time:` row's value where a notice prints a row for each day or part of its meeting: its day, then its hour
 * (`17 February 2026, 10.00`, `2026. február 17., 10.00`, `17 февруари 2026 г.: 10.00 ч.`), or its hour, then its day in
 * brackets (`10.00 (17 February 2026)`), or its hour alone (`14.00`, `kl. 14.00`).
 */
const TIME_ROW = new RegExp(String.raw`\s*(?:${ROW_DAY}[,:]?[ \t]{1,3})?${ROW_HOUR}(?:[ \t]{1,3}\(${ROW_DAY}\))?`, 'uy');

/**
 * The length of a `Time:` row's value at `at` (TIME_ROW: a day and its hour, an hour and its day in brackets, an hour),
 * or 0 where the text there has none of these shapes.
 */
export function timeRowLength(text: string, at: number): number {
  return sticky(TIME_ROW)(text, at);
}

/**
 * A meeting's format as a notice prints it under `Format:`, by its first word, in the 24 versions: a videoconference
 * (`videoconference`, `vidéoconférence`, `Videokonferenz`, `wideokonferencja`, `τηλεδιάσκεψη`, `видеоконференция`,
 * `vaizdo konferencija`, `físchomhdháil`, `vidjokonferenza` …), a meeting in person (`In person`, `En présentiel`,
 * `Präsenzsitzung`, `Fysisk møde`, `Presencial`, `In presenza`, `Go pearsanta`, `Posiedzenie stacjonarne`, `Με φυσική
 * παρουσία`, `Присъствено` …) or a hybrid one (`hybrid`, `hybride`, `híbrida`, `ibrida`, `hibrid`, `hybrydowe`,
 * `υβριδική`, `хибридно` …), then the rest of its word; only at a word's start.
 */
const FORMAT_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${VIDEOCONFERENCE_WORD}|in person|en présentiel|présentiel|präsenz|fysisk møde|fysiskt möte|fysieke vergadering|με φυσική παρουσία|присъствен|presencial|in presenza|kohapeal|lähikokous|go pearsanta|uživo|v živo|személyes jelenléttel|fizinis posėdis|klātienē|fiżikament|posiedzenie stacjonarne|cu prezență fizică|prezenčn|hybri|hibri|hibrīd|híbri|ibrid|hübriid|hybryd|υβριδικ|хибрид)[\p{L}]*`,
  'iuy',
);

/** The length of a meeting's format word at `at` (FORMAT_WORD: `videoconference`, `In person`, `hybrid`), or 0. */
export function formatWordLength(text: string, at: number): number {
  return sticky(FORMAT_WORD)(text, at);
}

/**
 * Whether `line` is a meeting's format in words and nothing else (FORMAT_WORD: `videoconference`, `hybride`, `In
 * person`): plain pdftotext's cell of a notice's values' column, never the venue's line above it run on.
 */
export function isFormatLine(line: string): boolean {
  const text = line.trim();
  return text !== '' && formatWordLength(text, 0) === text.length;
}

/** A line that is a `Time:` row's day and its hour and nothing else (`18. februar 2026, kl. 09.30`): plain pdftotext's values' column. */
const DAY_AND_HOUR_LINE = new RegExp(String.raw`^[ \t]*${ROW_DAY}[,:]?[ \t]{1,3}${ROW_HOUR}[ \t]*$`, 'u');

/**
 * Whether `line` is a `Time:` row's day and its hour and nothing else (`18. februar 2026, kl. 09.30`, `17. února 2026,
 * 10:00`): a value of a notice's column, whose day's number is no item's (item-rows.ts).
 */
export function isDayAndHourLine(line: string): boolean {
  return DAY_AND_HOUR_LINE.test(line);
}

/** The shape of each field's value; fields without one (subject, venue) take what the next value leaves. */
const SHAPES: Readonly<Partial<Record<HeaderField, Shape>>> = {
  from: (text, at) => {
    const space = /^\s*/.exec(text.slice(at, at + 200))?.[0].length ?? 0;
    const length = correspondentLength(text, at + space);
    return length === 0 ? 0 : space + length;
  },
  // DATES_WHOLE's first day is ONE_DAY with its hours: where ONE_DAY finds none, neither does it (nor is it made, a large pattern)
  on: (text, at) => {
    const unreadStart = sticky(UNREAD_SPAN_START)(text, at);
    const spanEnd = unreadStart === 0 ? 0 : sticky(DAYS)(text, at + unreadStart);
    const oneDay = sticky(ONE_DAY)(text, at);
    return Math.max(
      spanEnd === 0 ? 0 : unreadStart + spanEnd,
      sticky(FIGURE_DAYS)(text, at),
      sticky(DAYS)(text, at),
      oneDay,
      // a span of days with the year first opens as one day does (`2026. március 17`, `2026 m. kovo 17`) or with its year (`2026. gada 17. un`)
      oneDay === 0 && !sticky(YEAR_OPENING)(text, at) ? 0 : sticky(YEAR_FIRST_DAYS)(text, at),
      oneDay === 0 || !twoYearsOnLine(text, at) ? 0 : sticky(DATES_WHOLE)(text, at),
    );
  },
  previous: sticky(REFERENCES),
  // the annexes after the word for final without a dash, the subject after them on their line, may be the subject's
  commission: (text, at) => withoutUndashedAnnexes(text, at, sticky(REFERENCES)(text, at)),
  interinstitutional: sticky(PROCEDURE),
  // a declassified version's note (`of document:`, `dated:`, `new status:`): the released document, its day, its new status
  note: (text, at) => sticky(RELEASED_DOCUMENT)(text, at) || sticky(DAY)(text, at) || sticky(NEW_STATUS)(text, at),
  // a cover note's date of receipt (`Date of receipt:`, `Datum přijetí:`) is a day; a notice's contact, time or venue a contact
  other: (text, at) => sticky(CONTACT)(text, at) || sticky(DAY)(text, at),
};

/** The length of the value of `field` at `at`, from its shape; 0 when the text there has not got it. */
export function valueLength(field: HeaderField, text: string, at: number): number {
  const shape = SHAPES[field === 'to' ? 'from' : field];
  return shape === undefined ? 0 : shape(text, at);
}

/**
 * A distribution code with its number (`JAI 921`), but not the series and number of a register-form reference (`ST 9876
 * 2025 REV 1`), nor a word for annex with a number (`ANNEXES 1 to 3 to the Proposal …` opening the next cell).
 */
const CODE_AT = new RegExp(
  String.raw`[ \t\n]*(?!${REGISTER_REFERENCE})(?!(?:${ANNEX_WORDS_SOURCE})[ \t])([A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5})(?![\p{L}\d/])`,
  'uy',
);

/** The distribution codes printed right at `at` (`EUROJUST 59 EPPO 20`, as two-column headers read across give them), and their length. */
export function codesAt(text: string, at: number): { codes: string[]; length: number } {
  const pattern = CODE_AT;
  const codes: string[] = [];
  let position = at;
  for (pattern.lastIndex = position; ; pattern.lastIndex = position) {
    const match = pattern.exec(text);
    if (match === null) break;
    codes.push((match[1] ?? '').replace(/\s+/g, ' '));
    position = pattern.lastIndex;
  }
  return { codes, length: position - at };
}

/** One line of a codes column alone: a code with its number (`JAI 1769`) or one the vocabulary prints bare (`CEPOL`). */
const CODE_COLUMN_LINE = /^[ \t]*([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?:[ \t](\d{1,5}))?[ \t]*$/;

/** The fewest lines a codes column printed apart holds (one code alone is no column: it may be a heading). */
const FEWEST_COLUMN_CODES = 2;

/** A marking the codes column prints above its codes (`LIMITE`, `RESTREINT UE/EU RESTRICTED`). */
const COLUMN_MARKING = new RegExp(String.raw`^[ \t]*${MARKING_SOURCE}[ \t]*$`);

/**
 * The header's codes column printed after blank lines under the last value, as plain `pdftotext` prints a right-hand
 * column that ran beside the labels' rows after their values (`Internal Security (COSI)`, blank, `COSI 237` / `JAI 1769`
 * / `CEPOL` / … / `FRONTEX`, blank; a marking above the codes, `LIMITE`): the column's text (from its first line) and
 * the length of `text` up to the blank line after it, where `text` (from a blank line) holds two codes or more, one
 * with its number, each alone on its line, then a blank line or nothing (with `runOn`, as a copy without blank lines
 * prints the body right under the column, any line that is no code); else null.
 */
export function codesColumnBelow(text: string, runOn = false): { start: number; text: string; length: number } | null {
  let codes = 0;
  let numbered = false;
  const start = /^\s*/.exec(text)?.[0].length ?? 0;
  let at = start;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    if (line.trim() === '') break;
    const code = CODE_COLUMN_LINE.exec(line);
    const isCode = code !== null && (code[2] !== undefined || BARE_CODES.has(code[1] ?? ''));
    if (!isCode && runOn && codes >= FEWEST_COLUMN_CODES) break;
    if (!isCode && (codes > 0 || !COLUMN_MARKING.test(line))) return null;
    if (isCode) codes += 1;
    numbered ||= code?.[2] !== undefined;
    at = end === -1 ? text.length : end + 1;
  }
  return codes >= FEWEST_COLUMN_CODES && numbered ? { start, text: text.slice(start, at), length: at } : null;
}

/** The most lines of values a codes column is looked for under (the header's values, never the body's paragraphs). */
const VALUE_LINES_BEFORE_CODES = 16;

/**
 * The header's codes column a copy without blank lines prints right under the subject's last line, the body under it
 * (`… Internal Security (COSI)` / `COSI 237` / `JAI 1769` / … / `FRONTEX` / `18 November 2025`): the offset of the
 * line break above it in `value`, the column's text and where it starts, and the offset after it; null where no line of
 * `value` opens one.
 */
export function codesColumnInValue(value: string): { at: number; start: number; text: string; end: number } | null {
  let lines = 0;
  for (let at = value.indexOf('\n'); at !== -1 && lines < VALUE_LINES_BEFORE_CODES; at = value.indexOf('\n', at + 1), lines += 1) {
    if (value.slice(0, at).trim() === '') continue;
    const column = codesColumnBelow(value.slice(at), true);
    if (column !== null) return { at, start: at + column.start, text: column.text, end: at + column.length };
  }
  return null;
}

/** A word of a code (`JAI`, `CFSP/PESC`), and a code's number. */
const CODE_WORD = /^[A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?$/;
const CODE_NUMBER = /^\d{1,5}$/;

/** The most words looked at from a value's end for the codes column (a header's codes, never a paragraph). */
const TRAILING_CODE_WORDS = 60;

/**
 * Where the header's codes column run on after a value's last word starts (a page run into one line: `… Internal
 * Security (COSI) COSI 237 JAI 1769 CEPOL EUDA`, `… for 2013 LIMITE JAI 412 COSI 64`): the offset of its first code,
 * or of the marking above them, where the value ends in two codes or more, one with its number, after words of its
 * own; else null. A column lists each code's word once, so a word printed bare that the column already holds is the
 * value's own last word (`… on the proceedings of COSI COSI 38 JAI 236`: the subject ends `… of COSI`).
 */
export function trailingCodesColumn(value: string): number | null {
  const words = [...value.slice(-TRAILING_CODE_WORDS * 8).matchAll(/\S+/g)];
  const base = Math.max(0, value.length - TRAILING_CODE_WORDS * 8);
  const listed = new Set<string>();
  let codes = 0;
  let numbered = false;
  let first: number | null = null;
  let index = words.length - 1;
  while (index >= 0) {
    const word = words[index]?.[0] ?? '';
    const before = words[index - 1]?.[0] ?? '';
    if (CODE_NUMBER.test(word) && CODE_WORD.test(before)) {
      numbered = true;
      listed.add(before);
      index -= 2;
    } else if (BARE_CODES.has(word) && !listed.has(word)) {
      listed.add(word);
      index -= 1;
    } else break;
    codes += 1;
    first = base + (words[index + 1]?.index ?? 0);
  }
  if (codes < FEWEST_COLUMN_CODES || !numbered || first === null) return null;
  const marking = words[index]?.[0] === 'LIMITE' ? base + (words[index]?.index ?? 0) : first;
  return value.slice(0, marking).trim() === '' ? null : marking;
}

/** A code's word and number, or a code the vocabulary prints bare, from a position: one token of the codes column. */
const CODE_TOKEN = /[ \t]*([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?)(?:[ \t](\d{1,5}))?(?![\p{L}\p{N}/.])/uy;

/** The most codes a header's column lists. */
const MOST_CODES = 40;

/**
 * The length of the codes run at `at` in `text` (a page run into one line: the codes column printed where the body
 * seems to open, `COSI 240 1. Adoption of the agenda`), up to the first word that is none; 0 where the run is followed
 * by a word in small letters (`COSI took note`: the body's sentence, no code).
 */
export function codesRunAt(text: string, at: number): number {
  let position = at;
  for (let count = 0; count < MOST_CODES; count += 1) {
    CODE_TOKEN.lastIndex = position;
    const match = CODE_TOKEN.exec(text);
    if (match === null || (match[2] === undefined && !BARE_CODES.has(match[1] ?? ''))) break;
    position = CODE_TOKEN.lastIndex;
  }
  return /^[ \t]+\p{Ll}/u.test(text.slice(position, position + 3)) ? 0 : position - at;
}
