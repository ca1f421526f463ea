import { JOINT_NUMBER_SOURCE } from '../text/item-numbers.ts';
import { labelLine } from '../header/labels.ts';
import type { SourceLine } from '../normalise.ts';
import { REDACTION_START } from '../text/redactions.ts';
import { ITEM_NUMBER, SYMBOL_BULLETS, TABLE_OF_CONTENTS_LINE } from '../text/vocabulary.ts';

/** A list number printed alone on its line (`2.`, `3.1.`, `IV.`, items taken together: `4. and 5.`): its title follows. */
export const LONE_NUMBER = new RegExp(String.raw`^[ \t]*(?:(?:${ITEM_NUMBER}|[IVX]{1,6})\.|${JOINT_NUMBER_SOURCE})$`, 'u');

/**
 * A sub-point's letter printed alone on its line (`(a)`, `b)`, `(iv)`, and with a dot as a word processor numbers a
 * list `i.`, `ii.`, `a.`), or a question's number in brackets (`1)`, `(2)`, as a note numbers its questions to
 * delegations): its title follows, as a list's label and text cells.
 */
export const LONE_POINT = /^[ \t]*(?:\((?:[a-zα-ωа-я]|[ivx]{1,4}|\d{1,2})\)|(?:[a-zα-ωа-я]|[ivx]{1,4})[).]|\d{1,2}\))$/u;

/**
 * A title opens with a letter, a quotation mark or a bracket (`(poss.) …`, `(*) …`), with the bare mark that calls a
 * note under a notice's items (`* Migrant smuggling …`, `**) …`), or is withheld in a public version (`[…]`).
 */
const TITLE_START = new RegExp(String.raw`^[ \t]*(?:[\p{L}"“'‘(¿¡]|\*{1,3}\)?[ \t]+[\p{L}"“(])|${REDACTION_START.source}`, 'u');

/**
 * A list number alone and its title as plain `pdftotext` prints the cells of a notice's table row, a blank line
 * between (`1.`, blank, `Adoption of the agenda`), set back on one row as the document prints it: `1.⇥Adoption of
 * the agenda`; a sub-point's letter alike (`(a)` or `a)`, blank, `Report on the functioning …`: `(a)⇥Report …`). Not under a header label alone (`Subject:`, blank, `1.`, blank, `General Secretariat …`): there the number is the
 * body's first, which a text extraction put between the labels and their values; under a label with its value beside it
 * (`Subject: Protection of public spaces`, blank, `1.`, blank, `On 21 October …`) it is set back on its paragraph. A sub-point's letter right over its
 * title, no blank line between (`a)` / `Regulation on …`), is set back on its row too. Guarantees: every character is kept, in order; only the line breaks and the blank line between go.
 */
