/**
 * Footnotes of a Council document saved by its word processor as a web page and copied as text (the transcriptions of
 * older register documents reprinted online): each call is the note's number in square brackets glued to the word before
 * it (`… of the consultative forum[1], in view of …`, `… 2013[2].`), and the notes stand together at the document's end,
 * each on a line that opens with its bracketed number (`[1] Council conclusions of 2 June 2011, doc. 10721/11.`). The
 * calls and the notes are marked as footnotes (`^{1}`), so that each note is read as the call's and no bracket stays
 * in the text; only notes numbered 1, 2, 3 … in order whose numbers are called above the first of them. Every line
 * keeps its number.
 */
import { LINE_BREAK } from '../../read/line-breaks.ts';

/** The line breaks of the text, kept so that every line keeps its number. */
const LINE_BREAKS = new RegExp(`(${LINE_BREAK.source})`);

/** A note as the export prints it: its number in brackets opening the line, then its text. */
const BRACKET_DEFINITION = /^([ \t]{0,3})\[(\d{1,3})\][ \t]+(?=\S)/;

/** A call: a number in brackets glued to the word, figure, closing bracket or punctuation before it (`forum[1],`, `2013[2].`). */
const BRACKET_CALL = /(?<=[\p{L}\p{N})”"’».,;:])\[(\d{1,3})\]/gu;

/** The text with its bracketed footnote calls and notes marked `^{N}`; the text itself when it has none. */
export function markBracketFootnotes(text: string): string {
  if (!text.includes('[')) return text;
  const parts = text.split(LINE_BREAKS);
  // Lines are the even parts, line breaks the odd ones.
  const notes: number[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const found = BRACKET_DEFINITION.exec(parts[index] ?? '');
    if (found !== null && Number(found[2]) === notes.length + 1) notes.push(index);
  }
  const first = notes[0];
  if (first === undefined) return text;
  const called = new Set<string>();
  for (let index = 0; index < first; index += 2) for (const call of (parts[index] ?? '').matchAll(BRACKET_CALL)) called.add(call[1] ?? '');
  // the notes whose numbers are called above the first, from 1 on
  let marks = 0;
  while (marks < notes.length && called.has(String(marks + 1))) marks += 1;
  if (marks === 0) return text;
  const marked = (mark: string): boolean => Number(mark) >= 1 && Number(mark) <= marks;
  for (let index = 0; index < first; index += 2) {
    const line = parts[index] ?? '';
    if (line.includes('[')) parts[index] = line.replace(BRACKET_CALL, (call, mark: string) => (marked(mark) ? `^{${mark}}` : call));
  }
  for (const index of notes.slice(0, marks)) {
    parts[index] = (parts[index] ?? '').replace(BRACKET_DEFINITION, (_whole, opening: string, mark: string) => `${opening}^{${mark}} `);
  }
  return parts.join('');
}
