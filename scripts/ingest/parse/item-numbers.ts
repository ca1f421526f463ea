/** The number an agenda line opens with, in every form the Council's versions print an item's number. */
import { wordAlternation } from './word-trie.ts';

/**
 * The word a version prints before an item's number (`Item 1: Adoption of the agenda`, `Point 1 : Adoption de l'ordre
 * du jour`, `Punkt 1: Annahme der Tagesordnung`, `Točka 1:`, `Σημείο 1:`), with the longer "agenda item" where the
 * versions print one (`Agenda item 1`, `Tagesordnungspunkt 1`, `Agendapunt 1`); Hungarian, Latvian and Lithuanian put
 * the number first (`ITEM_WORDS_AFTER`).
 */
export const ITEM_WORDS: Readonly<Record<string, readonly string[]>> = {
  bg: ['Точка'],
  cs: ['Bod'],
  da: ['Punkt', 'Dagsordenspunkt'],
  de: ['Punkt', 'Tagesordnungspunkt', 'TOP'],
  el: ['Σημείο'],
  en: ['Item', 'Agenda item', 'Point'],
  es: ['Punto'],
  et: ['Punkt', 'Päevakorrapunkt'],
  fi: ['Kohta', 'Asiakohta'],
  fr: ['Point'],
  ga: ['Mír'],
  hr: ['Točka'],
  it: ['Punto'],
  mt: ['Punt'],
  nl: ['Punt', 'Agendapunt'],
  pl: ['Punkt'],
  pt: ['Ponto'],
  ro: ['Punctul', 'Punct'],
  sk: ['Bod'],
  sl: ['Točka'],
  sv: ['Punkt', 'Dagordningspunkt'],
};

/**
 * The word the versions whose ordinals stand first print after an item's number (`1. napirendi pont:`, `2. punkts:`,
 * `3. darbotvarkės punktas:`, `1. päevakorrapunkt:`), in lower case.
 */
export const ITEM_WORDS_AFTER: Readonly<Record<string, readonly string[]>> = {
  et: ['päevakorrapunkt', 'punkt'],
  hu: ['napirendi pont', 'pont'],
  lt: ['darbotvarkės punktas', 'punktas'],
  lv: ['darba kārtības punkts', 'punkts'],
};

/** The words of every language as printed, capitalised and in capitals. */
function wordsOf(table: Readonly<Record<string, readonly string[]>>): string {
  const forms = Object.values(table).flatMap((words) => words.flatMap((word) => [word, `${word.charAt(0).toUpperCase()}${word.slice(1)}`, word.toUpperCase()]));
  return wordAlternation([...new Set(forms)]);
}

const ITEM_WORD = wordsOf(ITEM_WORDS);
const ITEM_WORD_AFTER = wordsOf(ITEM_WORDS_AFTER);

/**
 * An item's number after its word, closed by a colon, a dot or a dash (`Item 1:`, `Point 1 :`, `Punkt 1.`, `Item 3 –`):
 * without one, the words open a sentence (`Point 3 was discussed …`); groups: the number.
 */
const WORDED = String.raw`(?:${ITEM_WORD})[ \t]+(\d{1,3}(?:\.\d{1,3}){0,3})(?:[ \t]?[:.]|[ \t]+[–—-])`;

/** An item's number before its word, closed by a colon or a dash (`1. napirendi pont:`, `2. punkts –`); groups: the number. */
const WORD_AFTER = String.raw`(\d{1,3})\.?[ \t]+(?:${ITEM_WORD_AFTER})(?:[ \t]?:|[ \t]+[–—-])`;

/** An item's number closed by a bracket (`1) Adoption of the agenda`, `(2) Information …`); groups: the number. */
const BRACKETED = String.raw`\(?(\d{1,3})\)`;

/** An item's number printed with a word or a bracket; groups: the number after a word, before a word, in brackets. */
export const WORDED_NUMBER_SOURCE = String.raw`(?:${WORDED}|${WORD_AFTER}|${BRACKETED})`;

/**
 * What every number `WORDED_NUMBER_SOURCE` matches ends with: its last digit closed as `WORDED` closes it (`1:`, `1 –`),
 * followed by the word of `WORD_AFTER` (`2. punkts`) or closed by a bracket (`1)`). A text without one holds no such
 * number, and is searched for this short pattern, led by a digit, instead of at every space.
 */
export const WORDED_NUMBER_CLOSE = new RegExp(String.raw`\d(?:[ \t]?[:.]|[ \t]+[–—-]|\.?[ \t]+(?:${ITEM_WORD_AFTER})|\))`, 'u');

/** The opening of an agenda line numbered with a word or a bracket, bold toggles around it, up to its title. Anchored and bounded: linear. */
const WORDED_ITEM_OPENING = new RegExp(String.raw`^(?:\*\*)?[ \t]{0,3}${WORDED_NUMBER_SOURCE}(?:\*\*)?[ \t]+(?=\S)`, 'u');

/** How an agenda numbers its items: `1.` (and `3.1`), `1)`, or a word before the number (`Item 1:`). */
export type NumberStyle = 'dot' | 'bracket' | 'word';

/** The number, its style and the title of a line numbered with a word or a bracket (bold and heading marks already off), or null. */
export function wordedItem(bare: string): { number: string; style: NumberStyle; title: string; printedNumber: string } | null {
  const found = WORDED_ITEM_OPENING.exec(bare);
  if (found === null) return null;
  const title = bare.slice(found[0].length).trim();
  const number = found[1] ?? found[2] ?? found[3] ?? '';
  // the number with its word and sign as printed (`Item 1:`, `1. napirendi pont:`, `1)`), which the page prints
  const printedNumber = found[0].replace(/\*\*/g, '').trim();
  return title === '' ? null : { number, style: found[3] === undefined ? 'word' : 'bracket', title, printedNumber };
}
