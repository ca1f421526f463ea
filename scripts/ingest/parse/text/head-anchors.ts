/** The shapes the part of a header above its labels is read from, as named patterns; whitespace may be line breaks. */
import { NUMERIC_DATE } from './date-expressions.ts';
import { DATE_JOINERS, HOUR_IN_BRACKETS, MONTHS, NOT_ASSOCIATION_SERIES, WEEKDAYS } from './vocabulary.ts';
import { wordAlternation } from './word-trie.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** Month names and abbreviations in lower case, capitalised (each word: `Meán Fómhair`) and in capitals, as one alternation grouped by their beginnings. */
export const MONTH = wordAlternation([...MONTHS.keys()].flatMap((name) => [name, capitalised(name), name.toUpperCase()]));

/** A name with each word's first letter in capitals (`Meán Fómhair`). */
function capitalised(name: string): string {
  return name.replace(/(?<![\p{L}])\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/**
 * The Maltese article before a day's number (`it-3 ta' Marzu 2026`, `is-17 u t-18 ta' Marzu 2026`, `il-5`, `id-19`,
 * `l-4`; after the joiner `u` without its vowel), not inside a word (`tat-18`, the article after `ta'`, is read from the day).
 */
const DAY_ARTICLE = String.raw`(?:(?<![\p{L}])i?[ltsd]-)?`;

/**
 * A date with its day first: `3 May 2019`, `1er mai 2019`, `3rd May 2019`, `3. Mai 2019`, `13June2012`, `3 de mayo de
 * 2019`, `1 grudnia 2016 r.`, `3 май 2019 г.`, `3rd of May 2019`, `3 May, 2019`.
 */
const DAY_FIRST = String.raw`${DAY_ARTICLE}\d{1,2}(?:er|st|nd|rd|th|\.)?[ \t]{0,3}(?:(?:de|ta['’]|of)[ \t]{1,3})?(?:${MONTH})\.?,?[ \t]{0,3}(?:de[ \t]{1,3})?\d{4}(?:[ \t](?:r|г)\.|\.(?![\p{L}\p{N}]))?`;

/** A date with its month first, as some copies print it in English: `March 3, 2026`, `June 12 2025`, `March 3rd, 2026`. */
const MONTH_FIRST = String.raw`(?:${MONTH})\.?[ \t]{1,3}\d{1,2}(?:st|nd|rd|th)?,?[ \t]{1,3}\d{4}(?!\d)`;

/** A date with its year first: `2019. május 3.`, `2019 m. gegužės 3 d.`, `2019. gada 3. maijā`. */
export const YEAR_FIRST = String.raw`\d{4}\.?[ \t]{1,3}(?:m\.[ \t]{1,3}|gada[ \t]{1,3})?(?:(?:${MONTH})[ \t]{1,3}\d{1,2}\.?(?:[ \t]d\.)?|\d{1,2}\.[ \t]{1,3}(?:${MONTH}))`;

/** A date as the headers of every language print it (a copy that lost its spaces too: `13June2012`; an English copy's month first: `March 3, 2026`). */
export const DATE = String.raw`(?:${DAY_FIRST}|${YEAR_FIRST}|${MONTH_FIRST})`;

/** The words that join two days in the 24 languages (`16 i 17 kwietnia`, `16 и 17 април`, `16 és 17`, `3 un 4`), each a whole word. */
export const DAY_JOINER = String.raw`(?:${[...DATE_JOINERS].filter((word) => /^\p{L}+$/u.test(word)).join('|')})(?![\p{L}])`;

/** One or two days before the day a date's month follows, joined by a word or a dash (`3 and `, `3. und `, `3–`, `2, 3 and `). */
const DAYS_BEFORE = String.raw`(?:${DAY_ARTICLE}\d{1,2}(?:er|st|nd|rd|th|\.)?(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3}${DAY_JOINER}[ \t]{1,3}|[ \t]{0,2}[-–][ \t]{0,2})){1,2}`;

/** One or two days after the day of a date with its year first (` ir 4`, `–4.`, ` és 4.`). */
const DAYS_AFTER = String.raw`(?:(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3}${DAY_JOINER}[ \t]{1,3}|[ \t]{0,2}[-–][ \t]{0,2})\d{1,2}\.?){1,2}`;

/**
 * The days of a place and date line that dates a document over two days or more, in the forms its versions print: day
 * first (`3 and 4 March 2026`, `3. und 4. März 2026`, `les 3 et 4 mars 2026`, `3-4 March 2026`) or the year first
 * (`2026. gada 3. un 4. martā`, `2026 m. kovo 3 ir 4 d.`, `2026. március 3–4.`); the first day is the document's date.
 */
export const DAYS_DATE = String.raw`(?:${DAYS_BEFORE}${DAY_FIRST}|\d{4}\.?[ \t]{1,3}(?:gada[ \t]{1,3}${DAYS_BEFORE}\d{1,2}\.[ \t]{1,3}(?:${MONTH})|(?:m\.[ \t]{1,3})?(?:${MONTH})[ \t]{1,3}\d{1,2}\.?${DAYS_AFTER}(?:[ \t]d\.)?))`;

/** The words of the days of the week lower case, capitalised and in capitals, and the Irish `hAoine` (Friday) as printed. */
const WEEKDAY_WORD = wordAlternation([...[...WEEKDAYS].flatMap((name) => [name, capitalised(name), name.toUpperCase()]), 'hAoine']);

/**
 * A day of the week as a date prints it (`Dienstag`, `Dé Máirt`, the Maltese `it-Tlieta`, the Portuguese `terça-feira`):
 * lower case, capitalised or in capitals; the Maltese article capitalised too where the day line opens with it
 * (`It-Tlieta, is-17 ta' Marzu 2026`, `L-Erbgħa`).
 */
export const WEEKDAY = String.raw`(?:(?:it|l|il|is|It|Il|Is|IT|L|IL|IS)-)?(?:${WEEKDAY_WORD})(?:(?:[ \t]{1,3}|-)(?:${WEEKDAY_WORD}))?(?![\p{L}])`;

/**
 * One day of the week or two joined, as a date of two days prints them after it (`2026. gada 17. un 18. martā, otrdiena
 * un trešdiena`, `2026 m. kovo 17 ir 18 d., antradienis ir trečiadienis`, `2026. március 17–18., kedd–szerda`) or before
 * it (`teisipäev ja kolmapäev, 17. ja 18. märts 2026`).
 */
export const TWO_WEEKDAYS = String.raw`${WEEKDAY}(?:(?:[ \t]{1,3}${DAY_JOINER}[ \t]{1,3}|[ \t]{0,2}[-–][ \t]{0,2})${WEEKDAY})?`;

/** A day of the week before its date, with what stands between them (`Dienstag, `, `tirsdag den `, `terça-feira, `). */
export const WEEKDAY_BEFORE = String.raw`${WEEKDAY},?[ \t]{1,3}(?:den[ \t]{1,3})?`;

/**
 * A date maybe with its day of the week before it (`Dienstag, 17. Februar 2026`, `tirsdag den 17. februar 2026`) or
 * after a date with its year first (`2026. február 17., kedd`): a header's value, an agenda's day heading.
 */
export const DATE_WITH_WEEKDAY = String.raw`(?:${WEEKDAY_BEFORE})?(?:${DAY_FIRST}|${YEAR_FIRST}(?:,?[ \t]{1,3}${WEEKDAY})?)`;

/**
 * A line that is a date and nothing else, maybe with its day of the week and the hour in brackets after it (an agenda's
 * day heading, `Dienstag, 17. Februar 2026 (10.00 Uhr)`): a value printed under its label's column or a heading, never
 * the wrapped rest of the line above.
 */
export const DATE_LINE = new RegExp(String.raw`^[ \t]*${DATE_WITH_WEEKDAY}(?:[ \t]*${HOUR_IN_BRACKETS})?[ \t]*$`, 'u');

/**
 * A line that is two days or more of one month and nothing else (`17 and 18 March 2026`, `17.–18. märts 2026`, `2026.
 * március 17–18.`, `2026 m. kovo 17–18 d.`, `2026. gada 17. un 18. martā`, `is-17 u t-18 ta' Marzu 2026`), maybe with its
 * days of the week before or after it (`…, otrdiena un trešdiena`) and the hour in brackets: a notice's `Date:` value under its label's column, as DATE_LINE's one day is.
 */
export const DAYS_LINE = new RegExp(
  String.raw`^[ \t]*(?:${TWO_WEEKDAYS},?[ \t]{1,3}(?:den[ \t]{1,3})?)?${DAYS_DATE}(?:,?[ \t]{1,3}${TWO_WEEKDAYS})?(?:[ \t]*${HOUR_IN_BRACKETS})?[ \t]*$`,
  'u',
);

/**
 * What stands between a place and its date: a comma (`Brussels, 3 May 2019`), maybe with an article (`Bruxelles, le`,
 * `Brüssel, den`, `Brussels, the 3rd of May`), or spaces alone, as the Swedish `Bryssel den 7 september 2017`, the Czech
 * `Brusel 3. května 2019`, the older Czech and Slovak `V Bruselu dne 3. května 2011`, `V Bruseli dňa 3. mája 2011`
 * print it, and a copy that lost the comma (`Brussels 3 March 2026`).
 */
const PLACE_DATE_GAP = String.raw`(?:[ \t]{0,3},\s{0,3}(?:(?:les?|den|the)[ \t]{1,3})?|(?:[ \t]{1,3}(?:dne|dňa|den|le|the))?[ \t]{1,3})`;

/**
 * The place (one word, or The Hague, or the Irish An Bhruiséil; never a day of the week or a month) and date of issue:
 * `Brussels, 3 May 2019`, `Bruxelles, le 3 mai 2019`, `Brüssel, den 3. Mai 2019`, the Swedish `Bryssel den 7 september
 * 2017` and the Czech `Brusel 3. května 2019` without a comma, a date in figures (`Brussels, 3.3.2026`, `Bruxelles, le
 * 03.03.2026`, `Brussels, 3-3-2026`), a date after its day of the week (`Luxembourg, Tuesday 3 March 2026`, `Bruxelles,
 * le mardi 3 mars 2026`), over two days (`Brussels, 3 and 4 March 2026`, `Bruxelles, les 3 et 4 mars 2026`), with the
 * date of distribution older documents add (`(05.11)`). Group: the place.
 */
export const PLACE_DATE = new RegExp(
  String.raw`((?:The|La|Den)[ \t](?:Hague|Haye|Haag)|An[ \t]Bhruiséil|V[ \t](?:Bruselu|Bruseli|Lucemburku)|(?!${WEEKDAY}|(?:${MONTH})(?![\p{L}]))\p{Lu}[\p{L}'’-]{2,30})${PLACE_DATE_GAP}(?:(?:${WEEKDAY_BEFORE})?(?:${DAYS_DATE}|${DATE})|${NUMERIC_DATE})(?:\s{0,3}\(\d{1,2}\.\d{1,2}\))?`,
  'u',
);

/**
 * A date alone on its line in the part of a header above its labels, with no place before it (`3 March 2026`,
 * `Tuesday, 3 March 2026`, `03.03.2026`): the date of issue of a copy that lost its place.
 */
export const DATE_ALONE = new RegExp(String.raw`(?<=^|\n)[ \t]*(?:(?:${WEEKDAY_BEFORE})?${DATE}|${NUMERIC_DATE})[ \t]*(?=\n|$)`, 'u');

/** The original's languages, group 1: `(OR. en)`, `(Or. fr)`, `(OR. en, fr)` — a document drafted in two gives both. */
export const ORIGINAL_LANGUAGE = /\((?:OR|Or|or)\.?[ \t]{0,3}([A-Za-z]{2}(?:[ \t]{0,2},[ \t]{0,2}[A-Za-z]{2}\b){0,5})\b[^()\n]{0,30}\)/;

/** Version suffixes of a number: revision, addendum, corrigendum, partial access (`EXT`), declassification (`DCL`), amendment (`AMD`). */
const SUFFIX = String.raw`(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}(?!\d)`;

/**
 * A number's slash as a copy may print it: a space before or after it (`6789 /26`, `6789/ 26`, `6789 / 26`), or a line
 * break after it where a page run into lines wrapped the number (`6789/1/` / `26 REV 1`).
 */
const SLASH = String.raw`[ \t]?/(?:[ \t]|\n[ \t]*)?`;

/** A number in the register's form: series, number and full year apart, then `INIT` or (left to the suffixes after it) a version suffix. */
const REGISTER_FORM = String.raw`(?:CM|ST|EUCO|SN|XT|DS|PE-CONS|WK)[ \t]{1,3}(?!0)\d{1,6}[ \t]{1,3}(?:19|20)\d{2}(?=[ \t]{1,3}(?:INIT|${VERSION_SUFFIX_WORDS})(?![\p{L}]))(?:[ \t]{1,3}INIT)?`;

/**
 * The document's number, not glued to other digits, slashes, letters or a hyphen between digits: `8812/19`,
 * `8812/1/19 REV 1` (the suffix may stand on the next line, or after the wide gap a `-layout` page run into one line
 * leaves where it stood under the number in the header's right column; a space or a line break around a slash: `8812 /19`), `CM 4911/25`, `ST 8812/19`, the European Council's `EUCO 7/10`, a meeting room document's `SN 2345/25` (and the
 * other series the register keeps apart: `XT 20001/25`, `DS 1234/25`, `PE-CONS 12/25`), a working
 * document's `WK 3456/2025 INIT` (its year on four digits or two, `INIT` for the first version), a number in the form the
 * register lists it (`ST 6789 2026 INIT`, `ST 6789 2026 REV 1`: series, number and full year apart, then `INIT` or a
 * version suffix, as a copy of the register's page prints it); not the `12/12` of a range of
 * days `11-12/12-08` that a parliament prints above a document it files, nor a date `24/06/13`, `05/12/22` (neither
 * a number nor a revision's number has a leading zero), nor the number of an association council's series (`UE-UA 2101/25`).
 */
export const DOCUMENT_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.]|\d-)${NOT_ASSOCIATION_SERIES}(?:(?:(?:CM|ST|EUCO|SN|XT|DS|PE-CONS)[ \t]{1,3})?(?!0\d)\d{1,6}(?:${SLASH}(?!0)\d{1,2})?${SLASH}\d{2}|WK[ \t]{1,3}(?!0)\d{1,6}/(?:(?:19|20)\d{2}|\d{2})(?:[ \t]{1,3}INIT)?|${REGISTER_FORM})(?![\p{N}/]|-\d)(?:(?:[ \t]{1,80}|[ \t]*(?:\n[ \t]*){1,2})${SUFFIX}){0,3}`,
  'u',
);

/** A document number whose figures before the first slash a copy dropped (`Brussels, 4 November /1/11 REV 1`): it names no document. */
export const CUT_NUMBER = new RegExp(String.raw`(?<=\s)\/(?:[1-9]\d?\/)?\d{2}(?:[ \t](?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})*(?=\s|$)`);

/** The procedure number of an interinstitutional file: `2020/0350(COD)`, `2013/0256 (COD)`. */
export const PROCEDURE = /^\s*(\d{4}\/\d{4})\s?\(\s?([A-Z]{3})\s?\)/;

/** The same procedure number anywhere after a space, as `pdftotext -layout` prints it after the right-hand column's line. */
export const PROCEDURE_AFTER_SPACE = /(?<=\s)(\d{4}\/\d{4})\s?\(\s?([A-Z]{3})\s?\)/;

/**
 * The types of procedure an interinstitutional file's number ends with in the register's headers: the ordinary
 * legislative procedure (`COD`), consultation (`CNS`), non-legislative (`NLE`), consent (`APP`), budget (`BUD`), and the
 * older cooperation (`SYN`) and assent (`AVC`) procedures.
 */
const PROCEDURE_TYPES = ['COD', 'CNS', 'NLE', 'APP', 'BUD', 'SYN', 'AVC'] as const;

/**
 * A procedure number standing without its label in the part of a header above the labels, as a page run into one line
 * or a copy that lost the left-hand column's label prints it beside the original's language (`(OR. en) 2025/0123 (COD)`):
 * a whole word, its type one the register prints.
 */
export const BARE_PROCEDURE = new RegExp(String.raw`(?<![\p{L}\p{N}/])(\d{4}\/\d{4})[ \t]?\([ \t]?(${PROCEDURE_TYPES.join('|')})[ \t]?\)`, 'u');

/** The LIMITE marking. */
export const LIMITE = /(?<![\p{L}])LIMITE(?![\p{L}])/gu;

/**
 * The PUBLIC marking a header prints where a LIMITE document prints LIMITE (under the number, or above the Council's
 * name), in capitals and in English in every language version, as the register prints it over a Greek, Polish or
 * Finnish header (`PUBLIC` / `Συμβούλιο της Ευρωπαϊκής Ένωσης`): at a line's start or after a column's gap, or, in a
 * page run into one line, after what a header prints before it (the number, its suffix, LIMITE, the `Conseil UE`
 * stamp, `(OR. en)`); never a word of a title in capitals (`PROTECTION OF PUBLIC SPACES`, `ORDRE PUBLIC`) nor of a
 * sentence (`not to be made public`); with the dot a transcription prints after each line (`PUBLIC.`), kept as printed.
 */
export const PUBLIC_MARKING = /(?<=^|\n|[ \t]{2}|(?:LIMITE|UE|\/\d{2}|\)|(?:REV|ADD|COR|EXT|DCL)[ \t]?\d{1,2})[ \t])PUBLIC(?:\.(?=\s|$))?(?![\p{L}])/gu;

/** A distribution code word: `COSI`, `CFSP/PESC`, `JAI`, and the two-word codes of the European Council's and the Council's agendas, summary records and press releases (`CO EUR-PREP`, `OJ CONS`, `CRS CRP`, `PR CO`). */
const CODE_WORD = String.raw`(?:(?:CO|OJ|CRS)[ \t](?=[A-Z]{3})|PR[ \t](?=CO[ \t]))?[A-Z][A-Z0-9]{1,15}(?:[/-][A-Z][A-Z0-9]{0,15}){0,2}`;

/** A distribution code with its number: `COSI 71`, `CFSP/PESC 150`, wherever line breaks fall. */
export const NUMBERED_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}/])${CODE_WORD}[ \t]{1,3}\d{1,5}(?![\p{N}/.,]\d|[\p{L}])`, 'gu');

/** A code word standing alone (`CEPOL`), to be checked against the known codes or its line. */
export const BARE_CODE = new RegExp(String.raw`(?<![\p{L}\p{N}/])${CODE_WORD}(?![\p{L}\p{N}/])`, 'gu');
