/** Where a numbered title printed on one line ends although it is long: the next line opens the item's text. */
import { isTitleWord, opensWithOpener } from '../header/body-start.ts';
import { readsAsClause } from './clause-opening.ts';
import { JOINT_NUMBER_SOURCE } from '../text/item-numbers.ts';
import { ITEM_NUMBER } from '../text/vocabulary.ts';

/**
 * A numbered line (`2.`, `3.1`, `IV.`, items taken together: `4. and 5.`) or a lettered point's (`a)`, `(b)`, the Greek
 * and Bulgarian versions' `α)`, `б)`, as normalise.ts LETTERED_POINT reads them) or a bulleted point's (`• EU threat assessment …`,
 * a sub-point's heading as normalise.ts CAPITAL_BULLET_POINT reads it), and the first word after its label.
 */
const NUMBERED_START = new RegExp(String.raw`^[ \t]*(?:${JOINT_NUMBER_SOURCE}|${ITEM_NUMBER}\.?|[IVX]{1,6}\.|\(?[a-zα-ωа-я]\)|[•▪◦·–-])[ \t]+(\S+)`, 'u');

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

/**
 * A word of small letters a title goes on after (`on the`, `über den`, `for`), as printed (`Annex A` ends on a letter,
 * no article), not French `an` after `par` (`deux journées par an`: a year).
 */
const SMALL_WORD_END = /(?:^|[ \t])(?<!\bpar[ \t])(\p{Ll}[\p{Ll}'’]*)[ \t]*$/u;

/**
 * Title words (isTitleWord) a title or a table's cell may end on: quantifiers, pronouns and verbs (`security for all`,
 * `wie es sein`), no article or preposition.
 */
const MAY_END: ReadonlySet<string> = new Set(
  ['all', 'most', 'several', 'some', 'many', 'alle', 'allen', 'aller', 'einige', 'mehrere', 'viele', 'alla', 'flere', 'flera'].concat(
    ['sein', 'ihr', 'dess', 'dets', 'deres', 'deras', 'sin', 'sit', 'sitt', 'sina', 'sine', 'zu', 'aus', 'efter', 'dit', 'deze', 'haar', 'hun'],
    ['has', 'have', 'does', 'did', 'is', 'are', 'could', 'can', 'should', 'would', 'shall', 'which', 'what', 'how', 'whether', 'why'],
    ['this', 'these', 'its', 'their', 'our', 'your', 'leur', 'leurs', 'votre', 'vos', 'notre'],
  ),
);

/** How much of a line's end is read for its last word (a long line is not scanned whole). */
const TAIL = 40;

/** How much longer than the title's cut line its rest may be: a narrow column's next line, not a table's cells run together. */
const REST_WIDTH = 2;

/**
 * The rest of a title a narrow column wrapped, alone on its line under it: up to four words, the last the name's
 * acronym in brackets (`(CLASI)`, `Sicherheit (CLASI)`), or that acronym alone.
 */
const ACRONYM_REST = /^(?:[\p{L}][\p{L}'’-]*[ \t]+){0,4}\([\p{Lu}\d][\p{Lu}\d&/-]{1,11}\)$/u;

/**
 * A German adjective a title opens with or goes on with before its noun, inflected (`Aktuelle`, `Künftige`,
 * `Operative`, `europäischen`), ending the title's line: in German the noun under it opens with a capital
 * (`4. Aktuelle` / `Entwicklungen im Bereich der inneren Sicherheit`). A closed list: a noun ending so (`Lage`) ends a title.
 */
const GERMAN_ADJECTIVE_END =
  /(?:^|[ \t])(?:[Aa]ktuell|[Kk]ünftig|[Zz]ukünftig|[Ww]eiter|[Nn]eu|[Oo]perativ|[Ee]uropäisch|[Ss]trategisch|[Gg]emeinsam|[Ii]nner|[Ll]aufend|[Bb]evorstehend|[Jj]üngst|[Ww]ichtig|[Oo]rganisiert|[Gg]renzüberschreitend|[Ii]nternational|[Vv]erstärkt|[Dd]igital|[Hh]ybrid|[Bb]isherig|[Pp]olitisch|[Tt]echnisch|[Rr]echtlich|[Ss]chwer)(?:e|en|er|es|em)$/u;

/** Whether a title's line ends on a German adjective its noun follows on the line below (GERMAN_ADJECTIVE_END). */
export function endsOnGermanAdjective(text: string): boolean {
  return GERMAN_ADJECTIVE_END.test(text.trimEnd().slice(-TAIL));
}

/** A noun's line under a German adjective: a capital, then the title's words (a title's line, at most TAIL * 2). */
const NOUN_REST = new RegExp(String.raw`^\p{Lu}[\p{L}-]*(?:[ \t]+\S+){0,12}$`, 'u');

/** A line that goes on in small letters: the line above ends no whole line of its own. */
const GOES_ON_SMALL = /^[ \t]*\p{Ll}/u;

/**
 * Whether `below` goes on with a numbered or lettered title above it however short the title's line (a viewer's copy
 * drops the indent of the title's column, so the line no longer looks full): the title's line ends on a word of small
 * letters a title goes on after (`4. Exchange of views on the` / `Schengen Evaluation and Monitoring Mechanism`, `5.2
 * Gedankenaustausch über den` / `Schengen-Evaluierungs- und Überwachungsmechanismus`, `3. Coopération avec les` /
 * `États-Unis`), the line below opening with a letter, a quote or a bracket, no longer than twice the title's line and
 * ending no sentence (a table's cells a viewer copies run together are neither); or the line below is the name's rest
 * ending on its acronym in brackets (`5.1 Zusammenarbeit mit dem Lateinamerikanischen Ausschuss für innere` / `Sicherheit
 * (CLASI)`, `… de Seguridad Interior` / `(CLASI)`), a whole line (`after`, the line under it, goes on in no small letters).
 * The title holds no sentence and ends on no mark of a sentence's end (the caller has read its end).
 */
export function titleGoesOnUnder(aboveFirst: string, aboveLast: string, below: string, after: string): boolean {
  const start = NUMBERED_START.exec(aboveFirst);
  const first = start?.[1];
  if (start === null || first === undefined) return false;
  const title = aboveFirst.slice(start[0].length - first.length);
  if (SENTENCE_INSIDE.test(title) || (aboveLast !== aboveFirst && SENTENCE_INSIDE.test(aboveLast))) return false;
  const opening = below.trimStart();
  const word = SMALL_WORD_END.exec(aboveLast.trimEnd().slice(-TAIL))?.[1];
  const rest = opening.trimEnd().length <= REST_WIDTH * aboveLast.trim().length && !/[.!?;:]$/u.test(opening.trimEnd());
  if (word !== undefined && isTitleWord(word) && !MAY_END.has(word) && rest && /^[\p{L}"“'‘(]/u.test(opening)) return true;
  if (endsOnGermanAdjective(aboveLast) && NOUN_REST.test(opening.trimEnd()) && !/[.!?;:]$/u.test(opening.trimEnd())) return true;
  return opening.length <= TAIL * 2 && ACRONYM_REST.test(opening.trimEnd()) && !GOES_ON_SMALL.test(after);
}
