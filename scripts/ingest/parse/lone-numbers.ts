import { labelLine } from './labels.ts';
import type { SourceLine } from './normalise.ts';
import { REDACTION_START } from './redactions.ts';
import { ITEM_NUMBER } from './vocabulary.ts';

/** A list number printed alone on its line (`2.`, `3.1.`, `IV.`): its title follows. */
export const LONE_NUMBER = new RegExp(String.raw`^[ \t]*(?:${ITEM_NUMBER}|[IVX]{1,6})\.$`);

/** A sub-point's letter printed alone on its line (`(a)`, `b)`, `(iv)`): its title follows, as a list's label and text cells. */
const LONE_POINT = /^[ \t]*(?:\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\))$/;

/** A title opens with a letter, a quotation mark or a bracket (`(poss.) …`), or is withheld in a public version (`[…]`). */
const TITLE_START = new RegExp(String.raw`^[ \t]*[\p{L}"“'‘(]|${REDACTION_START.source}`, 'u');

/**
 * A list number alone and its title as plain `pdftotext` prints the cells of a notice's table row, a blank line
 * between (`1.`, blank, `Adoption of the agenda`), set back on one row as the document prints it: `1.⇥Adoption of
 * the agenda`; a sub-point's letter alike (`(a)` or `a)`, blank, `Report on the functioning …`: `(a)⇥Report …`). Not under a header label (`Subject:`, blank, `1.`, blank, `General Secretariat …`): there the number is the
 * body's first, which a text extraction put between the labels and their values. Guarantees: every character is kept, in order; only the line breaks and the blank line between go.
 */
export function closeLoneNumbers(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index] as SourceLine;
    const title = lines[index + 2]?.text ?? '';
    const above = lines[index - 1]?.text === '' ? lines[index - 2] : lines[index - 1];
    const lone = LONE_NUMBER.test(entry.text) || LONE_POINT.test(entry.text);
    if (lone && lines[index + 1]?.text === '' && TITLE_START.test(title) && labelLine(above?.text ?? '') === null) {
      result.push({ text: `${entry.text.trim()}\t${title.trim()}`, line: entry.line });
      index += 2;
    } else {
      result.push(entry);
    }
  }
  return result;
}
