/**
 * A table whose first column numbers its rows, on pages run into one line: its header row (`No. Priority Objective set
 * by the Council`, `Nr. Prioritet Mål fastsat af Rådet`, `N° Priorité Objectif fixé par le Conseil`) and its rows
 * (`1. Illegal immigration To disrupt …`, `2. …`), where a page's line holds them, read page after page so that the
 * header row the word processor repeats on the next page (`No. Priority …` over the rest of a row the page break cut)
 * goes on with the rows' numbers (`3.` after `2.`), not with the document's headings (`3.` after `2.2`).
 */
import { NUMBER_COLUMN_WORD } from '../text/vocabulary.ts';

/**
 * A header row run into a page's line after a sentence's end or a lead-in's colon, or opening the line: the numbered
 * column's header, then the other cells' words (a capital first, no figure, no sentence's punctuation, two words or
 * more, up to 80 characters), right before the first row's number and the capital its first cell opens with (`…
 * following: No. Priority Objective set by the Council 1. Illegal immigration …`). Group: the header row.
 */
const HEADER_ROW = new RegExp(
  String.raw`(?=\p{Lu}|№)(?:^|(?<=[.:;!?]["'”’)\]]{0,2}[ \t]+))(${NUMBER_COLUMN_WORD}[ \t]+\p{Lu}[^\d.:;,!?()\[\]\s]*(?:[ \t]+[^\d.:;,!?()\[\]\s]+){1,11}?)(?=[ \t]+1\.[ \t]+["“(]?\p{Lu})`,
  'gu',
);

/** A row's number inside a page's line, before the capital its first cell opens with (`3. Counterfeit goods`). Group: the number. */
const ROW_NUMBER = /(?<=[ \t])(\d{1,2})\.[ \t]+(?=["“(]?\p{Lu})/gu;

/** A numbered table on a page's line: where its header row stands, and where each of its pieces (the header, a cut row's rest, each row) opens. */
export interface FlatTable {
  /** Where its header row opens. */
  from: number;
  /** Where its last row opens: the numbers from `from` up to here are the rows', no paragraph's. */
  to: number;
  /** Where each piece opens, in order: the header row, the rest of a row a page break cut after a repeated header, each row. */
  starts: number[];
}

/**
 * A reader of the numbered tables of pages run into one line, given the pages' lines in order: for each line, the
 * tables it holds or null. A header row is one run into the line before row `1.`, or one read on an earlier line
 * printed again (anywhere a word opens: the page break may cut a row's cell), its rows then numbered on from the last
 * row read; its rows are the numbers in sequence after it, each before a capital, up to the next header row. Each
 * header row is looked for once from where the last piece opens: linear in the line's length and its header rows.
 */
export function flatTableReader(): (text: string) => FlatTable | null {
  const headers = new Set<string>();
  let lastRow = 0;
  return (text) => {
    const starts: number[] = [];
    for (let found = headerRowIn(text, headers, 0); found !== null; found = headerRowIn(text, headers, (starts.at(-1) ?? text.length) + 1)) {
      const { at, printed, repeated } = found;
      // the header's words, whatever spaces stand between them
      headers.add(printed.split(/[ \t]+/u).join(' '));
      const end = at + printed.length;
      const following = headerRowIn(text, headers, end)?.at ?? text.length;
      starts.push(at);
      // after a repeated header row, the words up to the next row are the rest of the row the page break cut
      const rest = repeated ? end + text.slice(end, following).search(/\S|$/u) : -1;
      if (rest >= 0 && rest < following) starts.push(rest);
      let next = repeated ? lastRow + 1 : 1;
      ROW_NUMBER.lastIndex = end;
      for (let row = ROW_NUMBER.exec(text); row !== null && row.index < following; row = ROW_NUMBER.exec(text)) {
        if (Number(row[1]) !== next) continue;
        if (row.index !== rest) starts.push(row.index);
        next += 1;
      }
      lastRow = next - 1;
    }
    const from = starts[0];
    return from === undefined ? null : { from, to: starts.at(-1) ?? from, starts };
  };
}

/** The first header row of a line from `from`: one before row `1.` (`HEADER_ROW`), or one of `headers` printed again, whichever opens first. */
function headerRowIn(text: string, headers: ReadonlySet<string>, from: number): { at: number; printed: string; repeated: boolean } | null {
  HEADER_ROW.lastIndex = from;
  const first = HEADER_ROW.exec(text);
  let found = first === null ? null : { at: first.index, printed: first[1] ?? '', repeated: false };
  for (const header of headers) {
    const again = repeatedAt(text, header, from);
    if (again !== null && (found === null || again.at < found.at)) found = { ...again, repeated: true };
  }
  return found;
}

/**
 * Where `header` stands again in `text` from `from`, its words apart by any spaces (`-layout`'s gaps between the cells)
 * and words of their own (a space or the line's edge around them): where, and as printed there; or null.
 */
function repeatedAt(text: string, header: string, from: number): { at: number; printed: string } | null {
  const words = header.split(/[ \t]+/u).map((word) => word.replace(/[\\^$.*+?()[\]{}|]/gu, '\\$&'));
  const pattern = new RegExp(String.raw`(?<![^ \t])${words.join('[ \\t]+')}(?![^ \t])`, 'gu');
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  return found === null ? null : { at: found.index, printed: found[0] };
}
