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

/**
 * The words that join the numbers of items taken together (`3. and 4.`, `3. et 4.`, `3. und 4.`, `3. y 4.`, `3. og 4.`,
 * `3. és 4.`, `3. και 4.`): "and" in the 24 languages.
 */
const JOINING_WORDS: readonly string[] = [
  'and',
  'et',
  'und',
  'y',
  'e',
  'en',
  'og',
  'och',
  'ja',
  'i',
  'a',
  'in',
  'și',
  'şi',
  'és',
  'и',
  'και',
  'un',
  'ir',
  'u',
  'agus',
];

/**
 * The word a version prints before the numbers of items taken together (`Items 3 and 4:`, `Points 3 et 4 :`, `Punkte 3
 * und 4:`), in the plural where the language has one.
 */
const ITEMS_WORDS: readonly string[] = [
  'Items',
  'Agenda items',
  'Points',
  'Punkte',
  'Tagesordnungspunkte',
  'Puntos',
  'Punti',
  'Pontos',
  'Punten',
  'Agendapunten',
  'Punkterne',
  'Punkterna',
  'Punkty',
  'Body',
  'Točke',
  'Točki',
  'Punctele',
  'Σημεία',
  'Точки',
  'Kohdat',
  'Punktid',
  'Míreanna',
];

const JOINING_WORD = wordAlternation(JOINING_WORDS);

/** The most one number of items taken together may skip ahead of the one before it. */
const MAX_JOINT_STEP = 3;

/** The sign or word between two numbers of items taken together: a dash, `+`, `&`, `/`, a comma, "and". */
const JOINING = String.raw`(?:[ \t]?[-–—+&/][ \t]?|,[ \t]?(?:(?:${JOINING_WORD})[ \t]+)?|[ \t]+(?:${JOINING_WORD})[ \t]+)`;

/** Two to five numbers of items, each after a dash, `+`, `&`, `/`, a comma or "and" (`3. and 4`, `3-4`, `3., 4. and 5`). */
const JOINT_NUMBERS = String.raw`\(?\d{1,3}[.)]?(?:${JOINING}\(?\d{1,3}[.)]?){0,3}${JOINING}\(?\d{1,3}`;

/** A dash between an item's number and its title (`Item 3 – Title`), a space after it or the line's end. */
const DASH_CLOSE = String.raw`[ \t]+[–—-](?=[ \t]|$)`;

/** The last number's close: a dot, a bracket or a colon, and a dash after it (`3. and 4. – Title`). */
const JOINT_CLOSE = String.raw`(?:[.)](?:[ \t]?:)?|[ \t]?:)(?:${DASH_CLOSE})?`;

/** The word before the numbers (`Items`, `Points`), or the word of one item (`Item 3 and 4:`, `Punkt 3 und 4:`) as some versions print it. */
const ITEMS_WORD = wordsOf({ items: ITEMS_WORDS, item: Object.values(ITEM_WORDS).flat() });

/**
 * The numbers of items taken together (`3. and 4.`, `3.-4.`, `3., 4. and 5.`, `3) and 4)`, `Items 3 and 4:`): two to
 * five numbers, the last closed by a dot, a bracket or a colon (`3. and 4 May` is none), a dash after the close too
 * (`3. and 4. – Title`); after the word for items, by a dash alone as well (`Items 3 and 4 – Title`, `Points 3 et 4 –
 * …`). No groups; bounded: linear.
 */
export const JOINT_NUMBER_SOURCE = String.raw`(?:(?:${ITEMS_WORD})[ \t]+${JOINT_NUMBERS}(?:${JOINT_CLOSE}|${DASH_CLOSE})|${JOINT_NUMBERS}${JOINT_CLOSE})`;

/**
 * The numbers of items taken together after the word for items (`Items 3 and 4 –`, `Agenda items 3 and 4:`, `Punkte 3
 * und 4:`), as a page run into one line prints them before their title. No groups; bounded: linear.
 */
export const JOINT_WORDED_SOURCE = String.raw`(?:${ITEMS_WORD})[ \t]+${JOINT_NUMBERS}(?:${JOINT_CLOSE}|${DASH_CLOSE})`;

/**
 * The numbers of items taken together as a page run into one line prints them, each closed by a dot (`4. and 5.`,
 * `4.-5.`, `4., 5. und 6.`): `points 3 and 4.` in a sentence is none. No groups; bounded: linear.
 */
export const JOINT_DOTTED_SOURCE = String.raw`\d{1,3}\.(?:${JOINING}\d{1,3}\.){1,4}`;

/** The numbers of items taken together and nothing else. */
const JOINT_NUMBER_ONLY = new RegExp(`^${JOINT_NUMBER_SOURCE}$`, 'u');

/** The first and last of the numbers of items taken together as printed (`4. and 5.` → 4, 5), or null for another number. */
export function jointNumbers(printed: string): { first: number; last: number } | null {
  const numbers = printed.match(/\d{1,3}/g) ?? [];
  if (numbers.length < 2 || !JOINT_NUMBER_ONLY.test(printed.trim())) return null;
  return { first: Number(numbers[0]), last: Number(numbers.at(-1)) };
}

/** A line opening with the numbers of items taken together, bold toggles around them, up to its title. Anchored: linear. */
const JOINT_OPENING = new RegExp(String.raw`^(?:\*\*)?[ \t]{0,3}${JOINT_NUMBER_SOURCE}(?:\*\*)?[ \t]+(?=\S)`, 'u');

/**
 * The numbers and title of a line opening with the numbers of items the meeting took together (`3. and 4. Title`,
 * `3.-4. Title`, `Items 3 and 4: Title`), or null: each number after the one before it, within a few (items withdrawn
 * leave gaps), the last closed by a dot, a bracket or a colon, as an item's number is (`3. and 4 May` is no such line).
 */
export function jointItem(bare: string): { numbers: string[]; style: NumberStyle; title: string; printedNumber: string } | null {
  const found = JOINT_OPENING.exec(bare);
  if (found === null) return null;
  const printedNumber = found[0].replace(/\*\*/g, '').trim();
  const numbers = printedNumber.match(/\d{1,3}/g) ?? [];
  const ascending = numbers.every(
    (number, index) => index === 0 || (Number(number) > Number(numbers[index - 1]) && Number(number) <= Number(numbers[index - 1]) + MAX_JOINT_STEP),
  );
  const title = bare.slice(found[0].length).trim();
  if (!ascending || title === '') return null;
  const style: NumberStyle = /^\p{L}/u.test(printedNumber) ? 'word' : printedNumber.includes(')') ? 'bracket' : 'dot';
  return { numbers, style, title, printedNumber };
}

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
