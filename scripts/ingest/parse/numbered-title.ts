/** Where a numbered title printed on one line ends although it is long: the next line opens the item's text. */
import { isTitleWord, opensWithOpener } from './body-start.ts';
import { readsAsClause } from './clause-opening.ts';
import { JOINT_NUMBER_SOURCE } from './item-numbers.ts';
import { ITEM_NUMBER } from './vocabulary.ts';

/**
 * A numbered line (`2.`, `3.1`, `IV.`, items taken together: `4. and 5.`) or a lettered point's (`a)`, `(b)`, the Greek
 * and Bulgarian versions' `α)`, `б)`, as normalise.ts LETTERED_POINT reads them), and the first word after its label.
 */
const NUMBERED_START = new RegExp(String.raw`^[ \t]*(?:${JOINT_NUMBER_SOURCE}|${ITEM_NUMBER}\.?|[IVX]{1,6}\.|\(?[a-zα-ωа-я]\))[ \t]+(\S+)`, 'u');

/**
 * A sentence's end inside a line: a title has none, a numbered paragraph may. Not the dot of a day or ordinal of one or
 * two figures, as German prints a date (`am 13./14. Dezember 2011`, `(1. Juli bis 31. Dezember 2011)`).
 */
const SENTENCE_INSIDE = /(?<!(?:^|[^\p{L}\p{N}])\d{1,2})[.!?]["'”’)]?\s+["“(]?\p{Lu}/u;

/** What a wrapped title's line may end on besides a word a title does not end on: a dash, slash, comma, ampersand or opening bracket. */
const OPEN_END = /[-–—/,&(]$/;

/** Words a title goes on after that are no title words of the body's sentence finder (`between Europol and …`, `such as Europol`). */
const CONTINUING_WORDS: ReadonlySet<string> = new Set([
  'between',
  'as',
  'such',
  'including',
  'into',
  'within',
  'towards',
  'under',
  'against',
  'among',
  'via',
  'than',
  'its',
  'their',
  'this',
  'these',
  'that',
]);

/**
 * Whether `below` opens the text under a numbered title (`2. Follow-up to the Council conclusions … EMPACT 2022+` over
 * `The Presidency presented …`; a lettered point's, `b) Information from the Commission on the ProtectEU agenda` over
 * `COSI took note of the information.`) rather than going on with it: the line above is a numbered title (no sentence in it,
 * not a numbered paragraph opening as a body's sentence does), it ends on a word a title may end on, and the line
 * below opens as a sentence: with an opener, or with a subject no article stands before and a verb after it
 * (`Komitet uzgodnił …`, `Udvalget tog …`).
 */
export function opensTextUnderTitle(aboveFirst: string, aboveLast: string, below: string): boolean {
  const start = NUMBERED_START.exec(aboveFirst);
  const first = start?.[1];
  if (start === null || first === undefined || !(opensWithOpener(below) || readsAsClause(below))) return false;
  const title = aboveFirst.slice(start[0].length - first.length);
  // A title may open as a sentence does where its parts are set apart (`9. The role of criminal “Hawala” … – recommendations …: presentation by …`).
  if (opensWithOpener(`${first} …`) && readsAsClause(aboveLast === aboveFirst ? title : `${title} ${aboveLast}`)) return false;
  if (SENTENCE_INSIDE.test(title) || (aboveLast !== aboveFirst && SENTENCE_INSIDE.test(aboveLast))) return false;
  const last = aboveLast.trimEnd();
  const word = /(\S+)$/.exec(last)?.[1] ?? '';
  return !OPEN_END.test(last) && !isTitleWord(word) && !CONTINUING_WORDS.has(word.toLowerCase());
}
