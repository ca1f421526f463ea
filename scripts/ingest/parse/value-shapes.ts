import { correspondentLength } from '../../../src/shared/correspondents.ts';
import { COMMISSION_FINAL, COMMISSION_REFERENCE, REGISTER_REFERENCE } from '../../../src/shared/reference-patterns.ts';
import { DATE, DATE_WITH_WEEKDAY, DAY_JOINER as JOINERS, MONTH, WEEKDAY, WEEKDAY_BEFORE } from './head-anchors.ts';
import type { HeaderField } from './label-vocabulary.ts';
import { HOUR_WITH_WORD, MARKING_SOURCE } from './vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../src/shared/version-suffixes.ts';

/** The text a label's value may take: from `at`, its length, or 0 when the text there does not have the value's shape. */
type Shape = (text: string, at: number) => number;

/** An hour of the day: `10.00`, `10:00`, `10h00`, `10 h 00`. */
const HOUR = String.raw`(?:[01]?\d|2[0-3])(?:[.:h]|[ \t]h[ \t])[0-5]\d`;

/**
 * The hours a meeting opens or closes, printed in brackets after its day: `(10.00)`, `(10 h 00)`, `(13.00 Uhr)`, and the
 * span of an informal videoconference with its time zone, `(10.00–13.00 CET)`.
 */
const HOUR_IN_BRACKETS = String.raw`(?:[ \t]{1,3}\(${HOUR}(?:[ \t]?[-–][ \t]?${HOUR})?(?:[ \t](?:Uhr|uur))?(?:[ \t]\p{Lu}{2,5})?\))?`;

/** One or more days of a month: `18 and 19 November`, `26-27 June`, `3. Mai`, `1er`, `17 de febrero`, `17 ta' Frar`, `3 (10.00) - 4 March`. */
const DAYS_OF_MONTH = String.raw`\d{1,2}(?:er|\.)?${HOUR_IN_BRACKETS}(?:[ \t]{0,3}(?:-|–|&|,|/|${JOINERS})[ \t]{0,3}\d{1,2}(?:er|\.)?${HOUR_IN_BRACKETS})*[ \t]{1,3}(?:(?:de|ta['’])[ \t]{1,3})?(?:${MONTH})\.?`;

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
 * language prints after the year (`8 kwietnia 2011 r.`, `8 април 2011 г.`, `8. travnja 2011.`).
 */
const DAY = new RegExp(String.raw`\s*${DAYS_OF_MONTH}[ \t]{1,3}(?:de[ \t]{1,3})?\d{4}(?:[ \t](?:r|г)\.|\.(?![\p{L}\p{N}]))?`, 'uy');

/**
 * Document references with what headers print after them: `8812/19`, `10951/2/98 ENFOPOL 98 REV 2 + COR 1`, `COM(2020) 796 final`,
 * a Council and a Commission reference apart by a dash (`9068/22 - COM(2022) 209 final`, a dash before a reference only),
 * `SWD(2021) 92 final`, `ST 7641/12`, a notice's `CM 1250/26` (whole, not a code `CM 1250` and `/26`), the register's `ST 9876 2025 REV 1`, the national `KOM(2008) 68 endgültig` and the Commission's C series in each version's letter (`K(2007) 839 endgültig`).
 */
const REFERENCES = new RegExp(
  String.raw`(?:\s*(?:${REGISTER_REFERENCE}|${COMMISSION_REFERENCE}|(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2}(?!\d)|(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}|[A-Z][A-Z/]{1,15}[ \t]\d{1,5}|[CKΚС][ \t]?\(\d{4}\)[ \t]?\d{1,4}(?:[ \t]{1,3}${COMMISSION_FINAL})?|\+|,|and|et|und|[-–](?=[ \t]{0,3}(?:${COMMISSION_REFERENCE}|(?:(?:ST|CM)[ \t])?\d{3,6}(?:\/\d{1,2})?\/\d{2})))(?![\p{L}\d]))+`,
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

/**
 * A contact's address, a telephone number (or a telephone and a fax number apart by a slash: `+32.2-281.7624 /
 * +32.2-281.6081`) or an hour (with its word for o'clock: `10.00 Uhr`), as notices of meeting
 * print them; an hour with the word a language prints before or after it (`kl. 10.00`, `klo 10.00`, `plkst. 10.00`,
 * `10.00 ч.`, `10.00 hod.`, `10.00 val.`).
 */
const CONTACT = new RegExp(
  String.raw`\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ./()-]{5,20}\d(?:[ \t]{0,3}\/[ \t]{0,3}\+\d[\d ./()-]{5,20}\d){0,3}|${HOUR_WITH_WORD}|(?:(?:kl|klo|plkst)\.?[ \t]{1,3})?\d{1,2}[.:h]\d{2}(?:[ \t]?(?:-|–)[ \t]?\d{1,2}[.:h]\d{2})?(?:[ \t]{1,3}(?:ч|hod|val|óra)\.?(?![\p{L}]))?)`,
  'uy',
);

function sticky(pattern: RegExp): Shape {
  return (text, at) => {
    pattern.lastIndex = at;
    return pattern.exec(text)?.[0].length ?? 0;
  };
}

/** The shape of each field's value; fields without one (subject, venue) take what the next value leaves. */
const SHAPES: Readonly<Partial<Record<HeaderField, Shape>>> = {
  from: (text, at) => {
    const space = /^\s*/.exec(text.slice(at, at + 200))?.[0].length ?? 0;
    const length = correspondentLength(text, at + space);
    return length === 0 ? 0 : space + length;
  },
  on: (text, at) => Math.max(sticky(DAYS)(text, at), sticky(ONE_DAY)(text, at), sticky(DATES_WHOLE)(text, at)),
  previous: sticky(REFERENCES),
  commission: sticky(REFERENCES),
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

/** A distribution code with its number (`JAI 921`), but not the series and number of a register-form reference (`ST 9876 2025 REV 1`). */
const CODE_AT = new RegExp(String.raw`[ \t\n]*(?!${REGISTER_REFERENCE})([A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?[ \t]\d{1,5})(?![\p{L}\d/])`, 'uy');

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
