/** Numbered lines that are text, not section headings: a paragraph leading in to a list, a row of a table. */
import { BULLET } from '../text/vocabulary.ts';

/**
 * A list item's opening: a bullet, a letter, small Roman numeral or number in brackets (`(a)`, `b)`, `(iv)`, `1)`, as a
 * note numbers its questions to delegations), before its text or alone as plain `pdftotext` prints the label, a symbol
 * font's glyph (``).
 */
const LIST_OPENING = /^[ \t]*(?:\(?(?:[a-z]{1,2}|[α-ωа-я]|[ivx]{1,5}|\d{1,2})\)(?:[ \t]|$)|[\p{Co}\p{So}•▪◦])/u;

/** Cells of a table row as `pdftotext -layout` sets them apart (three spaces or more) or as the PDF reader does (a tab). */
const CELL_GAP = /\S(?:\t|[ ]{3,})\S/;

/**
 * A list numbered afresh from 1 with a dot under its lead-in (`5. … odpowiedzi na następujące pytania:` over `1. Jakie
 * są …?`, the number alone as plain `pdftotext` prints it): a word processor's list of questions restarting under a
 * numbered paragraph.
 */
const FIRST_NUMBERED = /^[ \t]*1\.(?:[ \t]|$)/;

/** A lead-in is a sentence: this many words at least. */
const MIN_LEAD_IN_WORDS = 7;

/** In a heading most words after the first are capitalised (`The new CLASI Operational Action Plans …`); in a sentence, fewer than this share. */
const MAX_SENTENCE_CAPITALS = 1 / 3;

/** Whether the title after a line's number holds cells of a table row (`High-risk criminal networks    Netherlands    14`). */
export function isTableRow(title: string): boolean {
  return CELL_GAP.test(title.trim());
}

/**
 * Whether a numbered line ending with a colon is a paragraph that leads in to the list below it (`4. Delegations … are
 * invited to indicate the following details:` over `- the priority concerned;`, `3. … at the COSI meeting on 18 March
 * 2026:` over `1) Do delegations agree …?`, `5. … następujące pytania:` over `1. Jakie są …?`), not a heading: `next`,
 * the line below, opens a list item (a list numbered afresh from `1.` too), and the line reads as a sentence, with a comma inside or at least seven words of which
 * few after the first are capitalised. A heading's words are mostly capitalised (`Next steps for the EU Policy
 * Cycle/EMPACT:` is short, `The new CLASI Operational Action Plans and the EMPACT cycle 2026-2029:` capitalised).
 */
export function leadsInToList(title: string, next: string): boolean {
  const plain = title.trim();
  if (!plain.endsWith(':') || !(BULLET.test(next) || LIST_OPENING.test(next) || FIRST_NUMBERED.test(next))) return false;
  const words = plain.split(/[ \t]+/);
  const capitalised = words.slice(1).filter((word) => /^["“'‘(]?\p{Lu}/u.test(word)).length;
  return /,[ \t]/.test(plain) || (words.length >= MIN_LEAD_IN_WORDS && capitalised < (words.length - 1) * MAX_SENTENCE_CAPITALS);
}
