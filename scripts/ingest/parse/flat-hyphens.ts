/** A page run into one line with the words hyphenation cut at its former line ends made whole where the document says how it spells them. */
import { SUSPENDED_BEFORE, isCompoundHead, isHyphenationBreak, vocabularyOf } from './hyphenation.ts';
import { isMalteseArticleCut } from './maltese-articles.ts';

/**
 * A word cut at a line’s end and its rest after the space a page run into one line puts there, or `-layout`’s gap (`Com- mission`, `mid-
 * term`; `-layout`'s justified `op - erators`): each begins where a word begins, so that a line is read in linear time.
 */
const CUT_INSIDE = /(?<![\p{L}\p{N}-])(\p{L}+)([ \t]?-[ \t]+)(\p{Ll}\p{L}*)/gu;

/** An acronym's compound cut after its hyphen, a capital after it (`EU- Koordinator`, `COSI- Unterstützungsgruppe`): hyphenation cuts no word before a capital. */
const ACRONYM_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}{2,})-[ \t]+(\p{Lu}\p{Ll}+)/gu;

/** A word before a hyphen at a former line's end and a capital after it (`tal- Unjoni`, `fl- Anness`): Maltese's article's, in a Maltese document. */
const ARTICLE_BEFORE_CAPITAL = /(?<![\p{L}\p{N}-])(\p{Ll}+)-([ \t]+)(?=\p{Lu})/gu;

/** A `-layout` gap between a table’s columns: eight spaces or more (a justified line’s spaces are fewer), or a tab. */
const COLUMN_GAP = /[ ]{8,}|\t/;

/** The column gaps of a text, in order. */
const COLUMN_GAPS = /[ ]{8,}|\t/g;

/** The longest line of a table's cell (a page's line): the column gaps around a cut are looked for this far. */
const CELL_LINE = 90;

/** What a cell's line does not hold: a line break or a sentence's end (`2022. 7.3.`). */
const CELL_BREAK = /\n|[.!?]\s+\S/;

/**
 * Whether the cut from `start` to `end` (its rest one space after it, at the margin) stands in a `-layout` table's row
 * run into the page's line: a column gap before it and one after the words that follow it, each a cell's line away
 * (`…      effective law enforcement, which presented 42 recommenda- tools available to law enforcement      tions in
 * May 2024.`): the words after the cut are the next row line's first cell, the cut word's rest stands in its column
 * further on. It is left as printed.
 */
function inTableRow(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CELL_LINE), start);
  const after = text.slice(end, end + CELL_LINE);
  const gapBefore = lastGapEnd(before);
  const gapAfter = COLUMN_GAP.exec(after);
  // each side a cell's line: no line break or sentence's end between the cut and the gaps
  return gapBefore !== null && gapAfter !== null && !CELL_BREAK.test(before.slice(gapBefore)) && !CELL_BREAK.test(after.slice(0, gapAfter.index));
}

/** Where the last column gap of `text` ends, or null. */
function lastGapEnd(text: string): number | null {
  let end: number | null = null;
  for (const gap of text.matchAll(COLUMN_GAPS)) end = gap.index + gap[0].length;
  return end;
}

/**
 * The text of a page run into one line with each word hyphenation cut made whole where the document spells it whole
 * and never hyphenated (`Com- mission` → `Commission`, `Dir- ective` → `Directive`), or, its hyphen glued to it, where
 * it spells neither it nor its rest as `isHyphenationBreak` reads a full line's cut (`sensit- ive` → `sensitive`, not
 * `pre- and post-`, `cross- border`, `EU- wide`), and a compound the document spells
 * with its hyphen joined so, as is a compound whose first part hyphenation never cuts (`mid- term`, `cross- border`, `EU- wide`:
 * `isCompoundHead`; Maltese's article in a Maltese document, `fir- rigward`: `isMalteseArticleCut`) but before a
 * suspended hyphen's word (`pre- and post-`), and an acronym's (`EU- Koordinator` →
 * `EU-Koordinator`), and Maltese's article before a capital in a Maltese document (`tal- Unjoni` → `tal-Unjoni`); any
 * other (`Europol - presentation`) as printed.
 * `vocabulary` gives the document's vocabulary (`vocabularyOf`), asked for only where a cut is found.
 */
export function joinFlatHyphens(text: string, vocabulary: () => ReadonlySet<string>): string {
  if (!text.includes('- ')) return text;
  return text
    .replace(CUT_INSIDE, (whole, head: string, cut: string, tail: string, at: number) => {
      // A suspended hyphen's word after it (`pré- et post-`, `Grenz- und Küstenwache`): no word's rest.
      if (SUSPENDED_BEFORE.has(tail.toLowerCase())) return whole;
      if (!COLUMN_GAP.test(cut) && inTableRow(text, at, at + whole.length)) return whole;
      const words = vocabulary();
      // A hyphen glued to its word ended a line (the space or `-layout`'s indent after it the line break's): a cut as hyphenation makes one.
      if (isHyphenationBreak(`${head}-`, tail, words, cut.startsWith('-'))) return `${head}${tail}`;
      // A compound's first part (`mid- term`, `cross- border`, `EU- wide`) goes on after its line's end.
      // So does Maltese's article in a Maltese document (`fir- rigward`, `lis- servizzi`).
      const compound = cut.startsWith('-') && (isCompoundHead(head) || isMalteseArticleCut(head, tail, words));
      return compound || words.has(`${head}-${tail}`.toLowerCase()) ? `${head}-${tail}` : whole;
    })
    .replace(ACRONYM_COMPOUND, '$1-$2')
    .replace(ARTICLE_BEFORE_CAPITAL, (whole, head: string, gap: string, at: number, joined: string) => {
      const tail = joined.charAt(at + whole.length);
      if (COLUMN_GAP.test(gap) || !isMalteseArticleCut(head, tail, vocabulary())) return whole;
      return inTableRow(joined, at, at + whole.length) ? whole : `${head}-`;
    });
}

/** A word's cut inside a page run into one line: the hyphen and the space or gap the line break left after it. */
const CUT_GAP = /(?<=\p{L}[ \t]?-)[ \t]+(?=\p{Ll})/gu;

/**
 * The vocabulary (`vocabularyOf`) of pages run into one line each, the rest of a word cut at a former line's end
 * (`ive` of `sensit- ive`) no word of it, as it is none where the lines are kept.
 */
export function flatVocabulary(texts: readonly string[]): Set<string> {
  return vocabularyOf(texts.map((text) => (text.includes('- ') ? text.replace(CUT_GAP, '\n') : text)));
}
