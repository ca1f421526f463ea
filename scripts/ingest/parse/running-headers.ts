/**
 * A running header a word processor repeats at the top of a document's later pages: its number alone, or with
 * `LIMITE` at the other margin (`16230/25                    LIMITE` as `-layout` prints it; plain `pdftotext`: `16230/25`,
 * then `LIMITE` on a line of its own, which normalise drops as a repeated LIMITE). Read only right under a page footer
 * of the same number (its lines, blank lines and a form feed between), so that a number the text prints alone stays.
 */
import type { SourceLine } from './normalise.ts';
import { DOCUMENT_NUMBER_SOURCE, MARKING_SOURCE } from './vocabulary.ts';

/** A running header's line: the document's number, alone or before a marking after a wide gap (`LIMITE`, `RESTREINT UE/EU RESTRICTED`). */
const RUNNING_HEADER = new RegExp(String.raw`^(${DOCUMENT_NUMBER_SOURCE})(?:[ \t]{2,}${MARKING_SOURCE})?$`);

/** How many lines above a running header the footer it follows may begin (a two-line footer, or one in six pieces). */
const FOOTER_ABOVE = 8;

/**
 * The indices of the running headers' lines: a line of header shape whose page's footer above (a line `isFooter` says
 * begins one, within `FOOTER_ABOVE` non-blank lines) opens with the same number.
 */
export function runningHeaderLines(lines: readonly SourceLine[], isFooter: (index: number) => boolean): number[] {
  const found: number[] = [];
  const firstText = lines.findIndex((line) => line.text.trim() !== '');
  for (const [index, entry] of lines.entries()) {
    if (!entry.text.includes('/')) continue;
    const number = RUNNING_HEADER.exec(entry.text.trim())?.[1];
    if (number === undefined) continue;
    let seen = 0;
    for (let above = index - 1; above >= 0 && seen < FOOTER_ABOVE; above -= 1) {
      const text = lines[above]?.text.trim() ?? '';
      if (text === '') continue;
      seen += 1;
      // The footer ends a page of text: a copy that opens with a footer (a transcription's first line) has no header under it.
      if (text.startsWith(number) && isFooter(above)) {
        if (firstText >= 0 && firstText < above) found.push(index);
        break;
      }
    }
  }
  return found;
}
