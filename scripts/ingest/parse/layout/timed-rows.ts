import type { SourceLine } from '../normalise.ts';
import { TIME_ALONE, ITEM_NUMBER } from '../text/vocabulary.ts';

/** An item number alone on its line (`1.`, `3.1.`): its title is on the next line that is not blank. */
const LONE_ITEM_NUMBER = new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}\.$`);

/** A numbered line with its title (`3. Firearms trafficking …`, `3.1 Europol`). */
const NUMBERED_ROW = new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}\.?[ \t]+\S`);

/** A title opens with a letter, a quotation mark or a bracket (`(poss.) …`). */
const TITLE_START = /^[ \t]*[\p{L}"“'‘(*]/u;

/** The index of the next line after `index` that is not blank (plain `pdftotext` parts a table's cells with one), or -1. */
function nextFilled(lines: readonly SourceLine[], index: number): number {
  for (let next = index + 1; next < lines.length && next <= index + 2; next += 1) {
    if ((lines[next]?.text ?? '') !== '') return next;
  }
  return -1;
}

/**
 * A notice's time column as plain `pdftotext` prints it, one cell to a line with blank lines between (`10.00 – 10.10`,
 * `1.`, `Adoption of the agenda`), set back on one row as the notice prints it: `10.00 – 10.10⇥1.⇥Adoption of the
 * agenda`, the shape the agenda reader reads a planned time from. A time alone is joined to a number alone and the
 * title below it, or to a numbered line; a time slot (two times) also to an unnumbered line (`Coffee break`). A single
 * time before anything else (the header's `Time:` value) stays as it is, and so does a single time that no other time
 * alone follows: the header's hour that plain `pdftotext` prints last in the values' column, under the venue's lines,
 * right above item 1 (`Rue de la Loi 175, 1048 Brussels` / `10.00` / `1. Adoption of the agenda`), is no time column,
 * nor is a single time right above another time alone (that hour above the time column's first slot: `10.00` /
 * `10.00 – 10.10` / `1.` / `Adoption of the agenda`).
 * Guarantees: every character is kept, in order; only line breaks and blank lines between the joined cells go.
 */
export function joinTimedRows(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  const lastTime = lines.findLastIndex((entry) => TIME_ALONE.test(entry.text));
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index] as SourceLine;
    const found = index > lastTime ? null : TIME_ALONE.exec(entry.text);
    // a single time is a time column's only where another time alone follows it, and not right above one (the
    // header's hour over the column's first slot: `10.00` / `10.00 – 10.10` / `1.`)
    const single = found !== null && found[2] === undefined;
    const time = single && (index === lastTime || TIME_ALONE.test(lines[nextFilled(lines, index)]?.text ?? '')) ? null : found;
    const next = time === null ? -1 : nextFilled(lines, index);
    const below = lines[next]?.text ?? '';
    if (time === null || next === -1) {
      result.push(entry);
      continue;
    }
    const title = LONE_ITEM_NUMBER.test(below) ? nextFilled(lines, next) : -1;
    const titleText = lines[title]?.text ?? '';
    if (title !== -1 && TITLE_START.test(titleText)) {
      result.push({ text: `${entry.text.trim()}\t${below.trim()}\t${titleText.trim()}`, line: entry.line });
      index = title;
    } else if (NUMBERED_ROW.test(below) || (time[2] !== undefined && TITLE_START.test(below) && !LONE_ITEM_NUMBER.test(below))) {
      result.push({ text: `${entry.text.trim()}\t${below.trim()}`, line: entry.line });
      index = next;
    } else {
      result.push(entry);
    }
  }
  return result;
}
