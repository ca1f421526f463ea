/**
 * A page footer's number plain `pdftotext` ran onto the page's last line of text, right after the first part of a word
 * the page break cut, its hyphen dropped (`… The importance of boost9267/25`, then `JAI.1`, `GG/mr`, `LIMITE`, `2`, `EN`
 * on the lines below), set on a line of its own: the footer is then read whole as broken-footers.ts reads one printed in
 * pieces, and the word's first part takes back the hyphen the PDF prints, so that it is joined to its rest on the next
 * page (`boost-` / `ing` as hyphenation.ts joins a word: `boosting` where the document spells it so). On a page run into
 * one line the footer's pieces follow the number on its line: inline-footers.ts reads them there.
 */
import { brokenFooterLines } from './broken-footers.ts';
import type { SourceLine } from '../normalise.ts';
import { DOCUMENT_NUMBER_SOURCE } from '../text/vocabulary.ts';

/** A line ending in a word's letters glued to a document number: the letters, and the number. */
const GLUED_NUMBER = new RegExp(String.raw`(?<=\p{Ll})(${DOCUMENT_NUMBER_SOURCE})[ \t]*$`, 'u');

/** How many lines after the glued number a footer's pieces may take (blank lines and the row between included). */
const PIECES_REACH = 16;

/** The lines with each footer number glued to a cut word set apart on a line of its own; the lines as given where there is none. */
export function ungluedFooterNumbers(lines: readonly SourceLine[]): readonly SourceLine[] {
  const result: SourceLine[] = [];
  let changed = false;
  for (const [index, entry] of lines.entries()) {
    const glued = entry.text.includes('/') && endsAsNumber(entry.text) ? GLUED_NUMBER.exec(entry.text) : null;
    const number = glued?.[1];
    if (glued === null || number === undefined || !readAsFooter(number, lines.slice(index + 1, index + 1 + PIECES_REACH))) {
      result.push(entry);
      continue;
    }
    changed = true;
    result.push({ text: `${entry.text.slice(0, glued.index)}-`, line: entry.line }, { text: number, line: entry.line });
  }
  return changed ? result : lines;
}

/**
 * Whether a line ends, but for spaces and tabs, as GLUED_NUMBER's number ends: in a digit (the year, a suffix's
 * number) or in a working document's `INIT`. Most lines with a slash end in a word, and the pattern, anchored at their
 * end only, would be tried at each of their characters.
 */
function endsAsNumber(text: string): boolean {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  const last = text.charCodeAt(end - 1);
  return (last >= 0x30 && last <= 0x39) || text.endsWith('INIT', end);
}

/** Whether a number alone on its line over these lines is a page footer printed in pieces. */
function readAsFooter(number: string, below: readonly SourceLine[]): boolean {
  return brokenFooterLines([{ text: number, line: 0 }, ...below]).has(0);
}
