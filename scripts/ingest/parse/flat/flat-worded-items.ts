/** Where a page run into one line is cut before the items an agenda numbers with a word or a bracket (`Item 2:`, `2)`). */
import { WORDED_NUMBER_CLOSE, WORDED_NUMBER_SOURCE } from '../text/item-numbers.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/**
 * An item's number with its word or bracket inside a line, after a space and before its title's capital (`… CM
 * 5123/25. Item 2: Information from the Presidency …`, `… 2. punkts: Informācija …`, `… adopted. 2) Information …`,
 * a Spanish question after its inverted mark, `… de 2026: 1) ¿Están de acuerdo …? 2) ¿En qué …?`);
 * groups: the number after a word, before a word, in brackets. Each place is tried once with a bounded match: linear.
 */
const WORDED_INSIDE = new RegExp(String.raw`(?<=\s)${WORDED_NUMBER_SOURCE}[ \t]+(?=["“„(¿¡]?\p{Lu})`, 'gu');

/**
 * WORDED_INSIDE without its look-behind, for `test`: every place WORDED_INSIDE matches it matches too, so a line it does
 * not find is searched no further. Led by the number's word, digit or bracket, it is tried where one stands (V8 checks
 * a place's first characters before it runs the pattern there), not at every space as the look-behind has it; most long
 * lines with a digit closed as an item's is (`… ADD 1. The …`) hold no such number before a capital.
 */
const WORDED_SOMEWHERE = new RegExp(String.raw`${WORDED_NUMBER_SOURCE}[ \t]+(?=["“„(¿¡]?\p{Lu})`, 'u');

/** A sentence's end before a number in brackets, a footnote's call after it aside (`… the meeting.1 1) Adoption …`, `meeting.^1 1)`). */
const SENTENCE_BEFORE = /[.;:!?]["'”’)\]]{0,2}(?:\^?\{?\d{1,3}\}?)?\s*$/;

/** How far back a sentence's end is looked for. */
const BEFORE_REACH = 12;

/**
 * The offsets where a line is cut before its items numbered with a word or a bracket, and the last number it holds
 * (`previous`, counted on from the lines before, null before the first). An item is cut where its number follows the
 * last in sequence (the first being 1), and a number in brackets, which a list inside a sentence prints too
 * (`… agreed: 1) to …`), only after a sentence's end — the first also after a title (the subject right above it) where
 * the second follows it after a sentence's end; numbers in one line are all of one kind.
 */
export function wordedCuts(text: string, previous: number | null): { cuts: number[]; last: number | null } {
  // most lines hold no digit closed as an item's number is: the search at every space is skipped
  if (!WORDED_NUMBER_CLOSE.test(text) || !WORDED_SOMEWHERE.test(text)) return { cuts: [], last: previous };
  const cuts: number[] = [];
  let last = previous;
  let bracketed: boolean | null = null;
  // A first item in brackets after no sentence's end (`… on 18 and 19 November 2025 1) Adoption …`, right under the
  // subject), cut only once the next item in brackets follows it after a sentence's end.
  let firstAfterTitle: number | null = null;
  for (const match of allMatches(WORDED_INSIDE, text)) {
    const inBrackets = match[3] !== undefined;
    const number = Number(match[1] ?? match[2] ?? match[3]);
    if (!Number.isInteger(number) || (bracketed !== null && bracketed !== inBrackets)) continue;
    const afterSentence = !inBrackets || SENTENCE_BEFORE.test(text.slice(Math.max(0, match.index - BEFORE_REACH), match.index));
    if (firstAfterTitle !== null && number === 2 && inBrackets && afterSentence && last === null) {
      cuts.push(firstAfterTitle);
      last = 1;
      bracketed = true;
    }
    if (number !== (last ?? 0) + 1 && number !== 1) continue;
    if (!afterSentence) {
      if (number === 1 && last === null) firstAfterTitle = match.index;
      continue;
    }
    cuts.push(match.index);
    last = number;
    bracketed = inBrackets;
  }
  return { cuts, last };
}
