/** The period a report covers, as its subject or its opening names it (`for the period January 2024 - June 2025`). */
import type { ReportPeriod } from '../../../../src/schemas/report-period.ts';
import { MONTH } from '../text/head-anchors.ts';
import { MONTHS } from '../text/vocabulary.ts';

/** One end of a period: a month and its year, a day before it maybe (`January 2024`, `1er juillet 2014`, `enero de 2024`, `stycznia 2024 r.`). Groups: month, year. */
const END = String.raw`(?:\d{1,2}(?:er|\.)?[ \t]{1,3}(?:de[ \t]{1,3})?)?(${MONTH})[ \t]{1,3}(?:de[ \t]{1,3})?(\d{4})(?:[ \t]r\.)?`;

/**
 * The words between a period's ends in the official languages besides a dash: `to`, `until`, `à`/`au`, `bis`, `a`/`al`,
 * `hasta`, `fino a`, `tot`, `do`, `až`, `till`, `tot en met`.
 */
const TO_WORDS = ['to', 'until', 'à', 'au', 'bis', 'a', 'al', 'hasta', 'fino a', 'fino al', 'tot', 'tot en met', 'do', 'až', 'till'];

/** A period: two ends apart by a dash or a word for "to" (`January 2024 - June 2025`, `de janvier 2024 à juin 2025`). */
const RANGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${END}(?:[ \t]{0,3}[-–][ \t]{0,3}|[ \t]{1,3}(?:${TO_WORDS.join('|').replaceAll(' ', String.raw`[ \t]`)})[ \t]{1,3})${END}(?![\p{L}\p{N}])`,
  'u',
);

/**
 * The word for the period a report covers, in the official languages, which a sentence of the report's opening prints
 * before the range (`This report covers the period from …`, `la période`, `Zeitraum`, `período`, `periodo`, `periode`,
 * `okres`, `období`, `időszak`, `kausi`/`kaudella`, `perioden`, `perioada`, `περίοδο`, `период`, `razdoblje`,
 * `obdobje`, `laikotarpis`, `periodā`, `perjodu`, `tréimhse`): stems, matched in lower case.
 */
const PERIOD_WORDS =
  /(?:period|période|zeitraum|período|periodo|periode|okres|obdob|időszak|kaud|kausi|perioad|περίοδ|период|razdoblj|laikotarp|perjodu|tréimhs)/u;

/** How far before the range the word for the period may stand in an opening's sentence. */
const WORD_REACH = 60;

/** The most paragraphs of the opening searched for the period. */
const OPENING_PARAGRAPHS = 3;

/**
 * A year as RANGE prints each of its two: four figures after a space or tab (a month's name or `de` before them), no
 * figure after them.
 */
const FREE_YEAR = /[ \t]\d{4}(?!\d)/g;

/**
 * Whether `text` holds two years as RANGE prints them, one after the other: where it does not, RANGE (the 24 versions'
 * months twice, some 12,000 characters) cannot match, and is neither run nor made.
 */
function holdsTwoYears(text: string): boolean {
  FREE_YEAR.lastIndex = 0;
  const two = FREE_YEAR.test(text) && FREE_YEAR.test(text);
  FREE_YEAR.lastIndex = 0;
  return two;
}

/** A month's ISO form from its printed name and year. */
function isoMonth(name: string, year: string): string | null {
  const month = MONTHS.get(name.toLowerCase());
  return month === undefined ? null : `${year}-${String(month).padStart(2, '0')}`;
}

/** The period a range in `text` names, where `needsWord` the word for a period standing before it; null where none. */
function periodIn(text: string, needsWord: boolean): ReportPeriod | null {
  if (!holdsTwoYears(text)) return null;
  const found = RANGE.exec(text);
  if (found === null) return null;
  if (needsWord && !PERIOD_WORDS.test(text.slice(Math.max(0, found.index - WORD_REACH), found.index).toLowerCase())) return null;
  const from = isoMonth(found[1] ?? '', found[2] ?? '');
  const to = isoMonth(found[3] ?? '', found[4] ?? '');
  if (from === null || to === null || to < from) return null;
  return { from, to, printed: found[0].replace(/\s+/gu, ' ') };
}

/**
 * The period a report covers: the range of two months its subject names (`Report on the proceedings of … for the
 * period January 2024 - June 2025`), else the first its opening's first paragraphs name after the word for a period
 * (`… over the 18-month reporting period (1 July 2014 - 31 December 2015)`, `Le présent rapport couvre la période de
 * janvier 2024 à juin 2025`); a range whose end comes before its start is none. Null where neither names one.
 */
export function reportPeriod(subject: string | null, opening: readonly string[]): ReportPeriod | null {
  const inSubject = subject === null ? null : periodIn(subject, false);
  if (inSubject !== null) return inSubject;
  for (const paragraph of opening.slice(0, OPENING_PARAGRAPHS)) {
    const found = periodIn(paragraph, true);
    if (found !== null) return found;
  }
  return null;
}