export function closeLoneNumbers(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  // The numbers that opened a line so far (`2.` alone, `2.⇥Horizontal matters`, `2.1 Future …`): a sub-number's parent.
  const opened = new Set<string>();
  // Under a table of contents' heading, up to a line that is no entry of it.
  let contents = false;
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index] as SourceLine;
    const title = lines[index + 2]?.text ?? '';
    const above = lines[index - 1]?.text === '' ? lines[index - 2] : lines[index - 1];
    const opening = OPENING_NUMBER.exec(entry.text)?.[1];
    if (opening !== undefined) opened.add(opening);
    // A sub-number right under another number is the last of a column of them (a contents printed column by column: `3.8` / `3.9`, blank, the titles).
    const lone =
      isLone(entry.text) || (isLoneSubNumber(entry.text, opened) && !isLone(lines[index - 1]?.text ?? '') && !SUB_NUMBER.test(lines[index - 1]?.text ?? ''));
    if (isLabel(entry.text) && labelLine(above?.text ?? '') === null && isLabel(lines[index + 1]?.text ?? '')) {
      const run = numbersRun(lines, index);
      if (run !== null) {
        result.push(...run.lines);
        index = run.end - 1;
        continue;
      }
    }
    const below = lines[index + 1]?.text ?? '';
    // A sub-point's letter right over its title (`a)` / `Regulation on artificial intelligence: state of play`).
    if (LONE_POINT.test(entry.text) && WORDS_TITLE.test(below) && !isLabel(below) && !underBareLabel(above)) {
      result.push({ text: `${entry.text.trim()}\t${below.trim()}`, line: entry.line });
      index += 1;
      continue;
    }
    // A sub-number right over its title, no blank line between, as a viewer copies plain pdftotext's cells (`2.1` /
    // `Future of internal security`); under a contents heading any number so (`1.` / `EXECUTIVE SUMMARY`), and the
    // entry's page alone right under its title (`4`) goes on its row.
    const titleBelow = below !== '' && TITLE_START.test(below) && !isLabel(below) && !LONE_POINT.test(below);
    if (titleBelow && lone && (contents || !isLone(entry.text))) {
      const page = contents ? PAGE_ALONE.exec(lines[index + 2]?.text ?? '')?.[1] : undefined;
      result.push({ text: `${entry.text.trim()}\t${below.trim()}${page === undefined ? '' : `\t${page}`}`, line: entry.line });
      index += page === undefined ? 1 : 2;
      continue;
    }
    if (lone && lines[index + 1]?.text === '' && TITLE_START.test(title) && (!underBareLabel(above) || opensAgenda(lines, index))) {
      // A contents entry's page number under its title, a blank line between (`2.1`, `Future of internal security`, `6`):
      // its row's last cell, as the word processor's tab set it.
      const page = contents && lines[index + 3]?.text === '' ? PAGE_ALONE.exec(lines[index + 4]?.text ?? '')?.[1] : undefined;
      result.push({ text: `${entry.text.trim()}\t${title.trim()}${page === undefined ? '' : `\t${page}`}`, line: entry.line });
      index += page === undefined ? 2 : 4;
    } else if (contents && opening !== undefined && TITLE_AFTER_NUMBER.test(entry.text) && pageUnder(lines, index) !== 0) {
      // An entry whose number plain pdftotext printed on its title's line (`3.10 Cybercrime`, a number too wide for its
      // cell), its page under it (a blank line between, or none in a viewer's copy).
      const under = pageUnder(lines, index);
      result.push({ text: `${entry.text.trim()}\t${(lines[index + under]?.text ?? '').trim()}`, line: entry.line });
      index += under;
    } else {
      result.push(entry);
      // A table of contents' heading opens its entries; any other line but a blank one closes them.
      if (TABLE_OF_CONTENTS_LINE.test(entry.text)) contents = true;
      else if (entry.text !== '') contents = false;
    }
  }
  return result;
}

/** How many lines under `index` a contents entry's page alone stands: 2 after a blank line, 1 right under it; 0 where none does. */
function pageUnder(lines: readonly SourceLine[], index: number): number {
  if (lines[index + 1]?.text === '') return PAGE_ALONE.test(lines[index + 2]?.text ?? '') ? 2 : 0;
  return PAGE_ALONE.test(lines[index + 1]?.text ?? '') ? 1 : 0;
}

/** A number and a title opening with a letter on one line (`3.10 Cybercrime`). */
const TITLE_AFTER_NUMBER = /^[ \t]*\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]+\p{L}/u;

/** A contents entry's page number alone on its line (`6`, `24`). */
const PAGE_ALONE = /^[ \t]*(\d{1,3})[ \t]*$/;

/**
 * Whether a line is a header label with nothing after it (`Subject:`, `Objet:`): a number under it was put between
 * the labels and their values by the text extraction. Under a label with its value beside it (`Subject: Protection of
 * public spaces`), the number is the body's first, its text below.
 */
function underBareLabel(above: SourceLine | undefined): boolean {
  return labelLine(above?.text ?? '')?.value === '';
}

/**
 * Whether the number alone at `index` opens a run of numbered items: the next line that is not blank after its title
 * bears the next number (`1.`, `Adoption of the agenda`, `2.` …, a notice's agenda under its table's last label
 * `Format:`), not the value of the label above it.
 */
function opensAgenda(lines: readonly SourceLine[], index: number): boolean {
  const number = NUMBER_VALUE.exec(lines[index]?.text ?? '');
  let next = index + 3;
  while (lines[next]?.text.trim() === '') next += 1;
  const following = NUMBER_VALUE.exec(lines[next]?.text ?? '');
  return number !== null && following !== null && Number(following[1]) === Number(number[1]) + 1;
}

/** A number opening a line, alone or before its title (`2.`, `2.1`, `3.10.`): `2`, `2.1`, `3.10`. */
const OPENING_NUMBER = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:[ \t]|$)/;

