import { MONTH_NAMES, MONTH_OTHER_FORMS } from '../text/vocabulary.ts';

/**
 * The languages whose versions spell a Council seat so (lower case): Brussels, Luxembourg and Strasbourg in the 24
 * official languages. Many spellings are shared — `Bruxelles` (French, Danish, Italian, Romanian, Croatian),
 * `Brüssel` (German, Estonian), `Brusel` (Czech, Slovak), `Bryssel` (Swedish, Finnish) — and tell the language only
 * with the month beside them (`placeDateLanguages`).
 */
const PLACE_LANGUAGES: ReadonlyMap<string, readonly string[]> = new Map([
  ['brussels', ['en']],
  ['bruxelles', ['fr', 'da', 'it', 'ro', 'hr']],
  ['brüssel', ['de', 'et']],
  ['bruselas', ['es']],
  ['bruxelas', ['pt']],
  ['brussel', ['nl']],
  ['bruksela', ['pl']],
  ['brusel', ['cs', 'sk']],
  // the older Czech and Slovak place and date: `V Bruselu dne 3. května 2011`, `V Bruseli 3. mája 2011`
  ['v bruselu', ['cs']],
  ['v bruseli', ['sk']],
  ['v lucemburku', ['cs']],
  ['bryssel', ['sv', 'fi']],
  ['an bhruiséil', ['ga']],
  ['брюксел', ['bg']],
  ['βρυξέλλες', ['el']],
  ['brüsszel', ['hu']],
  ['briselē', ['lv']],
  ['briuselis', ['lt']],
  ['brussell', ['mt']],
  ['bruselj', ['sl']],
  ['luxembourg', ['en', 'fr', 'da', 'et', 'hr', 'hu', 'sl']],
  ['luxemburg', ['de', 'nl', 'fi', 'ro', 'sk', 'sv']],
  ['strasbourg', ['en', 'fr', 'da', 'sv', 'fi', 'hu', 'sl', 'et', 'ro', 'hr', 'ga']],
  ['straßburg', ['de']],
]);

/** The one language of `candidates`, or null when they are none or several. */
function single(candidates: readonly string[] | null): string | null {
  return candidates?.length === 1 ? (candidates[0] ?? null) : null;
}

/** The languages a place name is written in, or null when the place is none of the seats (`Genève`). */
function placeLanguages(place: string): readonly string[] | null {
  return PLACE_LANGUAGES.get(place.toLowerCase()) ?? null;
}

/** Whether a place is one of the Council's seats as a version spells it (`Brussels`, `Bruselas`, `Luxemburg`, `V Bruselu`). */
export function isCouncilSeat(place: string): boolean {
  return placeLanguages(place) !== null;
}

/** The language a place name is written in (`Bruselas` → `es`), or null when it does not tell alone (`Bruxelles`, `Luxembourg`). */
export function placeLanguage(place: string): string | null {
  return single(placeLanguages(place));
}

/** The languages that spell a month so (`februar`: German, Danish, Slovenian), or null when no language does. */
function monthLanguages(month: string): readonly string[] | null {
  const lower = month.toLowerCase();
  const languages = new Set(
    [...Object.entries(MONTH_NAMES), ...Object.entries(MONTH_OTHER_FORMS)].filter(([, names]) => names.includes(lower)).map(([language]) => language),
  );
  return languages.size === 0 ? null : [...languages];
}

/** The language a month name is written in (`novembre` → `fr`), or null when several languages spell it so (`November`). */
export function monthLanguage(month: string): string | null {
  return single(monthLanguages(month));
}

/**
 * The language the place of a date line and the month of its date tell, each read with the other (the languages both
 * spell so): `Brüssel` with `veebruar` is Estonian, with `Februar` German, `Bruxelles` with `februar` Danish. Where
 * one says nothing or the two share no language, each tells alone. Two signals, as the place and the month are two.
 */
export function placeDateLanguages(place: string, month: string): [string | null, string | null] {
  const byPlace = placeLanguages(place);
  const byMonth = monthLanguages(month);
  const both = byPlace?.filter((language) => byMonth?.includes(language) === true) ?? [];
  return both.length === 0 ? [single(byPlace), single(byMonth)] : [single(both), single(both)];
}

/**
 * The language of a version of a document, from what its own header is written in (labels, kind line, place, month
 * names, the name of the Council): the language most of the signals give; null without signals or on a tie. The
 * `(OR. xx)` mark is the original's language and is not a signal.
 */
export function versionLanguage(signals: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const signal of signals) if (signal !== null) counts.set(signal, (counts.get(signal) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) return null;
  return first[0];
}
