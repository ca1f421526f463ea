/**
 * A justified line that plain `pdftotext` printed one word a line, a blank line between them (the wide gaps of a line
 * LibreOffice justified read as gaps between columns: `Der` / `` / `Ausschuss` / `` / `billigte` / `` / `den` … `des`
 * over `Informationsaustauschs und des …`): its words set back on one line, so that the sentence is one paragraph,
 * never a paragraph a word. Every character is kept; a run that may be a table's cells printed column by column (words
 * with figures or a colon, mostly capitalised, or no line of text under it) is left alone.
 */
import type { SourceLine } from '../normalise.ts';

/** One word of such a line: letters, an apostrophe or a hyphen inside, a comma after it; no figure, no colon. */
const WORD = /^\p{L}[\p{L}'’-]{0,39},?$/u;

/** The fewest words such a run holds (a justified line of a body's width). */
const FEWEST = 5;

/** A line of text under the run: three words or more, the sentence going on. */
const TEXT_LINE = /^\S+(?:[ \t]+\S+){2,}/u;

/**
 * The lines with each justified line printed a word a line set back on one line (the first word's line number kept):
 * a run of at least FEWEST one-word lines, one blank line between each, most of them opening in lower case, ending on
 * no sentence's end, and a line of text right after its last word's blank line.
 */
export function joinedJustifiedWords(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const { count, joins } = wordRun(lines, index);
    if (!joins) {
      // a run that is none is kept as it is and not read again from each of its words (linear in the lines)
      const end = Math.max(index + 1, index + count * 2 - 1);
      for (let at = index; at < end && at < lines.length; at++) result.push(lines[at] as SourceLine);
      index = end;
      continue;
    }
    const words: string[] = [];
    for (let at = index; at < index + count * 2 - 1; at += 2) words.push((lines[at]?.text ?? '').trim());
    result.push({ text: words.join(' '), line: lines[index]?.line ?? 0 });
    // the blank line after the last word left out: the sentence goes on in the line of text under it, which joinWrapped joins
    index += count * 2;
  }
  return result;
}

/** The one-word lines a run starting at `index` holds, each followed by a blank line, and whether they are a justified line's words. */
function wordRun(lines: readonly SourceLine[], index: number): { count: number; joins: boolean } {
  let count = 0;
  let lower = 0;
  let at = index;
  while (at < lines.length && WORD.test((lines[at]?.text ?? '').trim()) && (lines[at + 1]?.text ?? '').trim() === '') {
    const word = (lines[at]?.text ?? '').trim();
    count += 1;
    if (/^\p{Ll}/u.test(word)) lower += 1;
    at += 2;
  }
  const after = (lines[at]?.text ?? '').trim();
  return { count, joins: count >= FEWEST && lower * 2 >= count && TEXT_LINE.test(after) };
}