/** A section's sub-number alone on its line without a closing dot, as the Council numbers its report's parts (`2.1`, `3.10`). */
const SUB_NUMBER = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){0,2})\.\d{1,2}[ \t]*$/;

/**
 * Whether a line is a section's sub-number alone without a closing dot (`2.1`, printed apart from its title by plain
 * `pdftotext` as `2.` is): only under its parent's number opening a line above (`2.`, `2.⇥Horizontal matters …` of the
 * contents or the body), so that a figure (`2.5` million) or a time (`10.30`) alone is none.
 */
function isLoneSubNumber(text: string, opened: ReadonlySet<string>): boolean {
  const parent = SUB_NUMBER.exec(text)?.[1];
  return parent !== undefined && opened.has(parent);
}

/** An item's number opening its line, alone or before its title. */
const NUMBER_VALUE = /^[ \t]*([1-9][0-9]?)\.(?:[ \t]|$)/;

/** A title of words right under its label: two words at least, the first opening with a letter (not a code such as `JAI.1`). */
const WORDS_TITLE = /^[ \t]*[\p{L}"“'‘(¿¡]\S*[ \t]+\S/u;

/** The most labels plain `pdftotext` prints in one run before their texts (`(c)` / `3.`: a list's last point and the next paragraph's number). */
const MAX_RUN = 4;

function isLone(text: string): boolean {
  return LONE_NUMBER.test(text) || LONE_POINT.test(text);
}

/** A bullet alone on its line (`•`, `–`, a symbol font's ``): in a run of labels, the list item's label above a number (`` / `3.`). */
const LONE_BULLET = new RegExp(String.raw`^[ \t]*[•▪◦–${SYMBOL_BULLETS}]$`, 'u');

function isLabel(text: string): boolean {
  return isLone(text) || LONE_BULLET.test(text);
}

/**
 * Labels printed one under the other before their texts, as plain `pdftotext` prints the list's column when a page's
 * last labels stand on consecutive rows (`(c)`, `3.`, blank, `the funding …`, blank, `The draft …`; a bullet over a number,
 * `` / `3.`, but not bullets alone): each label set
 * back before its own paragraph, in order (`(c)⇥the funding …`, blank, `3.⇥The draft …`). Only where as many
 * paragraphs follow, each after one blank line and opening as a title does, and each text but the last is one line, as
 * its label's row right above the next label's makes it (`4.` / `5.`, then `5.`'s text over two lines, or with its
 * points' `(a)` under it: `4.` is a paragraph left blank); else null, and the labels stay as printed.
 * The lines from `start` up to `end`, rewritten.
 */
function numbersRun(lines: readonly SourceLine[], start: number): { lines: SourceLine[]; end: number } | null {
  let count = 0;
  while (count < MAX_RUN + 1 && isLabel(lines[start + count]?.text ?? '')) count += 1;
  // Bullets alone are no run: which text each opens cannot be told from the column (a list's item goes on over the page).
  if (count > MAX_RUN || !lines.slice(start, start + count).some((line) => isLone(line.text))) return null;
  const out: SourceLine[] = [];
  let at = start + count;
  for (let label = 0; label < count; label += 1) {
    const opening = lines[at + 1];
    if (lines[at]?.text !== '' || opening === undefined || !TITLE_START.test(opening.text) || isLabel(opening.text)) return null;
    const number = lines[start + label] as SourceLine;
    out.push({ text: '', line: lines[at]?.line ?? opening.line });
    out.push({ text: `${number.text.trim()}\t${opening.text.trim()}`, line: label === 0 ? number.line : opening.line });
    at += 2;
    for (; at < lines.length && lines[at]?.text !== ''; at += 1) {
      // A text over two lines or more (its lines, or a label under it) that is not the run's last: the next label would
      // stand rows below, not right under this one, so the labels stand on rows apart from these texts (`4.` / `5.`, the
      // first a paragraph withheld and left blank, then `5.`'s text over its lines, or with its points' `(a)` under it).
      if (label < count - 1) return null;
      out.push(lines[at] as SourceLine);
    }
  }
  // The blank line that stood between the labels and the first text now stands above the first label's row: drop it.
  return { lines: out.slice(1), end: at };
}
