import { HEADER_LABELS } from './label-vocabulary.ts';
import { labelLine } from './labels.ts';

/** A line of a source with the source line it starts on. */
interface Line {
  text: string;
  line: number;
}

/**
 * A long label's last words wrapped in its cell onto the next line, alone or before the rest of the value after the
 * label column's gap (`gCoimisiún:` under `Uimh. doic. ón        COM(2025) 45 final`, `doc.:` under `No. prev.   14470/25`).
 * Group 1: the words, group 2: the gap and the value's rest.
 */
const LABEL_REST = /^([\p{L}°][\p{L}°.' ]{0,20}:)((?:[ \t]{3,}\S.*)?)$/u;

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
    out[index] = { ...above, text: joined };
    const value = rest[2] ?? '';
    if (value === '') gone.add(index + 1);
    else out[index + 1] = { ...below, text: `${' '.repeat((rest[1] ?? '').length)}${value}` };
  }
  return out === null ? [...lines] : out.filter((_, at) => !gone.has(at));
}

/** `above` with the label's rest set after its first words, the value after them; null where no first words and rest form a label. */
function joinedLabel(above: string, rest: string): string | null {
  const gap = GAP.exec(above);
  if (gap !== null) {
    const first = above.slice(0, gap.index);
    if (!HEADER_LABELS.has(spelling(`${first} ${rest}`))) return null;
    const label = `${first} ${rest}:`;
    const column = gap.index + gap[0].length;
    return `${label}${' '.repeat(Math.max(3, column - label.length))}${above.slice(column)}`;
  }
  const words = above.split(' ');
  for (let count = 1; count <= FIRST_WORDS && count < words.length; count += 1) {
    const first = words.slice(0, count).join(' ');
    if (HEADER_LABELS.has(spelling(`${first} ${rest}`))) return `${first} ${rest}: ${words.slice(count).join(' ')}`;
  }
  return null;
}
