import { HEADER_LABELS } from '../text/label-vocabulary.ts';
import { labelLine } from '../header/labels.ts';

/** A line of a source with the source line it starts on. */
interface Line {
  text: string;
  line: number;
}

/**
 * A long label's last words wrapped in its cell onto the next line, alone or before the rest of the value after the
 * label column's gap (`gCoimisiún:` under `Uimh. doic. ón        COM(2025) 45 final`, `doc.:` under `No. prev.   14470/25`,
 * `Dok.-Nr.:` under `Vorherige   14470/25,`), or after one space where a viewer's copy kept no gap (`doc.: 13802/25`).
 * Group 1: the words, group 2: the gap and the value's rest.
 */
const LABEL_REST = /^([\p{L}°][\p{L}°.'\- ]{0,20}:)((?:[ \t]+\S.*)?)$/u;

/** The first words of a line: the label column's words before a gap of three spaces, or a viewer's copy's first words (no gap kept). */
const GAP = /[ \t]{3,}/;

/** The most words a label's first line holds before its wrapped rest (`Uimh. doic. ón`, `№ док.`). */
const FIRST_WORDS = 4;

/** A label as the vocabulary holds it: lower case, runs of spaces made one. */
function spelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Where a label column's label is too long for its cell, as `pdftotext -layout` prints it (`Uimh. doic. ón        COM(2025)
 * 45 final` / `gCoimisiún:`) and a viewer copies it (`Uimh. doic. ón COM(2025) 45 final` / `gCoimisiún:`), the label is
 * set whole before the value on the first line (`Uimh. doic. ón gCoimisiún:        COM(2025) 45 final`) and its rest
 * leaves the next line (the line goes, or keeps the value's rest where it stood). Only where the first line's first words
 * and the rest form a label of the vocabulary, the first line is no label's line and the rest no label of its own.
 */
export function joinedWrappedLabels<T extends Line>(lines: readonly T[]): T[] {
  let out: T[] | null = null;
  const gone = new Set<number>();
  for (let index = 0; index + 1 < lines.length; index += 1) {
    const below = lines[index + 1];
    const rest = below === undefined ? null : LABEL_REST.exec(below.text);
    if (rest === null || below === undefined) continue;
    const above = lines[index];
    if (above === undefined || /^[ \t]/.test(above.text) || labelLine(above.text) !== null) continue;
    const words = (rest[1] ?? '').slice(0, -1);
    if (HEADER_LABELS.has(spelling(words)) || labelLine(below.text)?.value === '') continue;
    const joined = joinedLabel(above.text, words);
    if (joined === null) continue;
    out ??= [...lines];
    out[index] = { ...above, text: joined.text };
    const value = rest[2] ?? '';
    if (value === '') gone.add(index + 1);
    // the value's rest in its column where the line kept one (-layout), at the margin in a viewer's copy
    else out[index + 1] = { ...below, text: joined.column ? `${' '.repeat((rest[1] ?? '').length)}${value}` : value.trimStart() };
  }
  const joined = out === null ? [...lines] : out.filter((_, at) => !gone.has(at));
  for (const [index, entry] of joined.entries()) {
    if (!entry.text.includes(':')) continue;
    const text = withLabelsWholeInLine(entry.text);
    if (text !== entry.text) joined[index] = { ...entry, text };
  }
  return joined;
}

/** A colon that may end a label inside a line: after a word, before a space or the line's end. */
const COLON_IN_LINE = /(?<=\S):(?=[ \t]|$)/gu;

/** How far before a colon a wrapped label's first words, its value and its rest are looked for. */
const REACH = 120;

/** The most words a value between a label's first words and its rest holds (`COM(2025) 45 final`, `14470/25, 14471/25`). */
const VALUE_WORDS = 6;

/** The most words a label's wrapped rest holds (`doc.:`, `dok. Nr.:`). */
const REST_WORDS = 3;

/** The most words of a label printed whole right before a colon. */
const LABEL_WORDS = 6;

/** A word of a line with where it starts. */
interface Word {
  text: string;
  start: number;
}

/**
 * Where a line holds a label's first words, its value and the label's wrapped rest one after the other, as a `-layout`
 * page run into one line does (`To:   Delegations No. prev.      14470/25 doc.: Subject:   EMPACT`, `Uimh. doic. ón
 * COM(2025) 45 final gCoimisiún:`), the label is set whole before its value (`No. prev. doc.:      14470/25 Subject:`).
 * Only where the first words and the rest form a label of the vocabulary, the words before the colon are no label whole
 * already, the rest is no label of its own and the value, one to six words without a colon, holds a figure.
 */
export function withLabelsWholeInLine(text: string): string {
  let out = '';
  let done = 0;
  let from = 0;
  for (const colon of text.matchAll(COLON_IN_LINE)) {
    const start = Math.max(from, colon.index - REACH);
    from = colon.index + 1;
    const words = wordsOf(text.slice(start, colon.index), start);
    const found = wrappedLabel(words);
    if (found === null) continue;
    const { first, rest, value } = found;
    const firstEnd = (first.at(-1)?.start ?? 0) + (first.at(-1)?.text.length ?? 0);
    const valueEnd = (value.at(-1)?.start ?? 0) + (value.at(-1)?.text.length ?? 0);
    const label = `${text.slice(first[0]?.start ?? 0, firstEnd)} ${text.slice(rest[0]?.start ?? 0, colon.index + 1)}`;
    out += `${text.slice(done, first[0]?.start ?? 0)}${label}${text.slice(firstEnd, valueEnd)}`;
    done = colon.index + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** The words of a piece of a line that starts at `offset`, from the last word holding a colon on. */
function wordsOf(piece: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const match of piece.matchAll(/\S+/gu)) {
    if (match[0].includes(':')) words.length = 0;
    else words.push({ text: match[0], start: offset + match.index });
  }
  return words;
}

/** The words of `list` joined as a label is spelled. */
function spelled(list: readonly Word[]): string {
  return spelling(list.map((word) => word.text).join(' '));
}

/** A label's first words, its value and its rest at the end of `words`, else null. */
function wrappedLabel(words: readonly Word[]): { first: Word[]; value: Word[]; rest: Word[] } | null {
  const count = words.length;
  for (let length = 1; length <= Math.min(LABEL_WORDS, count); length += 1) {
    if (HEADER_LABELS.has(spelled(words.slice(count - length)))) return null;
  }
  for (let valueWords = 1; valueWords <= VALUE_WORDS; valueWords += 1) {
    for (let restWords = 1; restWords <= REST_WORDS; restWords += 1) {
      const valueStart = count - restWords - valueWords;
      const value = words.slice(valueStart, count - restWords);
      if (valueStart < 1 || !value.some((word) => /\p{N}/u.test(word.text))) continue;
      const rest = words.slice(count - restWords);
      for (let firstWords = Math.min(FIRST_WORDS, valueStart); firstWords >= 1; firstWords -= 1) {
        const first = words.slice(valueStart - firstWords, valueStart);
        if (HEADER_LABELS.has(spelling(`${spelled(first)} ${spelled(rest)}`))) return { first, value, rest };
      }
    }
  }
  return null;
}

/**
 * `above` with the label's rest set after its first words, the value after them, and whether the line keeps the label
 * column's gap (-layout) or not (a viewer's copy); null where no first words and rest form a label.
 */
function joinedLabel(above: string, rest: string): { text: string; column: boolean } | null {
  const gap = GAP.exec(above);
  if (gap !== null) {
    const first = above.slice(0, gap.index);
    if (!HEADER_LABELS.has(spelling(`${first} ${rest}`))) return null;
    const label = `${first} ${rest}:`;
    const column = gap.index + gap[0].length;
    return { text: `${label}${' '.repeat(Math.max(3, column - label.length))}${above.slice(column)}`, column: true };
  }
  const words = above.split(' ');
  for (let count = 1; count <= FIRST_WORDS && count < words.length; count += 1) {
    const first = words.slice(0, count).join(' ');
    if (HEADER_LABELS.has(spelling(`${first} ${rest}`))) return { text: `${first} ${rest}: ${words.slice(count).join(' ')}`, column: false };
  }
  return null;
}
