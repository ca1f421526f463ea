/**
 * The other places a font that dropped a capital letter leaves it out (dropped-letter.ts finds which letter): a glyph
 * the extraction printed as U+FFFD (`COU�CIL`, `PERMA�E�T`, `�ovember`, a footer's `E�/FR`), and a word of small
 * letters whose capital was dropped at its start (`the etherlands`, `18  ovember 2011`).
 */
import { ACTOR_SPELLINGS } from '../../../../src/shared/actors.ts';
import { MONTHS } from './vocabulary.ts';

/** The character an extraction prints for a glyph its font maps to no letter. */
const REPLACEMENT = '\uFFFD';

/** A capital letter, the test of a replaced glyph's neighbour. */
const CAPITAL = /^\p{Lu}$/u;

/** A small letter, the test of a replaced glyph's right neighbour at a word's start. */
const SMALL = /^\p{Ll}$/u;

/** Any letter, the test of a replaced glyph's left neighbour at a word's start. */
const LETTER = /^\p{L}$/u;

/**
 * `text` with `letter` in place of each U+FFFD that stands where a capital letter would: beside a capital letter
 * (`COU�CIL`, `U�IO�`, `E�/FR`) or opening a word before a small letter (`�ovember`, `�etherlands`). A U+FFFD between two
 * small letters, or standing alone, was another glyph and stays; every other character as printed.
 */
export function restoreReplacedLetter(text: string, letter: string): string {
  if (!text.includes(REPLACEMENT)) return text;
  return text.replace(/\uFFFD/gu, (found: string, at: number) => {
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    if (CAPITAL.test(before) || CAPITAL.test(after)) return letter;
    return SMALL.test(after) && !LETTER.test(before) ? letter : found;
  });
}

/**
 * The words whose capital a font may drop at their start, lower case: the months of the versions (`November`,
 * `novembre`) and the one-word names of delegations and bodies the actor vocabulary knows (`Netherlands`).
 */
const CAPITALISED_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(),
  ...[...ACTOR_SPELLINGS.keys()].filter((spelling) => /^\p{Lu}\p{Ll}+$/u.test(spelling)).map((spelling) => spelling.toLowerCase()),
]);

/** A word of small letters after a space or a line's start, and the spaces between that space and it (one where the glyph stood: `18  ovember`). */
const SMALL_WORD = /(?<=^|[ \t])([ \t]{0,3})(\p{Ll}+)(?![\p{L}\p{N}\uFFFD])/gmu;

/**
 * `text` with the capital `letter` put back at the start of a word of small letters that lacks it (`the etherlands` →
 * `the Netherlands`, `18  ovember 2011` → `18 November 2011`, the space the glyph left taken out): only where the word
 * with it is a month or a delegation's name and the word as printed is no such word; every other character as printed.
 */
export function restoreLetterAtWordStart(text: string, letter: string): string {
  const small = letter.toLowerCase();
  if (small === letter) return text;
  return text.replace(SMALL_WORD, (found: string, spaces: string, word: string) => {
    if (CAPITALISED_WORDS.has(word) || !CAPITALISED_WORDS.has(`${small}${word}`)) return found;
    return `${spaces.slice(1)}${letter}${word}`;
  });
}
