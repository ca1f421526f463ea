import { MONTH_NAMES, MONTH_OTHER_FORMS } from './vocabulary.ts';

/**
 * How the place of a Council document is spelled in each language the ingest reads (lower case); `Bruxelles` is not
 * among them (the French, Danish, Italian, Romanian and Croatian versions all print it), nor `Bryssel` (Swedish and Finnish).
 */
const PLACE_LANGUAGES: ReadonlyMap<string, string> = new Map([
  ['brussels', 'en'],
  ['brüssel', 'de'],
  ['luxemburg', 'de'],
  ['strasbourg', 'fr'],
  ['straßburg', 'de'],
  ['bruselas', 'es'],
  ['bruxelas', 'pt'],
  ['brussel', 'nl'],
  ['bruksela', 'pl'],
  ['brusel', 'cs'],
  ['an bhruiséil', 'ga'],
  ['брюксел', 'bg'],
  ['βρυξέλλες', 'el'],
  ['brüsszel', 'hu'],
  ['briselē', 'lv'],
  ['briuselis', 'lt'],
  ['brussell', 'mt'],
  ['bruselj', 'sl'],
]);

/** The language a place name is written in (`Bruxelles` → `fr`), or null when it does not tell (`Luxembourg`). */
export function placeLanguage(place: string): string | null {
  return PLACE_LANGUAGES.get(place.toLowerCase()) ?? null;
}

/** The language a month name is written in (`novembre` → `fr`), or null when several languages spell it so (`November`). */
export function monthLanguage(month: string): string | null {
  const lower = month.toLowerCase();
  const languages = new Set(
    [...Object.entries(MONTH_NAMES), ...Object.entries(MONTH_OTHER_FORMS)].filter(([, names]) => names.includes(lower)).map(([language]) => language),
  );
  return languages.size === 1 ? ([...languages][0] ?? null) : null;
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
