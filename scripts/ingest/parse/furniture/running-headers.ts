/**
 * A running header a word processor repeats at the top of a document's later pages: its number alone, or with
 * `LIMITE` at the other margin (`16230/25                    LIMITE` as `-layout` prints it; plain `pdftotext`: `16230/25`,
 * then `LIMITE` on a line of its own, which normalise drops as a repeated LIMITE). Read only right under a page footer
 * of the same number (its lines, blank lines and a form feed between) whose number a line above the footer printed
 * first (the first page's header), so that a number the text prints alone stays; and the running header a later page run into one line opens with.
 */
import type { SourceLine } from '../normalise.ts';
import { DOCUMENT_NUMBER_SOURCE, MARKING_SOURCE } from '../text/vocabulary.ts';

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
  const firstSeen = new Map<string, number>();
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
      // The footer ends a page of text: a copy that opens with a footer (a transcription's first line) has no header under
      // it, and a page whose text never printed the number above its footer is the first (a press release's banner and
      // its footer over the header: `P R E S S E` / … / `7420/19 1` / `FR` / `Conseil de l'Union européenne` / `7420/19`).
      if (text.startsWith(number) && isFooter(above)) {
        if (firstText >= 0 && firstText < above && printedBefore(lines, number, above, firstSeen)) found.push(index);
        break;
      }
    }
  }
  return found;
}

/** Whether a line above `end` prints `number` (the index of the first that does is kept in `firstSeen`, so each number is looked for once). */
function printedBefore(lines: readonly SourceLine[], number: string, end: number, firstSeen: Map<string, number>): boolean {
  let first = firstSeen.get(number);
  if (first === undefined) {
    first = lines.findIndex((line) => line.text.includes(number));
    firstSeen.set(number, first);
  }
  return first >= 0 && first < end;
}

/**
 * A page run into one line opening with its running header before its text: the marking (`RESTREINT UE/EU RESTRICTED
 * 3. …`) or the document's number and the marking (`16230/25 LIMITE The joint …`), plain `pdftotext` printing the page's
 * first paragraph number between them (`16230/25 4. LIMITE The joint …`: the number is the paragraph's).
 */
const OPENING_HEADER = new RegExp(String.raw`^[ \t]*(?:${DOCUMENT_NUMBER_SOURCE}[ \t]+(\d{1,2}\.(?:\d{1,2}\.?)?[ \t]+)?)?(${MARKING_SOURCE})[ \t]+(?=\S)`, 'u');

/** A later page's line without the running header it opens with, where its marking is one the first page prints (`markings`). */
export function withoutOpeningHeader(text: string, markings: ReadonlySet<string>): string {
  const match = OPENING_HEADER.exec(text);
  if (match === null || !markings.has((match[2] ?? '').replace(/[ \t]+/g, ' '))) return text;
  return `${match[1] ?? ''}${text.slice(match[0].length)}`;
}
