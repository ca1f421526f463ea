/** The language versions a part of a document concerns alone, as its header prints them after its number: `7402/24 COR 1 (fr)`. */
import { LANGUAGE_MARKS } from '../text/header-vocabulary.ts';
import { VERSION_LANGUAGES_SOURCE } from '../text/vocabulary.ts';

/** The brackets right after a number, on its line or the next (`7402/24` / `COR 1 (fr)` is one number for the anchors). */
const AFTER_NUMBER = new RegExp(String.raw`^[ \t]*(?:\n[ \t]*)?(${VERSION_LANGUAGES_SOURCE})`);

/** What the brackets say: where they stand in the text, the languages (lower case, in order) and the brackets as printed. */
export interface ConcernedLanguages {
  start: number;
  end: number;
  codes: string[];
  printed: string;
}

/**
 * The language versions the brackets right after a number ending at `end` name, each an official language's code
 * (`(fr)`, `(de, nl)`: a corrigendum of those versions alone); null where there are none, or a code is no official
 * language's (`(ab)`).
 */
export function concernedLanguages(text: string, end: number): ConcernedLanguages | null {
  const match = AFTER_NUMBER.exec(text.slice(end));
  const printed = match?.[1];
  if (match === null || printed === undefined) return null;
  const codes = printed
    .slice(1, -1)
    .split(',')
    .map((code) => code.trim());
  if (!codes.every((code) => LANGUAGE_MARKS.has(code.toUpperCase()))) return null;
  const start = end + match[0].length - printed.length;
  return { start, end: start + printed.length, codes: codes.map((code) => code.toLowerCase()), printed };
}
