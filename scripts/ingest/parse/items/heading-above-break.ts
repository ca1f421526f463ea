import type { SourceLine } from '../normalise.ts';
import { ITEM_NUMBER, TABLE_OF_CONTENTS_CAPITALS } from '../text/vocabulary.ts';

/** The opening of a numbered heading (`4. `, `8.1 `, `## 6.1. `, `**13. `): an agenda item or a numbered section. */
const NUMBERED_OPENING = new RegExp(String.raw`^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?${ITEM_NUMBER}\.?[ \t]`);

/** A heading wrapped by the export spans at most this many lines; a paragraph a page cuts keeps more above the break. */
const MAX_HEADING_LINES = 2;

/**
 * Whether the lines kept last before a page break (those after the last blank line) are a numbered heading rather
 * than a sentence the break cuts: at most two lines opening with a number, and `next`, the first line of the new
 * page, does not go on in lower case. The heading then stays apart from the text below the footer.
 */
export function headingAboveBreak(kept: readonly SourceLine[], next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return false;
  let first: SourceLine | undefined;
  let count = 0;
  for (let index = kept.length - 1; index >= 0 && kept[index]?.text !== ''; index -= 1) {
    first = kept[index];
    count += 1;
    if (count > MAX_HEADING_LINES) return false;
  }
  return first !== undefined && NUMBERED_OPENING.test(first.text);
}

/**
 * A page that opens with a heading in capitals (`CONTENTS`, `ANNEX`, `I. INTRODUCTION`, the heading of a table of
 * contents in any version, `SOMMAIRE`, `ÍNDICE`, `SOMMARIO` …): it does not go on with the sentence the page above ended on.
 */
const CAPITALS_HEADING_OPENING = new RegExp(
  String.raw`^[ \t]*(?:[IVX]{1,5}\.[ \t]+)?(?:INTRODUCTION|BACKGROUND|CONTEXT|SUMMARY|ANNEX|CONCLUSIONS|${TABLE_OF_CONTENTS_CAPITALS}|ANNEXE|ANLAGE)(?![\p{L}])`,
  'u',
);

/** Whether the first line of a new page opens with a heading in capitals. */
export function headingBelowBreak(next: string): boolean {
  return CAPITALS_HEADING_OPENING.test(next);
}
