/**
 * Footnotes a text rendering prints at a page's foot without the separator rule: a word processor draws the rule as a
 * graphic line, so `pdftotext` (plain and `-layout`) prints none, only the numbered lines right above the page's footer
 * or form feed (`1 Council Conclusions of 8 and 9 November 2010, doc. 15358/10.` / `2 Doc. 12211/25.` / `14470/25`).
 * A block of such lines is read as footnotes where they are numbered in sequence with the document's footnotes so far
 * and each number is called in the page's text above (`paper2`, `Strategy1`, `(COSI),3`; glued to a year, `20101`,
 * only where no other call fits; else one space after a word, or apart from a table cell's word at its row's end,
 * `Germany   3`): each definition and its call are marked `^N` (the year keeps its four digits:
 * `2010^1`), the definition's wrapped lines joined to it. A numbered paragraph (`1.`), a number alone on its line (a
 * table's cell, a page number) or a number whose call is not found stays text. A page run into one line (text flattened
 * to one line per page) prints its footnotes right before its footer, after the sentence that ends its text (`… set out
 * in 13802/25. 1 Also circulated as WK 15012/2025. 14470/25 TR/kl 1 JAI.1 LIMITE EN`): they are marked in place
 * (`^1 Also …`), in sequence with the others and each called on the page, and flat-lines.ts gives each a line of its
 * own. A footnote the page cannot hold, its text ending in no sentence's end, goes on unnumbered at the top of the next
 * page's foot, its first line in lower case: those lines are joined to it. A footnote whose number plain `pdftotext`
 * dropped altogether is read where that is unambiguous (one unmatched call, one unnumbered text at the foot): its
 * number is set before its text. Every line keeps its number and every character stays.
 */
import { apartNumbersRestacked } from './flat-apart-numbers.ts';
import { LINE_BREAK } from '../../read/line-breaks.ts';
import { apartFootnotes, cutGluedMark, isUnnumberedFootnote, lastRunEnd, opensAfterSentence, setGluedMarkApart } from './apart-footnotes.ts';
import { joinWrappedLine, vocabularyOf } from '../text/hyphenation.ts';
import { footerEndingLine, insideFooter } from '../furniture/inline-footers.ts';
import { REDACTION_END } from '../text/redactions.ts';
import { MONTH } from '../text/head-anchors.ts';
import { BARE_CODES } from '../text/header-vocabulary.ts';
import {
  ANNEX_WORDS,
  endsWithAbbreviation,
  ENUMERATION_END,
  FOOTER_LANGUAGES,
  FOOTER_PAGE,
  MARKING_LINE,
  MARKING_SOURCE,
  MONTHS,
  SLASHED_INITIALS,
  WORKING_NUMBER_INIT_SOURCE,
} from '../text/vocabulary.ts';
import { VERSION_SUFFIXES, VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** The line breaks of the text, kept so that every line keeps its number. */
const LINE_BREAKS = new RegExp(`(${LINE_BREAK.source})`);

/**
 * A footnote printed plain: its number, then its text after spaces or a tab (`2 Doc. 12211/25.`); not a figure whose
 * thousands a space sets apart, as German and French print it, opening a line of text (`1 300 Feuerwaffen …`).
 */
const DEFINITION = /^([ \t]{0,3})(\d{1,3})[ \t]+(?!\d{3}[ \t,.])\S/;

/** A footnote's number alone on its line, as `-layout` prints it when the footnote's text is indented on the lines under it. */
const LONE_NUMBER = /^([ \t]{0,3})(\d{1,3})[ \t]*$/;

/** A line indented under a lone footnote number: the footnote's text. */
const INDENTED_TEXT = /^[ \t]{2,}\S/;

/** A definition an earlier reader marked already (`^2 Doc. …`): the document's footnotes so far go on after it. */
const MARKED_DEFINITION = /^[ \t]{0,3}\^\{?(\d{1,3})\}?[ \t]/;

/**
 * The version suffixes a footer's number is read with, as before the list was shared: all but a partial release's and
 * a declassification's (`EXT 1`, `DCL 1`); with them, the first page of an EXT 1 (`9876/25` / `EXT 1` under its place
 * and date, `9876/25 EXT 1` in its footer) lost `EXT 1` from its number.
 */
const FOOTER_SUFFIX_WORDS = VERSION_SUFFIXES.filter((suffix) => suffix !== 'EXT' && suffix !== 'DCL').join('|');

/**
 * The document number a Council page footer opens with, its parts apart by spaces or tabs as a text rendering prints
 * them: `14470/25`, `8812/1/19 REV 1`, `CM 1234/24`, `EUCO 50/24`, `ST 9123/25 ADD 1`. Shared by the footer's first line
 * (FOOTER_START), the number read from it (FOOTER_NUMBER) and the number a text line ran into (gluedFooter), so that
 * the three read one number alike.
 */
export const FOOTER_DOCUMENT_NUMBER = String.raw`(?:(?:(?:CM|EUCO|ST)[ \t]+)?\d{1,6}(?:/\d{1,2})?/\d{2}|${WORKING_NUMBER_INIT_SOURCE})(?:[ \t]+(?:${FOOTER_SUFFIX_WORDS})[ \t]+\d{1,2})*`;

/**
 * The first line of a Council page footer: the document's number alone (plain `pdftotext`: `14470/25`, `14470/25 ADD
 * 1`, `CM 1234/24`) or followed by the footer's columns after two spaces or more (`-layout`: `15123/25   ML/ab   1`) or a
 * tab (a text export of the footer's table: `15123/25⇥ML/ab⇥1`), or, one space apart as a PDF viewer copies the row,
 * by the initials with their slash and the page (`16102/25 JV/mk 1`, `16230/25 ANNEX JV/mk 3`, the rest of the footer
 * after them: `14470/25 TR/kl 2 JAI.1 LIMITE EN`), which no sentence's line is.
 */
const FOOTER_START = new RegExp(
  String.raw`^[ \t]*${FOOTER_DOCUMENT_NUMBER}(?:(?:[ \t]{2,}|\t)\S.*|[ \t](?:\p{Lu}{1,12}[ \t])?${SLASHED_INITIALS}[ \t]${FOOTER_PAGE}(?:[ \t]\S.*)?)?[ \t]*$`,
  'u',
);

/** How far above the page's end its footer may begin (the footer's lines and blank lines between them). */
const FOOTER_REACH = 12;

/** A paragraph's or item's number opening a line (`6.`, `6. Varios`, `b)`), as no footnote's text opens. */
const NUMBERED_LINE = /^[ \t]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,6}|[a-z])[.)](?:[ \t]|$)/;

/** Whether a footnote's text may open at `line`: not a numbered paragraph's line, or a title under its number, or a number alone. */
function opensFootnoteText(lines: readonly string[], line: number): boolean {
  const text = lines[line] ?? '';
  return !NUMBERED_LINE.test(text) && !/^[ \t]*\d{1,3}[ \t]*$/.test(text) && !NUMBERED_LINE.test(lines[line - 1] ?? '');
}

/** The most lines a page's footnotes take. */
const MAX_FOOTNOTE_LINES = 30;

/** The text with the footnotes printed at its pages' feet marked `^N`; the text itself when there is none. */
export function markFootFootnotes(text: string): string {
  if (!DEFINITION_ANYWHERE.test(text) && !FLAT_DEFINITION_ANYWHERE.test(text) && !flatRunAnywhere(text)) return text;
  const parts = text.split(LINE_BREAKS);
  const lines = parts.filter((_, index) => index % 2 === 0);
  const breaks = parts.filter((_, index) => index % 2 === 1);
  const pagesMarked = text.includes('\f');
  let next = 1;
  let changed = false;
  let words: Set<string> | undefined;
  let open: number | null = null;
  // How wide the open footnote's lines are printed (widthOf): its rest at the next page's foot is printed as wide.
  let openWidth = 0;
  const widthOf = (line: number): number => printedWidth(parts[line * 2] ?? '');
  // Whether the open footnote's last line was glued to the footer's number, its hyphen dropped.
  let cut = false;
  let footerNumbers: ReadonlySet<string> | undefined;
  // Whether an annex opened since the last footnotes were read: its footnotes may be numbered from 1 again.
  let annex = false;
  const marked = pagesMarked ? pages(lines.length, breaks) : footerPages(lines);
  // How far the text was searched for a call of the footnote whose number may be dropped (skipsDropped).
  const called: CallSearch = { mark: 0, scanned: 0, found: false };
  // A text that marks no page and ends in no footer (a plain export with the form feeds lost, a footer-less document)
  // shows its pages' ends only by its footnotes' shape.
  const shaped = !pagesMarked && marked.every((page) => footerLine(lines, page, true) === null);
  const textPages = shaped ? shapedPages(lines) : marked;
  for (const [index, page] of textPages.entries()) {
    for (let line = page.start; line < page.end; line += 1) {
      const flat = flatFootnotes(lines[line] ?? '', next);
      if (flat === null) continue;
      lines[line] = flat.text;
      next = flat.next;
      changed = true;
    }
    const footer = footerLine(lines, page, !pagesMarked);
    // Plain pdftotext may join the page's last footnote line, cut by hyphenation, to the footer's number (`… terminal op 16102/25`).
    const glued = footer === null ? gluedFooter(lines, page, (footerNumbers ??= footerNumbersOf(lines))) : null;
    const unglued = glued === null ? null : setFooterApart(lines, glued, page.end);
    const foot = footer ?? (unglued === null ? (pagesMarked || (shaped && page.footless !== true) ? page.end : null) : unglued.line + 1);
    // Plain pdftotext may run the first footnote's number onto the page's last text line (`… working proced1` / `2` / `3`).
    const apartMark = pagesMarked && foot !== null ? setGluedMarkApart(lines, page.start, foot, next) : null;
    let last: number | null = null;
    let lastWidth = 0;
    if (foot !== null) {
      for (let line = page.start; !annex && line < foot; line += 1) annex = ANNEX_HEADING.test((lines[line] ?? '').trim());
      // An annex may number its footnotes from 1 again, as a word processor's section restarting them prints them.
      const cutParagraph = goesOnBelow(lines, textPages[index + 1]);
      let inSequence = footnoteBlock(lines, page.start, foot, next, pagesMarked, footer !== null, cutParagraph);
      // The number set apart from its line stays on it unless it opens the page's footnotes.
      if (apartMark !== null && inSequence?.[0]?.markLine !== apartMark.line + 1) {
        apartMark.saved.forEach((text, index) => (lines[apartMark.line + index] = text));
        inSequence = footnoteBlock(lines, page.start, foot, next, pagesMarked, footer !== null, cutParagraph);
      }
      // A viewer's copy has no blank line to set that number apart: the line it was run onto stands for it.
      const cutMark = inSequence === null && !pagesMarked && footer !== null ? cutGluedMark(lines, page.start, foot, next) : null;
      if (cutMark !== null) {
        inSequence = footnoteBlock(lines, page.start, foot, next, pagesMarked, true, cutParagraph, cutMark.line);
        if (inSequence?.[0]?.markLine !== cutMark.line) {
          lines[cutMark.line] = cutMark.saved;
          inSequence = null;
        }
      }
      const restarted = inSequence ?? (annex && next > 1 ? footnoteBlock(lines, page.start, foot, 1, pagesMarked, footer !== null, cutParagraph) : null);
      if (restarted !== null && inSequence === null) annex = false;
      // Footnote `next` whose number plain pdftotext dropped where its text cannot be told (read by none of the above):
      // the footnotes after it are read where their numbers are printed, in sequence from `next + 1`, on a page that
      // prints no line opening with `next` (a number printed apart, `1` / `2` / `Doc. …`, is no number dropped).
      const numbered =
        restarted ??
        (skipsDropped(lines, page.start, foot, next, called)
          ? footnoteBlock(lines, page.start, foot, next + 1, pagesMarked, footer !== null, cutParagraph)
          : null);
      const openLines: OpenWidth = { width: openWidth, widthOf, under: underCalls(numbered, page.start, foot) };
      const whole: number[] =
        open === null
          ? []
          : continuation(lines, page.start, firstLineOf(lines, numbered) ?? foot, numbered !== null, lines[open] ?? '', !pagesMarked && !shaped, openLines);
      // Under the rest of the footnote above, the page's own footnote whose number plain pdftotext dropped.
      const below: Dropped | null =
        numbered === null && pagesMarked
          ? (droppedFootnote(lines, page.start, whole, next, whole[0] ?? foot, true) ??
            (open !== null && whole.length === 0 ? restOverDropped(lines, page.start, foot, next, lines[open] ?? '', openLines) : null))
          : null;
      const block: FootFootnote[] | null = below === null ? numbered : [below.footnote];
      const rest: readonly number[] = below === null ? whole : below.kept;
      if (open !== null && rest.length > 0) {
        words ??= vocabularyOf(lines);
        for (const [index, line] of rest.entries()) {
          lines[open] =
            index === 0 && cut ? joinCutLine(lines[open] ?? '', lines[line] ?? '', words) : joinWrappedLine(lines[open] ?? '', lines[line] ?? '', words);
          lines[line] = '';
        }
        last = open;
        lastWidth = cutWidth([openWidth, ...rest.map(widthOf)], page, widthOf);
        changed = true;
      }
      if (block !== null) {
        for (const footnote of block) applyDefinition(lines, footnote, (words ??= vocabularyOf(lines)));
        // The calls from the last on: marking one does not move the places of those before it on its line.
        for (const { call } of [...block].sort((a, b) => b.call.line - a.call.line || b.call.at - a.call.at)) {
          lines[call.line] = markedCall(lines[call.line] ?? '', call.at, true);
        }
        next = Number(block[block.length - 1]?.mark ?? next) + 1;
        const final: FootFootnote | undefined = block[block.length - 1];
        if (final !== undefined) {
          last = final.definition;
          lastWidth = cutWidth([final.definition, ...final.wrapped].map(widthOf), page, widthOf);
        }
        changed = true;
      }
    }
    // A page whose foot holds no footnote keeps its lines as they were.
    if (unglued !== null && last === null) unglued.saved.forEach((text, index) => (lines[unglued.line + index] = text));
    // A footnote whose text ends in no sentence's end may go on at the next page's foot.
    open = last !== null && !closesFootnote((lines[last] ?? '').trimEnd()) ? last : null;
    openWidth = open === null ? 0 : lastWidth;
    cut = unglued !== null && open !== null;
    for (let line = page.start; line < page.end; line += 1) {
      const marked = MARKED_DEFINITION.exec(lines[line] ?? '');
      if (marked?.[1] !== undefined && Number(marked[1]) >= next) next = Number(marked[1]) + 1;
    }
  }
  if (!changed) return text;
  lines.forEach((line, index) => {
    parts[index * 2] = line;
  });
  return parts.join('');
}

/**
 * Whether the page's foot may hold the footnotes after `next` with footnote `next`'s number dropped: `next + 1` is
 * printed at a line's start, `next` at none (a number printed apart, `1` / `2` / `Doc. …`, is no number dropped), and
 * `next` is called in the text above (a text numbered `2` with no call of 1 is no footnote).
 */
function skipsDropped(lines: readonly string[], from: number, to: number, next: number, called: CallSearch): boolean {
  let printed = false;
  for (let line = from; line < to; line += 1) {
    const number = DEFINITION.exec(lines[line] ?? '')?.[2] ?? LONE_NUMBER.exec(lines[line] ?? '')?.[2];
    if (number === String(next)) return false;
    printed ||= number === String(next + 1);
  }
  if (!printed) return false;
  // The text above is searched once for each number: a page searches only the lines after those searched before.
  if (called.mark !== next) Object.assign(called, { mark: next, scanned: 0, found: false });
  if (!called.found && called.scanned < to) called.found = lastCall(lines, String(next), called.scanned, to) !== null;
  called.scanned = Math.max(called.scanned, to);
  return called.found;
}

/** How far the text was searched for a call of footnote `mark` (lines before `scanned`), and whether one was found. */
interface CallSearch {
  mark: number;
  scanned: number;
  found: boolean;
}

/** A quick test that some line could open a plain footnote (its number before its text, or alone on the line). */
const DEFINITION_ANYWHERE = /(?:^|[\n\r\f\v\u2028\u2029])[ \t]{0,3}\d{1,3}(?:[ \t]+\S|[ \t]*(?:$|[\n\r\f\v\u2028\u2029]))/;

/**
 * A quick test that some line could hold the footnote of a page run into one line: a number and text after a
 * sentence's or a list item's end, a withheld text or a wide gap after a number.
 */
const FLAT_DEFINITION_ANYWHERE =
  /[.!?;]["'”’)\]]{0,2}(?:\d{1,3})?[ \t]{1,40}(?:_{3,80}[ \t]{1,40})?\d{1,3}[ \t]+\S|\S[ \t]\d{1,3}(?:[ \t]{2,40}(?:[\p{Lu}\p{N}"“„«]|https?:\/\/)|[ \t]+\[(?:…|\.{3})\])/u;

/**
 * What only a page run into one line may hold a footnote by: a number after a word before a capital (`… while one
 * delegation (HU) 1 Also circulated as …`, the sentence the page break cut), or a run of numbers plain `pdftotext`
 * printed apart after a word (`… or other 4 5 …`, `… proced1 2 …`). On a line that ends in no page's footer they are
 * the text's own (`… on 13 and 14 December 2011`, `… in Dokument 17240/11 OJ CRP1 47 an.`, a -layout summary record's
 * lines), and let no footnote be looked for there.
 */
const FLAT_RUN = /\S[ \t]\d{1,3}[ \t]\p{Lu}|\p{L}[ \t]?\d{1,3}[ \t]\d{1,3}[ \t]/u;

/** FLAT_RUN searched along a whole text: a match holds no line break (each of its characters is none), so it lies on one line. */
const FLAT_RUNS = new RegExp(FLAT_RUN.source, 'gu');

/** A character LINE_BREAK breaks a line at (`\r\n` is two of them, with no line between). */
const BREAK_CHARACTER = /[\r\n\f\v\u2028\u2029]/g;

/** Where the line holding offset `at` of `text` starts: after the last line break before it. */
function lineStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0x2028 || code === 0x2029;
}

/**
 * Whether a line of a page run into one line (a line that ends in its footer) holds FLAT_RUN. Only the lines that hold
 * one are cut out and asked for a footer, each once: the search goes on from the end of the line it found one on, and
 * the first match after it is on the next line that holds one.
 */
export function flatRunAnywhere(text: string): boolean {
  FLAT_RUNS.lastIndex = 0;
  for (let run = FLAT_RUNS.exec(text); run !== null; run = FLAT_RUNS.exec(text)) {
    BREAK_CHARACTER.lastIndex = run.index;
    const end = BREAK_CHARACTER.exec(text)?.index ?? text.length;
    if (footerEndingLine(text.slice(lineStart(text, run.index), end)) !== null) return true;
    FLAT_RUNS.lastIndex = end;
  }
  return false;
}

interface Page {
  start: number;
  end: number;
  /** Whether the page ends in no foot of footnotes (the text after the last foot of a text whose pages are found by shape). */
  footless?: true;
}

/** The pages of the text: cut at each form feed (line `index` ends with `breaks[index]`); one page when there is none. */
function pages(count: number, breaks: readonly string[]): Page[] {
  const found: Page[] = [];
  let start = 0;
  breaks.forEach((lineBreak, index) => {
    if (lineBreak === '\f') {
      found.push({ start, end: index + 1 });
      start = index + 1;
    }
  });
  if (start < count) found.push({ start, end: count });
  return found;
}

/**
 * The pages of a text that marks none but prints its footers (a copy out of a PDF viewer: no form feed, no blank line):
 * each ends with a footer's first line that opens with the number the text's last footer opens with, so that a page's
 * footnotes end at its footer, not at the document's last; one page when the text prints no footer.
 */
function footerPages(lines: readonly string[]): Page[] {
  const whole = { start: 0, end: lines.length };
  const last = footerLine(lines, whole, true);
  const number = last === null ? undefined : FOOTER_NUMBER.exec(lines[last] ?? '')?.[1];
  if (number === undefined) return [whole];
  const key = footerNumberKey(number);
  const found: Page[] = [];
  let start = 0;
  for (const [line, text] of lines.entries()) {
    if (line < start || line === last || !FOOTER_START.test(text) || footerNumberKey(FOOTER_NUMBER.exec(text)?.[1] ?? '') !== key) continue;
    found.push({ start, end: line + 1 });
    start = footerTailEnd(lines, line + 1);
  }
  found.push({ start, end: lines.length });
  return found;
}

/**
 * The widest gap between a footer's pieces on one line: `-layout` sets the directorate, the marking and the language in
 * the footer's columns (`JAI.1                 LIMITE                 IT`), some 45 to 90 spaces apart, and a copy that
 * keeps each line as printed keeps them.
 */
const TAIL_GAP = 160;

/**
 * A piece of a footer's rest as a copy prints it one or a few to a line under the footer's number: the page (`3`),
 * the initials (`MK/ps`), the directorate (`JAI.1`, `GIP.B`, `DGD 1C`, `CAB`), the marking (`LIMITE`) and the language
 * (`EN`), the last three also on one line (`JAI.1 LIMITE EN`, `GIP.B     EN`).
 */
const FOOTER_TAIL_PIECE = new RegExp(
  String.raw`^[ \t]{0,40}(?:${FOOTER_PAGE}|\p{L}{1,5}(?:[,/][ \t]?\p{L}{1,5}){1,6}|(?:(?:[A-Z]{2,6}(?:\.\d{1,2}|\.[A-Z]{1,4}|[ \t]\d[A-Z]?)|[A-Z]{2,3})(?:[ \t]{1,${TAIL_GAP}}|$))?(?:${MARKING_SOURCE}(?:[ \t]{1,${TAIL_GAP}}|$))?(?:${FOOTER_LANGUAGES})?)[ \t]{0,40}$`,
  'u',
);

/** A footer's language ending a piece of its rest (`EN`, `JAI.1 LIMITE EN`): the footer ends there. */
const FOOTER_TAIL_END = new RegExp(String.raw`(?:^|[ \t])${FOOTER_LANGUAGES}[ \t]{0,40}$`);

/** The most lines a footer's rest takes under its number in a copy. */
const MAX_FOOTER_TAIL = 6;

/**
 * The line after the rest of the footer whose number ends the line before `from` in a copy without form feeds: its
 * pieces (FOOTER_TAIL_PIECE) up to the one its language ends, so that the next page's text — where its footnotes' calls
 * are looked for — opens under them (`JAI.1` is no call of footnote 1); `from` itself when no language ends them.
 */
function footerTailEnd(lines: readonly string[], from: number): number {
  let reach = from + MAX_FOOTER_TAIL;
  for (let line = from; line < Math.min(lines.length, reach); line += 1) {
    const text = lines[line] ?? '';
    if (text.trim() === '' || !FOOTER_TAIL_PIECE.test(text)) return from;
    if (FOOTER_TAIL_END.test(text)) return line + 1;
    reach += contentsPagesAt(lines, line + 1);
  }
  return from;
}

/** The most pages a table of contents lists on one page (its column of page numbers). */
const MAX_CONTENTS_PAGES = 60;

/** A page a table of contents lists alone on its line (`4`, `16`). */
const CONTENTS_PAGE = /^[ \t]*(\d{1,3})[ \t]*$/;

/**
 * How many lines from `at` are a table of contents' column of page numbers that plain `pdftotext` printed among the
 * footer's pieces (`6543/25`, `EB/dk`, `JAI.1`, then `4`, `6`, `6` … `16`, then the footer's `1` and `EN`): two
 * numbers or more alone on their lines, in order, above the footer's page; 0 where none.
 */
function contentsPagesAt(lines: readonly string[], at: number): number {
  let previous = 0;
  let end = at;
  for (; end < Math.min(lines.length, at + MAX_CONTENTS_PAGES); end += 1) {
    const page = CONTENTS_PAGE.exec(lines[end] ?? '');
    if (page === null || Number(page[1]) < previous) break;
    previous = Number(page[1]);
  }
  // the footer's own page ends the run: out of order, or the last number before the language
  const column = CONTENTS_PAGE.test(lines[end] ?? '') ? end - at : end - at - 1;
  return column >= 2 ? column : 0;
}

/**
 * The pages of a text that marks none and prints no footer, as its footnotes' shape shows their ends: each page ends
 * after a block of plain footnotes at its foot — a run of lines after a blank line or a sentence's end, up to the next blank line, page number or running header
 * (`endsShapedFoot`; at most `MAX_FOOTNOTE_LINES`), its first line a definition (`1 Doc. 8123/25, …`) whose number the text since the last such
 * block calls (`paper1`, `assessment 1,`), its last line ending a sentence (`… p. 89.`) or a list's item the next page
 * goes on with (`…;`); the rest of the text is the
 * last page. footnoteBlock then reads each block as a page's foot, in sequence with the document's footnotes so far and
 * each called above it, so that a numbered list or table printed alone (`1 Adoption of the agenda`) stays text; the
 * text after the last block is a page with no foot.
 */
function shapedPages(lines: readonly string[]): Page[] {
  const found: Page[] = [];
  let start = 0;
  const searches: { from: number; byMark: Map<string, CallsAbove> } = { from: start, byMark: new Map() };
  for (let line = 1; line < lines.length; line += 1) {
    const above = (lines[line - 1] ?? '').trimEnd();
    const cutAbove = above !== '' && !ENDS_FOOTNOTE.test(above);
    if (cutAbove && !CUT_DEFINITION.test(lines[line] ?? '')) continue;
    const mark = definitionMark(lines, line, line + 1);
    if (mark === undefined) continue;
    let end = line + 1;
    if (cutAbove) {
      const cutEnd = cutFootEnd(lines, line, BEFORE_ITEM.test(above));
      if (cutEnd === null) continue;
      end = cutEnd;
    } else {
      while (end < lines.length && end - line < MAX_FOOTNOTE_LINES && !endsShapedFoot(lines, end)) end += 1;
      const last = (lines[end - 1] ?? '').trimEnd();
      if (!(ENDS_FOOTNOTE.test(last) || BEFORE_ITEM.test(last))) continue;
    }
    // The text above is searched from the page's start once for each number, each search going on where the last stopped.
    if (searches.from !== start) Object.assign(searches, { from: start, byMark: new Map() });
    let search = searches.byMark.get(mark);
    if (search === undefined) searches.byMark.set(mark, (search = new CallsAbove(lines, mark, start)));
    if (search.lastUpTo(line) === null) continue;
    found.push({ start, end });
    start = end;
    line = end;
  }
  if (start < lines.length) found.push({ start, end: lines.length, footless: true });
  return found;
}

/** The most lines the footnotes inside a sentence the page break cut take (cutFootEnd). */
const MAX_CUT_FOOT_LINES = 8;

/**
 * The end of a page's footnotes that plain `pdftotext` printed inside the sentence the page break cut, in a copy that
 * marks no page and prints no footer (`… while one delegation (HU)` / `1 Also circulated as WK 2345/2026.` / `entered
 * a parliamentary …`; in a public version `… est convenu de le` / `1 […]` / `transmettre au Coreper.`, and under a
 * list's item ending in `;`, `• […];` / `1 […]` / `• exchange views …`): the lines from `line`, the first numbered,
 * to one that ends a sentence (not on an abbreviation's dot), the next page's text going on under it, after a blank
 * line or the page's number, in lower case or, after an item (`list`), with the list's next item (also right under it).
 * The line after the footnotes, or null: a numbered line inside a paragraph is text unless the paragraph goes on so
 * after it, as no sentence of a body does after its full stop.
 */
function cutFootEnd(lines: readonly string[], line: number, list: boolean): number | null {
  for (let end = line + 1; end < lines.length && end - line <= MAX_CUT_FOOT_LINES; end += 1) {
    const last = (lines[end - 1] ?? '').trimEnd();
    const closes = ENDS_FOOTNOTE.test(last) && !endsWithAbbreviation(last);
    let below = end;
    while (below - end < 3 && (lines[below] ?? '').trim() === '') below += 1;
    if (PAGE_NUMBER.test(lines[below] ?? '')) below += 1;
    while (below - end < 4 && (lines[below] ?? '').trim() === '') below += 1;
    // Right under the footnote (no blank line, no page's number), only the list's next item sets it apart: a line in
    // lower case would be read as the footnote's own wrapped line.
    if (closes && (list ? LIST_GOES_ON : GOES_ON).test(lines[below] ?? '') && (list || below > end)) return end;
    if (below !== end) return null;
  }
  return null;
}

/** A page's number alone on its line (`2`, `- 2 -`), not over a footnote's indented text. */
const PAGE_NUMBER = /^[ \t]*(?:[-–][ \t]*)?\d{1,3}(?:[ \t]*[-–])?[ \t]*$/;

/**
 * Whether line `line` ends a block of footnotes at a page's foot in a text that marks no page: a blank line, the page's
 * number, the running header opening the next page (the document's number alone, `16230/25`; its marking alone,
 * `RESTREINT UE/EU RESTRICTED`, `LIMITE`), or the next page's text going on under the footnote's sentence (pageGoesOn).
 */
function endsShapedFoot(lines: readonly string[], line: number): boolean {
  const text = lines[line] ?? '';
  return (
    text.trim() === '' ||
    FOOTER_START.test(text) ||
    MARKING_LINE.test(text.trim()) ||
    (PAGE_NUMBER.test(text) && !INDENTED_TEXT.test(lines[line + 1] ?? '')) ||
    pageGoesOn(lines, line)
  );
}

/**
 * Whether line `line` opens the next page's text right under a footnote, as a copy without footers or blank lines runs
 * the pages on (`1 Doc. 5299/16.` / `ANNEX` / `Summary`, `… 13802/25.` / `4.` / `Preparation of the Council`): an
 * annex's heading alone, or — after a line ending a sentence, not on an abbreviation's dot (`… 3.3.2010, p.` / `50.` is
 * the footnote's citation going on) — a paragraph's or item's number (`4.`, `4. Preparation …`, `b)`) or a heading
 * over its paragraph (`1 Doc. 5299/16.` / `Summary` / `This is the fourth report …`, headingOver).
 */
function pageGoesOn(lines: readonly string[], line: number): boolean {
  const text = lines[line] ?? '';
  if (ANNEX_HEADING.test(text.trim())) return true;
  const above = (lines[line - 1] ?? '').trimEnd();
  if (!ENDS_FOOTNOTE.test(above) || endsWithAbbreviation(above)) return false;
  return NUMBERED_LINE.test(text) || NUMBER_ALONE_LINE.test(text) || headingOver(text, lines[line + 1] ?? '', above.length);
}

/** A heading's line: opening with a capital, a few words, ending in no punctuation (`Summary`, `Résumé`, `Zusammenfassung`). */
const HEADING_LINE = /^[ \t]*\p{Lu}[^\s.!?…:;,]*(?:[ \t]\S+){0,7}$/u;

/** A line opening a paragraph: a capital or a digit. */
const OPENS_PARAGRAPH = /^[ \t]*[\p{Lu}\d]/u;

/**
 * Whether `text` is a heading over the paragraph `below` (not a footnote's line wrapped): a few words ending in no
 * punctuation, the paragraph opening under it with a capital or a digit, and its first word one that would have fit on
 * the line (`Summary` / `This is …` on a page whose lines run `width` long): a word processor wraps no line before a word that fits.
 */
function headingOver(text: string, below: string, width: number): boolean {
  if (!HEADING_LINE.test(text.trimEnd()) || /[.!?…:;,]$/u.test(text.trimEnd()) || !OPENS_PARAGRAPH.test(below)) return false;
  const word = below.trim().split(/[ \t]/u)[0] ?? '';
  return text.trim().length + 1 + word.length < Math.max(width, below.trimEnd().length);
}

/** Whether the page's text opens mid-sentence, in lower case (`transmettre au Coreper.`): a paragraph the page break cut goes on there. */
function goesOnBelow(lines: readonly string[], page: Page | undefined): boolean {
  if (page === undefined) return false;
  for (let line = page.start; line < page.end; line += 1) if ((lines[line] ?? '').trim() !== '') return GOES_ON.test(lines[line] ?? '');
  return false;
}

/**
 * The page's footer's first line, or null. In a text that marks no page (`unmarked`), a document number alone with a
 * sentence's line under it (`6977/25`, a header's reference, over `1 Edellinen kompromissiteksti on asiakirjassa 6977/25.`) is
 * no footer: a footer's pieces are all a copy prints under its number.
 */
function footerLine(lines: readonly string[], page: Page, unmarked = false): number | null {
  let prose = false;
  for (let line = page.end - 1; line >= Math.max(page.start, page.end - FOOTER_REACH); line -= 1) {
    if (FOOTER_START.test(lines[line] ?? '')) return prose ? null : line;
    prose ||= unmarked && THREE_WORDS.test(lines[line] ?? '') && /\p{Ll}{2}/u.test(lines[line] ?? '');
  }
  return null;
}

/** Three words apart by single spaces (with a word in lower case, a sentence's), never a footer's pieces; tried from a word's start only. */
const THREE_WORDS = /(?<!\p{L})\p{L}+ \p{L}+ \p{L}+/u;

/** The document number a footer's first line opens with (`16102/25`, `CM 1234/24`, `8812/1/19 REV 1`). */
const FOOTER_NUMBER = new RegExp(String.raw`^[ \t]*(${FOOTER_DOCUMENT_NUMBER})`);

/** The same number ending a line of text after a space or tab (`… terminal op 16102/25`). */
const GLUED_FOOTER_NUMBER = new RegExp(String.raw`[ \t](${FOOTER_DOCUMENT_NUMBER})[ \t]*$`);

/** A footer's number as the text's footers are compared: its parts apart by one space. */
function footerNumberKey(number: string): string {
  return number.replace(/[ \t]+/g, ' ');
}

/** The numbers the text's page footers open with. */
function footerNumbersOf(lines: readonly string[]): Set<string> {
  const numbers = new Set<string>();
  for (const line of lines) {
    const number = FOOTER_START.test(line) ? FOOTER_NUMBER.exec(line)?.[1] : undefined;
    if (number !== undefined) numbers.add(footerNumberKey(number));
  }
  return numbers;
}

/** A text line plain `pdftotext` ran into the footer's number: the line, the text before the number and the number. */
interface GluedFooter {
  line: number;
  before: string;
  number: string;
}

/** The page's last line of text that ends with a number its other pages' footers open with, after a space (`… terminal op 16102/25`), or null. */
function gluedFooter(lines: readonly string[], page: Page, numbers: ReadonlySet<string>): GluedFooter | null {
  if (numbers.size === 0) return null;
  for (let line = page.end - 1; line >= Math.max(page.start, page.end - FOOTER_REACH); line -= 1) {
    const text = lines[line] ?? '';
    const number = GLUED_FOOTER_NUMBER.exec(text);
    if (number?.[1] === undefined || !numbers.has(footerNumberKey(number[1]))) continue;
    const before = text.slice(0, number.index).trimEnd();
    if (/\p{L}/u.test(before)) return { line, before, number: number[1] };
  }
  return null;
}

/**
 * The footer's number set apart from the text line plain `pdftotext` ran it into: the line keeps its text, and the
 * footer's pieces below it (`JAI.1`, blank, `JV/mk`, `LIMITE`, blank, `1`, `EN`) are printed one to a line from the
 * number on, as broken-footers.ts reads them; the lines as they were, to set back. Null when there is no blank line to
 * make room.
 */
function setFooterApart(lines: string[], glued: GluedFooter, pageEnd: number): { line: number; saved: string[] } | null {
  const saved = lines.slice(glued.line, pageEnd);
  const pieces = [glued.number, ...saved.slice(1).filter((text) => text.trim() !== '')];
  if (pieces.length >= saved.length) return null;
  lines[glued.line] = glued.before;
  saved.slice(1).forEach((_, index) => (lines[glued.line + 1 + index] = pieces[index] ?? ''));
  return { line: glued.line, saved };
}

/**
 * A footnote's line plain `pdftotext` ran into the footer's number joined to its rest on the next page: the hyphen it
 * dropped there put back where the document spells the word whole (`op` / `erators`: `operators`), else a space.
 */
function joinCutLine(text: string, below: string, words: ReadonlySet<string>): string {
  const joined = joinWrappedLine(`${text}-`, below, words);
  // Plain `pdftotext` dropped the hyphen: only a word the document spells whole is made so, never a compound (`sub` / `contractors`).
  return joined === `${text}- ${below.trim()}` || joined === `${text}-${below.trim()}` ? `${text} ${below.trim()}` : joined;
}

interface FootFootnote {
  mark: string;
  /** The definition's first line and the wrapped lines joined to it. */
  definition: number;
  wrapped: number[];
  /** Where its call stands: the line and the offset of the mark. */
  call: { line: number; at: number };
  /** The line its number stood alone on, when plain `pdftotext` printed it apart from its text (apart-footnotes.ts). */
  markLine?: number;
  /** Whether plain `pdftotext` printed no number for it: the number is set before its text. */
  unnumbered?: true;
  /** Whether its number was glued to the end of the line `markLine`, which keeps its text (apart-footnotes.ts). */
  glued?: true;
}

/**
 * The footnotes of the lines right above `foot` (up to a blank line): read from the first line numbered `next` whose
 * lines below are definitions numbered in sequence, each called above the block; else, in a text whose pages are marked,
 * those plain `pdftotext` prints with their numbers apart from their texts (apart-footnotes.ts); null when there are none.
 */
function footnoteBlock(
  lines: readonly string[],
  pageStart: number,
  foot: number,
  next: number,
  pagesMarked: boolean,
  hasFooter: boolean,
  cutParagraph: boolean,
  glued: number | null = null,
): FootFootnote[] | null {
  let bottom = foot - 1;
  while (bottom >= pageStart && (lines[bottom] ?? '').trim() === '') bottom -= 1;
  let top = bottom;
  while (top - 1 >= pageStart && bottom - top < MAX_FOOTNOTE_LINES && (lines[top - 1] ?? '').trim() !== '') top -= 1;
  for (let first = top; first <= bottom; first += 1) {
    if (definitionMark(lines, first, bottom) !== String(next)) continue;
    const block = readBlock(lines, pageStart, first, bottom, next, first, pagesMarked);
    if (block !== null) return block;
  }
  // A copy without form feeds or blank lines (a viewer's) ends a page at its footer only: the foot's texts are the
  // lines under the page's last run of numbers alone on their lines, the numbers plain `pdftotext` printed apart.
  if (!pagesMarked && hasFooter) {
    const run = lastRunEnd(lines, pageStart, bottom, next, glued);
    const block = run === null || run > bottom ? null : apartBlock(lines, pageStart, run, bottom, next, glued);
    // Without a blank line to set the foot apart, each text is told by its call in a line of text (not a footer's piece,
    // `JAI.1`, above the footer's page number), the first call standing above the run of numbers (the later ones may
    // stand in the paragraph plain `pdftotext` prints after the numbers' column, `… 10 May 20194.`), and by opening no
    // numbered paragraph (`6.` / `Varios`).
    const firstMark = block?.[0]?.markLine;
    // A number glued to a line of text may be called on that line too (`… the report1 on working proced1`).
    const told =
      firstMark !== undefined &&
      (block?.[0]?.call.line ?? firstMark) < firstMark + (firstMark === glued ? 1 : 0) &&
      block?.every(({ call, definition }) => /\S\s+\S/.test(lines[call.line] ?? '') && opensFootnoteText(lines, definition));
    return told === true ? block : viewerBlock(lines, pageStart, top, bottom, next);
  }
  // Numbers printed apart from their texts, or the first number dropped: plain `pdftotext`, which marks its pages with form feeds.
  if (!pagesMarked || top > bottom) return null;
  return (
    apartBlock(lines, pageStart, top, bottom, next) ??
    unnumberedBlock(lines, pageStart, top, bottom, next, hasFooter, cutParagraph) ??
    strippedBlock(lines, pageStart, top, bottom, next)
  );
}

/**
 * The footnotes of a copy of plain `pdftotext` without its blank lines, as sites republishing the register print it:
 * each number alone right above its text at the page's foot (`… hervorgehoben wurde;` / `1` / `EUCO 79/14.`), read as
 * a viewer's copy's are (viewerBlock); not where the first number stands right under a paragraph's number alone
 * (`3.` / `1` / `The revised text …`), where plain `pdftotext` printed the paragraph's number and the footnote's apart
 * from their texts, the footnote's text further down: nothing is read then.
 */
function strippedBlock(lines: readonly string[], pageStart: number, top: number, bottom: number, next: number): FootFootnote[] | null {
  const block = viewerBlock(lines, pageStart, top, bottom, next);
  const definition = block?.[0]?.definition ?? pageStart;
  // the number's own line: the definition's, or the one above its text
  let above = (LONE_NUMBER.test(lines[definition] ?? '') ? definition : definition - 1) - 1;
  while (above > pageStart && (lines[above] ?? '').trim() === '') above -= 1;
  return block === null || PARAGRAPH_NUMBER_ALONE.test(lines[above] ?? '') ? null : block;
}

/** A paragraph's or point's number alone on its line (`3.`, `IV.`, `b)`), as plain `pdftotext` prints the number column. */
const PARAGRAPH_NUMBER_ALONE = /^[ \t]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,6}|[a-z])[.)][ \t]*$/;

/**
 * The footnotes of a viewer's copy of a `-layout` page that printed each number alone above its indented text: the
 * copy keeps the number alone and drops the indent (`7` / `Proposal for a Directive …`), so a number alone above a line
 * opening a footnote's text, numbered `next` and in sequence down to the footer, each called above, is a definition.
 */
function viewerBlock(lines: readonly string[], pageStart: number, top: number, bottom: number, next: number): FootFootnote[] | null {
  for (let first = top; first <= bottom; first += 1) {
    if (definitionMark(lines, first, bottom, true) !== String(next)) continue;
    const block = readBlock(lines, pageStart, first, bottom, next, first, false, true);
    // Each called in a line of text (not a footer's piece, `JAI.1`), its text no numbered paragraph or item (`4.`).
    const told = block?.every(({ call, wrapped }) => /\S\s+\S/.test(lines[call.line] ?? '') && !wrapped.some((line) => NUMBERED_LINE.test(lines[line] ?? '')));
    if (block !== null && told === true) return block;
  }
  return null;
}

/**
 * The footnotes plain `pdftotext` printed with their numbers apart from their texts (apart-footnotes.ts), each called
 * above its text; null when there are none, or when the page calls the number after the run too: that footnote is on
 * the page with its number dropped, and which of the foot's texts lost it cannot be told.
 */
function apartBlock(
  lines: readonly string[],
  pageStart: number,
  top: number,
  bottom: number,
  next: number,
  glued: number | null = null,
): FootFootnote[] | null {
  const apart = apartFootnotes(lines, pageStart, top, bottom, next, glued);
  if (apart === null) return null;
  const first = apart[0]?.definition ?? top;
  if (lastCall(lines, String(next + apart.length), pageStart, first) !== null) return null;
  const block: FootFootnote[] = [];
  for (const footnote of apart) {
    const call = lastCall(lines, footnote.mark, pageStart, first);
    if (call === null) return null;
    block.push({ ...footnote, call });
  }
  return distinctCalls(block) ? block : null;
}

/**
 * The footnotes of a page's foot whose first, numbered `next`, plain `pdftotext` printed without its number (dropped
 * altogether, not printed apart): its text is the foot's lines from `top` down to the first definition numbered `next +
 * 1` (`Doc. 14470/25.` / `2 Doc. 14470/1/25 REV 1, …`), or the whole foot where there is none and the page has its
 * footer. Read only where that is unambiguous: the foot holds one such text (isUnnumberedFootnote of
 * apart-footnotes.ts), the page calls `next` once (`hostilités1.`, `assessment 1,`) and, where no definition follows,
 * `next + 1` nowhere; null otherwise, the lines kept as text. A whole foot that ends in no sentence's end where the
 * next page opens mid-sentence (`cutParagraph`) is the page's last paragraph the break cut (`… est convenu de le` /
 * `[…]`, then `transmettre au Coreper.`), not a footnote.
 */
function unnumberedBlock(
  lines: readonly string[],
  pageStart: number,
  top: number,
  bottom: number,
  next: number,
  hasFooter: boolean,
  cutParagraph: boolean,
): FootFootnote[] | null {
  let following = top + 1;
  while (following <= bottom && definitionMark(lines, following, bottom) !== String(next + 1)) following += 1;
  if ((following > bottom && !hasFooter) || !isUnnumberedFootnote(lines, pageStart, top, following - 1)) return null;
  if (following > bottom && cutParagraph && !endsSentence(lines, top, bottom)) return null;
  // With no definition printed on the page, the text right under an item's or paragraph's numbered title is its own.
  if (following > bottom && underNumberedTitle(lines, pageStart, top)) return null;
  if (callCount(lines, next, pageStart, top) !== 1 || (following > bottom && callCount(lines, next + 1, pageStart, top) !== 0)) return null;
  const call = lastCall(lines, String(next), pageStart, top);
  if (call === null) return null;
  const unnumbered: FootFootnote = { mark: String(next), definition: top, wrapped: rangeOf(top + 1, following - 1), call, unnumbered: true };
  if (following > bottom) return [unnumbered];
  const rest = readBlock(lines, pageStart, following, bottom, next + 1, top, true);
  return rest === null || !distinctCalls([unnumbered, ...rest]) ? null : [unnumbered, ...rest];
}

/** A paragraph's or item's number alone on its line, as plain `pdftotext` prints it apart from its title (`4.`, `3.2`). */
const NUMBER_ALONE_LINE = /^[ \t]*\d{1,3}(?:\.\d{1,3})*\.?[ \t]*$/;

/**
 * Whether the text opening at `top` stands right under a numbered title, blank lines between: the title's line with its
 * number (`-layout`: `4.    Preparation of the Council`) or under its number alone (plain `pdftotext`: `4.` / `` /
 * `Preparation of the Council`), ending in no sentence's end. A summary record's or an outcome's last item (`The Committee took note of the state
 * of preparation of the Council.`) is such a text; a footnote whose number plain `pdftotext` dropped stands under the
 * page's text instead.
 */
function underNumberedTitle(lines: readonly string[], pageStart: number, top: number): boolean {
  let line = top - 1;
  while (line >= pageStart && (lines[line] ?? '').trim() === '') line -= 1;
  const title = (lines[line] ?? '').trimEnd();
  // A title ends in no sentence's end; a paragraph's text does (`2.` / `Die Delegationen unterstützten den Text.`).
  if (line < pageStart || ENDS_FOOTNOTE.test(title)) return false;
  if (NUMBERED_LINE.test(title)) return true;
  line -= 1;
  while (line >= pageStart && (lines[line] ?? '').trim() === '') line -= 1;
  return line >= pageStart && NUMBER_ALONE_LINE.test(lines[line] ?? '');
}

/**
 * Whether the lines `top` to `bottom` end a sentence, the withheld passages a public version prints at their end left
 * aside (`… est convenu de le` / `[…]`: no end, as `[…]` may withhold the sentence's rest).
 */
function endsSentence(lines: readonly string[], top: number, bottom: number): boolean {
  for (let line = bottom; line >= top; line -= 1) {
    const text = (lines[line] ?? '').replace(REDACTION_END, '').trimEnd();
    if (text !== '') return ENDS_FOOTNOTE.test(text);
  }
  return false;
}

/** The line numbers from `from` to `to`, both included. */
function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset);
}

/**
 * The definitions from `first` to `bottom` numbered `next`, `next + 1` … each with its call above `callsAbove`, or
 * null. With `fillDropped` (plain `pdftotext`), a footnote whose number it dropped between two numbered ones or after
 * the last is read from the lines of the one above it, where unambiguous (`droppedFootnote`).
 */
function readBlock(
  lines: readonly string[],
  pageStart: number,
  first: number,
  bottom: number,
  next: number,
  callsAbove = first,
  fillDropped = false,
  viewerCopy = false,
): FootFootnote[] | null {
  const block: FootFootnote[] = [];
  let expected = next;
  for (let line = first; line <= bottom; line += 1) {
    const mark = definitionMark(lines, line, bottom, viewerCopy);
    const current = block[block.length - 1];
    const dropped =
      fillDropped && current !== undefined && mark === String(expected + 1)
        ? droppedFootnote(lines, pageStart, current.wrapped, expected, callsAbove, false)
        : null;
    if (current !== undefined && dropped !== null) {
      current.wrapped = dropped.kept;
      block.push(dropped.footnote);
      expected += 1;
    }
    if (mark === String(expected)) {
      const call = lastCall(lines, mark, pageStart, callsAbove);
      if (call === null) return null;
      block.push({ mark, definition: line, wrapped: [], call });
      expected += 1;
    } else if (current === undefined) {
      return null;
    } else {
      (block[block.length - 1] ?? current).wrapped.push(line);
    }
  }
  const last = block[block.length - 1];
  const droppedLast = fillDropped && last !== undefined ? droppedFootnote(lines, pageStart, last.wrapped, expected, callsAbove, true) : null;
  if (last !== undefined && droppedLast !== null) {
    last.wrapped = droppedLast.kept;
    block.push(droppedLast.footnote);
  }
  return distinctCalls(block) ? block : null;
}

/** A footnote whose number plain `pdftotext` dropped, and the lines the text above it keeps. */
interface Dropped {
  footnote: FootFootnote;
  kept: number[];
}

/**
 * The footnote numbered `mark` whose number plain `pdftotext` dropped, its text run on under another footnote's
 * `wrapped` lines (`1 Doc. 14470/25.` / `Doc. 14470/1/25 REV 1, …`; or under the rest of a footnote the page above
 * cut): taken out of them where exactly one opens after a sentence's end, the page calls `mark` once above
 * `callsAbove` (glued to a word or one space after it) and, after the block's last footnote, the number after it
 * nowhere; the lines before it are kept by the text above. Null otherwise.
 */
function droppedFootnote(
  lines: readonly string[],
  pageStart: number,
  wrapped: readonly number[],
  mark: number,
  callsAbove: number,
  last: boolean,
): Dropped | null {
  const opening = wrapped.filter((line) => opensAfterSentence(lines, line));
  const start = opening[0];
  if (start === undefined || opening.length !== 1) return null;
  if (callCount(lines, mark, pageStart, callsAbove) !== 1 || (last && callCount(lines, mark + 1, pageStart, callsAbove) !== 0)) return null;
  const call = lastCall(lines, String(mark), pageStart, callsAbove);
  if (call === null) return null;
  return {
    footnote: { mark: String(mark), definition: start, wrapped: wrapped.filter((line) => line > start), call, unnumbered: true },
    kept: wrapped.filter((line) => line < start),
  };
}

/**
 * The rest of a footnote the page above cut, as wide as it, whose short last line stands right over the page's own
 * footnote whose number plain `pdftotext` dropped (`… les opérations conjointes qu’ils avaient prévues.` / `Doc.
 * 9849/13.`, the rest opening with a capital, `Conseil «Justice et affaires intérieures» …`): the block above the
 * footer, the last line in it opening after a sentence's end that footnote's text (droppedFootnote), the lines above it
 * the rest where fullWidthRest tells them; null where either is not told.
 */
function restOverDropped(lines: readonly string[], pageStart: number, foot: number, next: number, openText: string, open: OpenWidth): Dropped | null {
  let bottom = foot - 1;
  while (bottom >= pageStart && (lines[bottom] ?? '').trim() === '') bottom -= 1;
  let top = bottom;
  while (top - 1 >= pageStart && bottom - top < MAX_FOOTNOTE_LINES && (lines[top - 1] ?? '').trim() !== '') top -= 1;
  const start = rangeOf(top + 1, bottom).findLast((line) => opensAfterSentence(lines, line));
  const wide = start === undefined ? null : fullWidthRest(lines, top, start - 1, openText, open);
  return wide === null ? null : droppedFootnote(lines, pageStart, rangeOf(wide, bottom), next, wide, true);
}

/**
 * How often the page's lines above `to` call `mark` as plain `pdftotext` prints a call: glued to a word, one space after
 * it, or one space apart between two words; where none is, glued to a year (`20172`).
 */
function callCount(lines: readonly string[], mark: number, from: number, to: number): number {
  let count = 0;
  for (const line of lines.slice(from, to)) {
    const spaced = [...line.matchAll(spacedCall(String(mark)))].filter(
      (match) => !numberedByWord(line, match.index) && !numberedByCode(lines, from, to, line, match.index),
    );
    count += [...line.matchAll(gluedCall(String(mark)))].length + [...line.matchAll(numberCall(String(mark)))].length + spaced.length;
  }
  count += wordCalls(lines, String(mark), from, to).length;
  for (const line of lines.slice(from, to)) count += [...line.matchAll(superscriptCall(String(mark)))].length;
  // A call glued to a year (`… between 2014 and 20172.`) counts where no other call of the mark is printed, as lastCall takes it.
  if (count === 0) for (const line of lines.slice(from, to)) count += [...line.matchAll(yearCall(String(mark)))].length;
  return count;
}

/** The number a line opens as a footnote definition (`2 Doc. …`, or `2` alone above its indented text), or undefined. */
function definitionMark(lines: readonly string[], line: number, bottom: number, viewerCopy = false): string | undefined {
  const text = lines[line] ?? '';
  const plain = DEFINITION.exec(text)?.[2];
  if (plain !== undefined) return plain;
  const lone = LONE_NUMBER.exec(text)?.[2];
  if (lone === undefined || line >= bottom) return undefined;
  const below = lines[line + 1] ?? '';
  // A viewer copies the indented text under the number without its indent (`7` / `Proposal for a Directive …`).
  return INDENTED_TEXT.test(below) || (viewerCopy && VIEWER_FOOTNOTE_TEXT.test(below) && opensFootnoteText(lines, line + 1)) ? lone : undefined;
}

/**
 * The text a viewer copies under a footnote's number alone on its line: opening with a capital, a digit, a quote or an
 * address (`Proposal …`, `16343/24.`, `https://…`), and holding a small letter or a figure (not a footer's `EN`).
 */
const VIEWER_FOOTNOTE_TEXT = /^[ \t]{0,3}(?:[\p{Lu}\p{Lt}"“„«‘']|\d{1,6}\/|https?:\/\/|www\.)(?=.*[\p{Ll}\d])/u;

/** The end of a footnote's text that closes it: a sentence's end, its quote or bracket after it. */
const ENDS_FOOTNOTE = /[.!?…]["'”’)\]]{0,2}$/u;

/** An address ending a footnote whole (`… https://www.europol.europa.eu/…-business-structures`): not cut at its own slash or hyphen. */
const ENDS_IN_ADDRESS = /(?:^|[ \t(<])(?:https?:\/\/|www\.)\S*[^\s/-]$/;

/** Whether a footnote's last line closes it: a sentence's end, or an address that ends whole (a footnote citing a page). */
function closesFootnote(line: string): boolean {
  return ENDS_FOOTNOTE.test(line) || ENDS_IN_ADDRESS.test(line.slice(-300));
}

/** The first line of the rest of a footnote the page before cut: it goes on mid-sentence, in lower case. */
const GOES_ON = /^[ \t]*\p{Ll}/u;

/** The next item of a list the footnote holds (`• common training …`), which goes on after an item ending in `;` or a lead-in ending in `:`. */
const LIST_GOES_ON = /^[ \t]*[•▪◦–-][ \t]+\S/u;

/** The end of a footnote's line that a list's next item goes on from: `;`, `:` or `,`. */
const BEFORE_ITEM = /[;:,]$/;

/** An annex's heading line, alone: `ANNEX`, `ANLAGE II`, `ANNEXE A`, `ΠΑΡΑΡΤΗΜΑ` (bold allowed around it). */
const ANNEX_HEADING = new RegExp(String.raw`^(?:\*\*)?(?:${ANNEX_WORDS.join('|')})(?:[ \t]+(?:[IVX]{1,5}|\d{1,2}|[A-Z]))?(?:\*\*)?$`, 'u');

/**
 * How wide the open footnote's lines are printed (`width`, in characters), how wide a line of the text is (`widthOf`),
 * and the first line under the calls of the page's own footnotes (`under`): the page's text, which calls them, ends
 * below them.
 */
interface OpenWidth {
  width: number;
  widthOf: (line: number) => number;
  under: number;
}

/**
 * The first line of the footnotes read at a page's foot (`block`): the first one's number where it stands alone right
 * above its text (`3` / `Under the declaration …`, blank lines between them aside), else its text's; none without them.
 */
function firstLineOf(lines: readonly string[], block: readonly FootFootnote[] | null): number | undefined {
  const first = block?.[0];
  if (first?.markLine === undefined || first.markLine > first.definition) return first?.definition;
  const between = rangeOf(first.markLine + 1, first.definition - 1);
  return between.every((line) => (lines[line] ?? '').trim() === '') ? first.markLine : first.definition;
}

/** The first line under the calls, on the page from `pageStart` to `foot`, of the footnotes read at its foot (`block`); `pageStart` when none is called there. */
function underCalls(block: readonly FootFootnote[] | null, pageStart: number, foot: number): number {
  const called = (block ?? []).map(({ call }) => call.line).filter((line) => line >= pageStart && line < foot);
  return called.length === 0 ? pageStart : Math.max(...called) + 1;
}

/**
 * The lines of a footnote's rest a word processor prints at the top of the next page's foot, without a number: the
 * lines right above `below` (the page's first footnote, else its footer, blank lines between them skipped) up to a
 * blank line, the first in lower case (`personal data, that the persons …`) or, where the footnote's text so far
 * (`openText`) ends in `;`, `:` or `,`, the next item of the list it holds (`• common training …`); else the lines as
 * wide as the footnote's (fullWidthRest); none when they do not go on so.
 */
function continuation(
  lines: readonly string[],
  pageStart: number,
  below: number,
  aboveFootnote: boolean,
  openText: string,
  unmarked: boolean,
  open: OpenWidth,
): number[] {
  let bottom = below - 1;
  if (!aboveFootnote) while (bottom >= pageStart && (lines[bottom] ?? '').trim() === '') bottom -= 1;
  let top = bottom;
  while (top - 1 >= pageStart && bottom - top < MAX_FOOTNOTE_LINES && (lines[top - 1] ?? '').trim() !== '') top -= 1;
  const blockTop = top;
  // A copy with no blank line (a viewer's) runs the page's text on into the rest: it opens under the page's last
  // sentence's end, in lower case; the page's first line (a paragraph the break cut, `staff with access …`) is no rest,
  // nor the top of a block cut at MAX_FOOTNOTE_LINES with no blank line above it (a lettered point's text, `(i)` /
  // `a Multi-Annual …`, on a page whose text runs on for more lines than a foot holds).
  const unbounded = top === pageStart || (lines[top - 1] ?? '').trim() !== '';
  if (unmarked && unbounded && pageStart > 0) top = viewerRestTop(lines, top, bottom, BEFORE_ITEM.test(openText.trimEnd()), open);
  const first = lines[top] ?? '';
  if (top <= bottom && (GOES_ON.test(first) || (LIST_GOES_ON.test(first) && BEFORE_ITEM.test(openText.trimEnd())))) return rangeOf(top, bottom);
  const wide = fullWidthRest(lines, blockTop, bottom, openText, open);
  return wide === null ? [] : rangeOf(wide, bottom);
}

/**
 * How much of the open footnote's width a line of its rest fills, but the last: a justified line's characters vary in
 * width (a footnote's full lines print from 0.87 of its widest up); a body's lines, set in a larger type, fill 0.83 at
 * most, a table's cells half.
 */
const FULL_LINE = 0.85;

/** The end of a footnote's text the page break cut inside a sentence, on a word in lower case (`… adoptées par le`, `… in close cooperation`). */
const CUT_ON_WORD = /\p{Ll}$/u;

/**
 * The first line of a footnote's rest told by its width, where no blank line or lower case tells it (a viewer's copy
 * runs it on under the page's text, `-layout` under a table's cut row): the lines right above `bottom`, two at least,
 * as wide as the open footnote's (FULL_LINE of `open.width`), from `top` down, under a blank line or a narrower line
 * (a page's first line may be a paragraph the break cut); the last ending the footnote, the first in lower case or,
 * where the footnote ends on a word in lower case (`… adoptées par le`), with any word (`Conseil «Justice et affaires
 * intérieures» …`). Null when there are none.
 */
function fullWidthRest(lines: readonly string[], top: number, bottom: number, openText: string, open: OpenWidth): number | null {
  if (open.width === 0 || bottom < top || !closesFootnote((lines[bottom] ?? '').trimEnd())) return null;
  let first = bottom;
  while (first - 1 >= top && open.widthOf(first - 1) >= FULL_LINE * open.width) first -= 1;
  const under = first > top || (first > 0 && (lines[first - 1] ?? '').trim() === '');
  if (first === bottom || !under) return null;
  return GOES_ON.test(lines[first] ?? '') || CUT_ON_WORD.test(openText.trimEnd()) ? first : null;
}

/**
 * How wide a footnote's lines are printed, from their widths (`widths`, in the order printed), where the page break
 * may have cut it between two lines: its last line as wide as the page's widest (FULL_LINE), as a line wrapped before
 * the next word is; else 0 (a short last line ends the footnote's text, `1 See the Presidency’s note`).
 */
function cutWidth(widths: readonly number[], page: Page, widthOf: (line: number) => number): number {
  let widest = 0;
  for (let line = page.start; line < page.end; line += 1) widest = Math.max(widest, widthOf(line));
  const width = Math.max(...widths);
  return (widths[widths.length - 1] ?? 0) >= FULL_LINE * widest ? width : 0;
}

/** A line's width as printed: its characters, its runs of spaces counted as one (`-layout`'s indent and gaps left out). */
function printedWidth(line: string): number {
  return line.trim().replace(/[ \t]{2,}/gu, ' ').length;
}

/**
 * The first line of a footnote's rest in a copy with no blank line: the lowest line from `top` down to `bottom`, under
 * the calls of the page's own footnotes (`open.under`), that opens in lower case (`erators, whose number …`) or, where
 * the footnote ends before a list's next item (`inList`), with that item (`• common training …`), under a line ending a
 * sentence (`… on 10 December 2025.`); past `bottom` (no rest) when there is none. A rest in lower case is printed as
 * wide as the footnote (FULL_LINE of `open.width`, where known) down to its last line: a page's own line under a full
 * stop that ends no sentence (a date's ordinal, `den 6. og 7.` / `juni 2013 …`; `etc.` / `the Council …`) opens no
 * rest over the page's narrower lines.
 */
function viewerRestTop(lines: readonly string[], top: number, bottom: number, inList: boolean, open: OpenWidth): number {
  for (let line = bottom; line > Math.max(top, open.under - 1); line -= 1) {
    const text = lines[line] ?? '';
    if (inList && LIST_GOES_ON.test(text) && ENDS_FOOTNOTE.test((lines[line - 1] ?? '').trimEnd())) return line;
    if (GOES_ON.test(text) && ENDS_FOOTNOTE.test((lines[line - 1] ?? '').trimEnd())) return inList || asWide(lines, line, bottom, open) ? line : bottom + 1;
  }
  return bottom + 1;
}

/**
 * Whether the lines from `from` to `bottom` but the last are as wide as the open footnote's (FULL_LINE of `open.width`;
 * any, where it is not known), blank ones aside (a `-layout` copy's above the next footnote).
 */
function asWide(lines: readonly string[], from: number, bottom: number, open: OpenWidth): boolean {
  if (open.width === 0) return true;
  const printed = rangeOf(from, bottom).filter((line) => (lines[line] ?? '').trim() !== '');
  return printed.slice(0, -1).every((line) => open.widthOf(line) >= FULL_LINE * open.width);
}

/** Whether no two footnotes of a block were given the same call. */
function distinctCalls(block: readonly FootFootnote[]): boolean {
  const places = new Set(block.map(({ call }) => `${call.line}:${call.at}`));
  return places.size === block.length;
}

/**
 * A call glued to a word, or after a word's closing bracket, quote or punctuation (`paper2`, `EMPACT1`, `conclusions”2`,
 * `(COSI),3`), or after the closing bracket or quote of a reference ending in a number (`(doc. 9876/25 ADD 1)1`,
 * `(14470/25).2`); not after a word of one letter, a code's (`Q2 2026`, `G7`, `Annex A1`), nor in a code the Council
 * numbers so (CODE_BEFORE_NUMBER: a directorate's `JAI.1`, `GIP.2`, `DGD1`, Coreper's part `OJ CRP1 47`).
 */
function gluedCall(mark: string): RegExp {
  return new RegExp(
    String.raw`(?:(?<=\p{L})(?<!(?:^|\P{L})\p{L})|(?<=\p{L}[)\]”"’»]?[)\]”"’».,;:])|(?<=\d[)\]”"’»][.,;:]?))${CODE_BEFORE_NUMBER}${mark}(?!\d)`,
    'gu',
  );
}

/**
 * The codes the Council writes with a number glued to them, never a footnote's call: a directorate's before its full
 * stop (`JAI.1`, `GIP.2`, `RELEX.1`, `ECOFIN.1`, `COMPET.3`, `TREE.1`, `LIFE.2`, `SMART.1`, `ORG.1`, `COMM.2`) or
 * without it (`DGD1`, `DGH2`), and Coreper's part on its agendas (`OJ CRP1 47`, `CRP2`): a footer's rest a copy left
 * unread, a summary record's agenda code, whose `1` a dropped footnote's reading would otherwise take for its call.
 */
export const CODE_BEFORE_NUMBER = String.raw`(?<!(?:^|\P{L})(?:(?:JAI|GIP|RELEX|ECOFIN|COMPET|TREE|LIFE|SMART|ORG|COMM)\.|DG[A-Z]|CRP))`;

/** The superscript digits of the footnote calls a text file keeps as printed (`CM 2210/24¹`): such a call is one as printed, left as it is. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A mark in superscript digits (`12` → `¹²`). */
export function superscriptOf(mark: string): string {
  return [...mark].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit).join('');
}

/** A call a text file keeps in superscript digits, glued to what it follows (`CM 2210/24¹`, `conference²,`): a call wherever it stands. */
function superscriptCall(mark: string): RegExp {
  return new RegExp(String.raw`(?<=\S)(?<![${SUPERSCRIPT_DIGITS}])${superscriptOf(mark)}(?![${SUPERSCRIPT_DIGITS}])`, 'gu');
}

/**
 * The line with the call (or the definition) at `at` marked `^`; a call in superscript digits (`¹`) is one as printed
 * (inline.ts reads it), so its line stays as it is. A call one space after a sentence's end is marked in braces (`2025.
 * ^{10} In`), so that it is never read as a footnote a page run into one line prints after its last sentence (`…
 * 13802/25. ^1 Also …`: flat-lines.ts).
 */
function markedCall(line: string, at: number, call = false): string {
  if (SUPERSCRIPT_DIGITS.includes(line[at] ?? ' ')) return line;
  const digits = /^\d{1,3}/.exec(line.slice(at, at + 4))?.[0];
  if (call && digits !== undefined && /[.!?] $/.test(line.slice(Math.max(0, at - 2), at)))
    return `${line.slice(0, at)}^{${digits}}${line.slice(at + digits.length)}`;
  return `${line.slice(0, at)}^${line.slice(at)}`;
}

/**
 * The second of two calls printed one after the other with a comma between them (`(… package)18, 19.`, `suspens1,2`):
 * `mark` right after the call of the footnote before it, itself glued to a word or a closing bracket or quote.
 */
function nextCall(mark: string): RegExp | null {
  const previous = Number(mark) - 1;
  if (previous < 1) return null;
  return new RegExp(String.raw`(?<=[\p{L})\]”"’»]\^?${previous},[ \t]?)${mark}(?!\d)`, 'gu');
}

/** A year a call may follow (`2025`): four digits from 1900 to 2099, no figure's or date's part (`12.7.2024`, `1/2024`). */
const YEAR = String.raw`(?<![\d/.,-])(?:19|20)\d\d`;

/** A call glued to a year (`20101`: 2010 and call 1), taken only where no other call of the mark fits. */
function yearCall(mark: string): RegExp {
  return new RegExp(String.raw`${YEAR}${mark}(?![\d/])`, 'gu');
}

/**
 * A Council document's number, its year on two figures (`14470/25`, `8812/1/19`), standing alone: no part of a longer
 * figure, a date or an address.
 */
const DOCUMENT_NUMBER = String.raw`(?<![\d/.,-])\d{1,6}(?:/\d{1,2})?/\d{2}`;

/**
 * A call glued to a document's number (`… set out in 14470/251 and …`: `14470/25` and call 1), read as such since the
 * number's year has two figures; never where the figures could be one number: an act's, its year first (`Directive
 * (EU) 2016/681`, `2010/131/EU`), nor a year on four figures (`WK 15012/2025` is no call 25 of `15012/20`).
 */
function numberCall(mark: string): RegExp {
  const yearLike = mark.length === 2 ? String.raw`(?<!/(?:19|20))` : '';
  return new RegExp(String.raw`(?<=${DOCUMENT_NUMBER})(?<!(?<![\d/.,-])(?:19|20)\d\d/\d{2})${yearLike}${mark}(?![\d/])`, 'gu');
}

/** The calls glued to what they follow, in the order lastCall takes them: to a word, after the call before, to a year, after a number's full stop, to a document's number. */
function gluedCalls(mark: string): RegExp[] {
  return [gluedCall(mark), nextCall(mark), yearCall(mark), afterNumberCall(mark), numberCall(mark)].filter((pattern) => pattern !== null);
}

/**
 * A call glued after the full stop that ends a sentence on a year or a document's number (`… from 2022 to 2025.10 In
 * November …`, `… siehe Dok. 9876/25.1 Die …`), before the next sentence's capital or at the line's end; not a
 * section's number (`3.1 EMPACT`), a decimal (`EUR 2025.1 million`) or a date (`12.7.2024`).
 */
function afterNumberCall(mark: string): RegExp {
  return new RegExp(String.raw`(?<=(?:${YEAR}|(?<![\d/.,-])\d{1,6}/\d{2})\.)${mark}(?=[ \t]+[\p{Lu}"“„«(]|[ \t]*$)`, 'gu');
}

/** How far around a number on a page run into one line the paragraphs' numbers are looked for (numbersParagraph). */
const PARAGRAPH_REACH = 2000;

/**
 * Whether the number at `at` on a page run into one line numbers a paragraph rather than calling a footnote before
 * a full stop: the page's first paragraph after the header's last word (`… Gedankenaustausch 1. Auf seiner Sitzung …
 * (Dokument 7421/25). 2. Der Vorsitz …`) or after a part's heading in capitals (`I. ΕΙΣΑΓΩΓΗ 1. Η Προεδρία … II.
 * ΤΡΕΧΟΥΣΑ ΚΑΤΑΣΤΑΣΗ 2. Οι …`), the next number opening a paragraph after a sentence's end or such a heading, and none
 * numbered so before it (`1. En su reunión … la Presidencia 1. Las delegaciones … 2. Se invita …` calls footnote 1).
 */
function numbersParagraph(text: string, at: number, mark: string): boolean {
  if (!PARAGRAPH_OPENING.test(text.slice(at + mark.length, at + mark.length + 8))) return false;
  const after = new RegExp(String.raw`(?:[.!?)\]]|\p{Lu}\p{Lu})[ \t]+${Number(mark) + 1}\.[ \t]+["“(]?\p{Lu}`, 'u');
  const before = new RegExp(String.raw`(?:^|[ \t])${mark}\.[ \t]+["“(]?\p{Lu}`, 'u');
  return after.test(text.slice(at + mark.length, at + PARAGRAPH_REACH)) && !before.test(text.slice(Math.max(0, at - PARAGRAPH_REACH), at));
}

/** A paragraph's opening after its number's full stop: a space and a capital. */
const PARAGRAPH_OPENING = /^\.[ \t]+["“(]?\p{Lu}/u;

/**
 * A call `-layout` prints one space after its word, a closing bracket or quote, a year or the abbreviation that ends an
 * enumeration, before punctuation (`Presidencia 1. Las`, `the Strategy 1.`, `(COSI) 1.`, `threat assessment 2023 21,`,
 * `etc. 1,`), or after a document's number before a comma, a semicolon or a colon (`14470/25 1, и`); not a code's number, `JAI 1.`, nor a day before its month, `den 4. März`,
 * nor a reference's number, `artikel 6, lid 2,`, `paragraphe 2,` (numberedByWord, asked where the call is counted or
 * taken), nor a paragraph's number `-layout` sets a tab's gap before its text, as a page run into one line keeps it after the
 * subject's last word, `… on the compromise text 1.    On 3 March 2026 …`, or one space, where the next paragraph's
 * number follows on the page, `… Gedankenaustausch 1. Auf seiner Sitzung … 7421/25). 2. Der Vorsitz …`).
 */
function spacedCall(mark: string): RegExp {
  return new RegExp(
    String.raw`(?<=(?:[\p{Ll})\]”’»]|${YEAR}|(?<![\p{L}\d])\p{Lu}{2,8}|${ENUMERATION_END}) )${mark}(?=[.,;:])(?!\.[ \t]+${MONTH})(?!\.[ \t]{3,}["“(]?\p{Lu})|(?<=${DOCUMENT_NUMBER} )${mark}(?=[,;:])`,
    'gu',
  );
}

/**
 * A call a justified line prints one space after its word (or a year, the full stop a date ends its year with, a
 * date's abbreviation, DATE_ABBREVIATION, the abbreviation that ends an enumeration, `etc. 2 and`, or a document's
 * number, `14470/25 1 and`, as plain `pdftotext` prints a LibreOffice PDF's call there) and before the next (`… of the Council 2 and by …`, `… on 12 December 2024 5
 * are …`, `… 28. siječnja 2026. 1 predsjedništvo …`, `… 28 stycznia 2025 r. 1 prezydencja …`), or at
 * the line's end (`-layout`: `Draft conclusions on external borders 1`, a title's call; in a page run into one line,
 * before the next line's indent, `… of the draft conclusions 1       and invited …`): read only where the page above
 * holds one such place of the mark, so that a number in the text (`Article 2 and`) is not taken for a call beside another.
 */
function spacedWordCall(mark: string): RegExp {
  return new RegExp(
    String.raw`(?<=(?:[\p{L})\]”’»]|${YEAR}\.?|${DATE_ABBREVIATION}\.|${ENUMERATION_END}|${DOCUMENT_NUMBER}) )${mark}(?=[ \t]+\p{Ll}|[ \t]*$)`,
    'gu',
  );
}

/**
 * A call `-layout` prints one space after the full stop that ends a sentence on a word, a year, a date's abbreviation or
 * a document's number, before the next sentence's capital (`… from 2022 to 2025. 10 In November …`, `… de 2022 à
 * 2025. 10 En novembre …`, `… 12 i 13 czerwca 2025 r. 2 Prezydencja …`, `… set out in WK 2345/2026. 1 COSI agreed …`,
 * `… in 14470/25. 2 The …`): read only where the page above holds one such place of the mark.
 */
function spacedStopCall(mark: string): RegExp {
  return new RegExp(String.raw`(?<=(?:\p{L}\p{L}|[)\]”’»]|${YEAR}|${DATE_ABBREVIATION}|\d\/(?:\d{2}|\d{4}))\. )${mark}(?= [\p{Lu}])`, 'gu');
}

/**
 * The abbreviation in lower case, before its full stop, of the word a date ends on after its year or its day (`2025 r.`,
 * Polish `roku`; `2025 m.` and `28 d.`, Lithuanian `metai`, `diena`; `2025 г.`, Bulgarian `година`; `2025 god.`): a call
 * printed one space after it goes on the sentence (`… w dniu 28 stycznia 2025 r. 1 prezydencja …`). A reference's
 * abbreviated word after a number (`5 ust. 2`, `3 lit. a`) is one too, left to NUMBERED_BY; one in capitals (`Art. 5
 * Abs. 3 der`, `Nr. 2`) is none.
 */
const DATE_ABBREVIATION = String.raw`(?<!\d[.,/])\d[ \t]\p{Ll}{1,4}`;

/**
 * A call `-layout` prints apart from the word of a table's cell that holds it, at the end of the row's line (`Cyber
 * attacks          Germany   3`: the superscript `Germany³`, the row's next cell pushed to the line below).
 */
function cellCall(mark: string): RegExp {
  return new RegExp(String.raw`(?<=\p{L}[ \t]{2,4})${mark}(?=[ \t]*$)`, 'gu');
}

/**
 * The last call of `mark` on the page's lines above `to`: in superscript digits as a text file keeps it (`¹`), else
 * glued to a word, else after the call before it and a comma, else glued to a year, else glued after a year's or a number's full stop, else glued to a
 * document's number, else one space after a
 * word before punctuation, else the one place between two words, else the one place one space after a sentence's full
 * stop, else apart from a table cell's word at the end of its
 * row; null when there is none.
 */
function lastCall(lines: readonly string[], mark: string, from: number, to: number): { line: number; at: number } | null {
  const superscript = lastMatch(lines, superscriptOf(mark), from, to, superscriptCall(mark));
  if (superscript !== null) return superscript;
  for (const pattern of gluedCalls(mark)) {
    const call = lastMatch(lines, mark, from, to, pattern);
    if (call !== null) return call;
  }
  // From the last on: only a page's first such number can number a paragraph (numbersParagraph), so few are looked at.
  const spaced = placesOf(lines, mark, from, to, spacedCall(mark));
  const lastSpaced = spaced.findLast(
    ({ line, at }) =>
      !numbersParagraph(lines[line] ?? '', at, mark) && !numberedByWord(lines[line] ?? '', at) && !numberedByCode(lines, from, to, lines[line] ?? '', at),
  );
  if (lastSpaced !== undefined) return lastSpaced;
  const between = wordCalls(lines, mark, from, to);
  if (between.length > 0) return between.length === 1 ? (between[0] ?? null) : null;
  const afterStop = placesOf(lines, mark, from, to, spacedStopCall(mark));
  if (afterStop.length > 0) return afterStop.length === 1 ? (afterStop[0] ?? null) : null;
  return lastMatch(lines, mark, from, to, cellCall(mark));
}

type Place = { line: number; at: number };

/**
 * lastCall's search of the lines from `from` on, gone on line by line as the text below is asked (`lastUpTo(to)` with `to`
 * never smaller than before): shapedPages asks each line that may open a page's foot for a call above it, and a text of
 * many such lines and no call (`x.` / `2 Doc.` / `ANNEX` / `4.` run on) was searched again from the page's start for
 * each. Each line is searched once; what lastCall takes from the lines so far is kept (the last place of each kind, the
 * number and first of the places counted), so that lastUpTo(to) is lastCall(lines, mark, from, to).
 */
class CallsAbove {
  private readonly lines: readonly string[];
  private readonly mark: string;
  private readonly from: number;
  /** The lines before it are searched. */
  private scanned: number;
  private superscript: Place | null = null;
  private readonly superscriptPattern: RegExp;
  private readonly patterns: readonly RegExp[];
  private readonly lastOf: (Place | null)[];
  private readonly spacedPattern: RegExp;
  /** The places one space after a word no paragraph's number or reference's number, each with the capitals before it that may make it a code's number. */
  private readonly spaced: { place: Place; word: string | undefined }[] = [];
  /** The capitals that number what they name on the lines searched so far (numberedByCode: the count only grows). */
  private readonly codes = new Set<string>();
  private readonly wordPattern: RegExp;
  private between: { count: number; first: Place | null } = { count: 0, first: null };
  private readonly stopPattern: RegExp;
  private afterStop: { count: number; first: Place | null } = { count: 0, first: null };
  private readonly cellPattern: RegExp;
  private cell: Place | null = null;

  constructor(lines: readonly string[], mark: string, from: number) {
    this.lines = lines;
    this.mark = mark;
    this.from = from;
    this.scanned = from;
    this.superscriptPattern = superscriptCall(mark);
    this.patterns = gluedCalls(mark);
    this.lastOf = this.patterns.map(() => null);
    this.spacedPattern = spacedCall(mark);
    this.wordPattern = spacedWordCall(mark);
    this.stopPattern = spacedStopCall(mark);
    this.cellPattern = cellCall(mark);
  }

  lastUpTo(to: number): Place | null {
    for (; this.scanned < to; this.scanned += 1) this.search(this.scanned);
    if (this.superscript !== null) return this.superscript;
    for (const last of this.lastOf) if (last !== null) return last;
    // From the last on: a code's number stays one as the text below is searched, so it is dropped.
    for (let last = this.spaced.at(-1); last !== undefined; last = this.spaced.at(-1)) {
      const word = last.word;
      if (word === undefined) return last.place;
      if (!this.codes.has(word) && !wordNumbered(this.lines, this.from, to, word)) return last.place;
      this.codes.add(word);
      this.spaced.pop();
    }
    if (this.between.count > 0) return this.between.count === 1 ? this.between.first : null;
    if (this.afterStop.count > 0) return this.afterStop.count === 1 ? this.afterStop.first : null;
    return this.cell;
  }

  /** What line `line` adds to each kind of place, in lastCall's order. */
  private search(line: number): void {
    const text = this.lines[line] ?? '';
    const { mark } = this;
    const superscript = superscriptOf(mark);
    if (text.includes(superscript)) this.superscript = lastPlace(text, line, superscript, this.superscriptPattern) ?? this.superscript;
    if (!text.includes(mark)) return;
    this.patterns.forEach((pattern, index) => (this.lastOf[index] = lastPlace(text, line, mark, pattern) ?? this.lastOf[index] ?? null));
    for (const match of text.matchAll(this.spacedPattern)) {
      const at = match.index + match[0].length - mark.length;
      if (numbersParagraph(text, at, mark) || numberedByWord(text, at)) continue;
      const word = capitalsBefore(text, at);
      if (word === undefined || !(BARE_CODES.has(word) || CODE_WORDS.has(word))) this.spaced.push({ place: { line, at }, word });
    }
    if (text.includes(` ${mark} `) || text.trimEnd().endsWith(` ${mark}`)) {
      for (const match of text.matchAll(this.wordPattern)) {
        const place = { line, at: match.index + match[0].length - mark.length };
        if (isCallBetweenWords(this.lines, place, mark)) this.between = { count: this.between.count + 1, first: this.between.first ?? place };
      }
    }
    for (const match of text.matchAll(this.stopPattern))
      this.afterStop = { count: this.afterStop.count + 1, first: this.afterStop.first ?? { line, at: match.index + match[0].length - mark.length } };
    this.cell = lastPlace(text, line, mark, this.cellPattern) ?? this.cell;
  }
}

/** The last place on line `line` (its text `text`) where `pattern` finds `mark`, or null (lastMatch on one line). */
function lastPlace(text: string, line: number, mark: string, pattern: RegExp): Place | null {
  const last = [...text.matchAll(pattern)].at(-1);
  return last === undefined ? null : { line, at: last.index + last[0].length - mark.length };
}

/**
 * The words before a number that make it a reference's number, not a call (`Article 2 and`, `point 2 of`, `Artikel 2
 * und`, `l'article 2 et`, `item 2 on`, a document's version `6120/1/24 REV 1 with`), in the languages of the register.
 */
const NUMBERED_BY = new Set([
  ...['rev', 'add', 'cor', 'amd'],
  ...[
    'article',
    'articles',
    'point',
    'points',
    'item',
    'items',
    'paragraph',
    'paragraphs',
    'annex',
    'chapter',
    'section',
    'part',
    'page',
    'pages',
    'title',
    'recital',
    'no',
    'number',
    'doc',
    'step',
    'phase',
    'level',
    'option',
    'table',
    'line',
    'priority',
    'objective',
    'action',
    'measure',
    'group',
    'round',
    'week',
    'day',
    'days',
    'year',
    'years',
  ],
  ...[
    'annexe',
    'paragraphe',
    'chapitre',
    'titre',
    'partie',
    'considérant',
    'numéro',
    'étape',
    'niveau',
    'tableau',
    'ligne',
    'priorité',
    'objectif',
    'mesure',
    'groupe',
    'jour',
    'jours',
    'semaine',
    'année',
    'ans',
    'le',
    'les',
    'du',
    'au',
  ],
  ...[
    'artikel',
    'absatz',
    'nummer',
    'punkt',
    'ziffer',
    'kapitel',
    'teil',
    'anlage',
    'anhang',
    'seite',
    'abschnitt',
    'tabelle',
    'stufe',
    'tag',
    'tage',
    'jahr',
    'jahre',
    'am',
    'vom',
    'bis',
  ],
  ...[
    'artículo',
    'apartado',
    'punto',
    'anexo',
    'capítulo',
    'página',
    'articolo',
    'paragrafo',
    'allegato',
    'capitolo',
    'pagina',
    'artigo',
    'ponto',
    'lid',
    'bijlage',
    'hoofdstuk',
    'art',
    'pkt',
    'ust',
    'nr',
  ],
  // Their abbreviations in lower case after a number (`5 ust. 2`, `3 lit. a`, `odst. 2`, `poz. 1`, `str. 5`), which a
  // date's abbreviation (DATE_ABBREVIATION) would otherwise let a call follow.
  ...['lit', 'odst', 'ods', 'písm', 'poz', 'str', 'abs', 'ziff'],
  // The other official languages' words for a point, an article, a paragraph and an annex.
  ...[
    'punt',
    'agendapunt',
    'stk',
    'bod',
    'bodu',
    'bodě',
    'body',
    'článek',
    'článku',
    'odstavec',
    'odstavce',
    'odstavci',
    'punctul',
    'articolul',
    'alineatul',
    'anexa',
    'σημείο',
    'άρθρο',
    'παράγραφος',
  ],
  ...['točka', 'točke', 'članak', 'člen', 'člena', 'точка', 'член', 'алинея', 'punkts', 'punktas', 'artikolu', 'paragrafu', 'pointe', 'airteagal'],
]);

/**
 * A lower-case word right after the number (its first group) and what follows it on the line (its second); after one
 * space, or the next line's indent where a `-layout` page run into one line keeps it (`… od 1      lipca 2025 r. …`).
 */
const WORD_AFTER = /^[ \t]{1,40}(\p{Ll}[\p{L}’'-]*)(.*)$/u;

/**
 * The words a number before them numbers, as the languages that print the number first write a reference (`1 punktą`,
 * `1 straipsnio 2 dalį`, the Lithuanian point, article and paragraph; `1 kohdan`, `2 artiklan`, the Finnish): such a
 * number is no call.
 */
const NUMBERED_AFTER: ReadonlySet<string> = new Set([
  ...[
    'punktas',
    'punktą',
    'punkto',
    'punkte',
    'straipsnis',
    'straipsnio',
    'straipsnį',
    'straipsnyje',
    'dalis',
    'dalį',
    'dalies',
    'dalyje',
    'priedas',
    'priedo',
    'priede',
  ],
  ...['kohta', 'kohdan', 'kohdassa', 'artikla', 'artiklan', 'artiklassa', 'liite', 'liitteen', 'liitteessä'],
]);

/** A month's name in lower case, as the languages that write it so print it in a date (`le 2 mars`, `el 2 de marzo`). */
const MONTH_NAMES: ReadonlySet<string> = new Set([...MONTHS.keys()].map((name) => name.toLowerCase()));

/**
 * Whether the number at `at`, one space after a word in capitals, numbers what the word names, not a call: a
 * distribution code (BARE_CODES: `COSI 1.`, `JAI 1.`), a register's series or a currency (CODE_WORDS: `CM 1.`, `EUR
 * 1.`), or a word the page prints before another number too (`JAI 102` in the header, `… JIT 2 …`). A body's acronym
 * the page prints without a number but here (`… sieci JIT.` … `o powołaniu JIT 1.`) leaves the number a call.
 */
function numberedByCode(lines: readonly string[], from: number, to: number, text: string, at: number): boolean {
  const word = capitalsBefore(text, at);
  if (word === undefined) return false;
  if (BARE_CODES.has(word) || CODE_WORDS.has(word)) return true;
  return wordNumbered(lines, from, to, word);
}

/** The word in capitals one space before the number at `at` (`JAI 1.`, `JIT 1.`), or undefined. */
function capitalsBefore(text: string, at: number): string | undefined {
  return /(?<![\p{L}\d])(\p{Lu}{2,8}) $/u.exec(text.slice(Math.max(0, at - 10), at))?.[1];
}

/** Whether the lines `from` to `to` print `word` before a number twice or more (counted up to two only: a page of many such numbers is left at its first lines). */
function wordNumbered(lines: readonly string[], from: number, to: number, word: string): boolean {
  const numbered = new RegExp(String.raw`(?<![\p{L}\d])${word}[ \t]+\d`, 'gu');
  let count = 0;
  for (let line = from; line < to && count < 2; line += 1) count += (lines[line] ?? '').match(numbered)?.length ?? 0;
  return count > 1;
}

/** The register's series, the words of a reference and the currencies that print a number after a word in capitals (`CM 1`, `ST 1`, `EUR 1`). */
const CODE_WORDS: ReadonlySet<string> = new Set([
  ...['CM', 'ST', 'WK', 'DS', 'SN', 'PE', 'COM', 'SEC', 'SWD', 'JOIN', 'EUCO', 'CO', 'PRESSE', 'OJ', 'ABL', 'JO', 'GU', 'DO', 'PB', 'EUT', 'UL', 'ЕС'],
  ...['HL', 'OL', 'OV', 'ELT', 'EUVL', 'IO', 'SL', 'ĠU', 'ΕΕ', 'ОВ', 'EÚ'],
  ...['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'CZK', 'HUF', 'SEK', 'DKK', 'RON', 'BGN', 'NOK', 'ISK', 'MS', 'EU', 'UN'],
]);

/** The word one space before the number at `at`, in lower case, its abbreviation's dot or apostrophe left out (`stk.`: `stk`). */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)[.’']? $/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? '';
}

/**
 * Whether the number at `at` numbers what the word before it names (NUMBERED_BY: `artikel 6, lid 2,`, `article 6,
 * paragraphe 2,`, `artikel 6, stk. 2,`, `Article 2.`): a reference's number before punctuation, never a call.
 */
function numberedByWord(text: string, at: number): boolean {
  return NUMBERED_BY.has(wordBefore(text, at));
}

/**
 * Whether the one place a number stands between two words (`… of the Council 2 and by …`) is a call, not a number of
 * the text: not a reference's number (`Article 2 and`, `point 2 of`, `1 punktą`), not a day (`le 2 mars`, `2 de
 * marzo`, `liepos 1 d.`), not the first of two numbers (`Council 2 and 3`, `2 et 3`, `2 to 3`, also when the second
 * opens the next line). At a line's
 * end the words after it open the next line, which goes on in lower case (`… of the Presidency 1` / `and …`), is
 * blank (a title's end) or opens a new sentence (`opensSentence`); a month opening it (`… held on 1` / `March 2024`)
 * leaves the number a number.
 */
function isCallBetweenWords(lines: readonly string[], place: { line: number; at: number }, mark: string): boolean {
  const text = lines[place.line] ?? '';
  const before = wordBefore(text, place.at);
  // a number after a month's name is a day, as the dates that print the year first write it (`2025 m. liepos 1 d.`)
  if (NUMBERED_BY.has(before) || MONTH_NAMES.has(before)) return false;
  const following = text.slice(place.at + mark.length, place.at + mark.length + 200);
  if (following.trim() === '') {
    const below = lines[place.line + 1] ?? '';
    if (below.trim() === '') return true;
    if (!/^[ \t]*\p{Ll}/u.test(below)) return opensSentence(below, before);
    return isCallBetweenWords(
      [`${text.slice(0, place.at + mark.length)} ${below.trim().slice(0, 200)}`, ...lines.slice(place.line + 2, place.line + 4)],
      { line: 0, at: place.at },
      mark,
    );
  }
  const after = WORD_AFTER.exec(following);
  const word = after?.[1] ?? '';
  if (
    MONTH_NAMES.has(word) ||
    NUMBERED_AFTER.has(word) ||
    (word === 'de' && /^ \p{Ll}+/u.test(after?.[2] ?? '') && MONTH_NAMES.has(/^ (\p{Ll}+)/u.exec(after?.[2] ?? '')?.[1] ?? ''))
  )
    return false;
  const rest = after?.[2] ?? '';
  if (/^[ \t]+\d/.test(rest)) return false;
  if (rest.trim() === '' && word.length <= 4) {
    const next = lines.slice(place.line + 1, place.line + 3).find((line) => line.trim() !== '') ?? '';
    if (/^[ \t]*\d/.test(next)) return false;
  }
  return true;
}

/** The first word of a line opening with a capital (`The`, `März`, `Der`), in lower case. */
const CAPITAL_WORD = /^[ \t]*(\p{Lu}[\p{L}’'-]*)/u;

/**
 * Whether a line under a number one space apart at a line's end opens a new sentence the number's call ends the line
 * before (`… set out in the EU Security Union Strategy 1` / `The Committee is invited …`, `… Sicherheitsunion 1` / `Der
 * Ausschuss …`): a capitalised word that is no month (`… held on 1` / `March 2024`, `am 1` / `März`), after a word of
 * more than three letters (`on`, `vom`, `le`, `del` before a day).
 */
function opensSentence(below: string, before: string): boolean {
  const word = CAPITAL_WORD.exec(below)?.[1]?.toLowerCase();
  return word !== undefined && before.length > 3 && !MONTH_NAMES.has(word) && !MONTH_NAMES.has(word.replace(/\.$/u, ''));
}

/** The last place on the lines above `to` where `pattern` finds `mark`, or null. */
function lastMatch(lines: readonly string[], mark: string, from: number, to: number, pattern: RegExp): { line: number; at: number } | null {
  for (let line = to - 1; line >= from; line -= 1) {
    const text = lines[line] ?? '';
    if (!text.includes(mark)) continue;
    const calls = [...text.matchAll(pattern)];
    const last = calls[calls.length - 1];
    if (last !== undefined) return { line, at: last.index + last[0].length - mark.length };
  }
  return null;
}

/** Every place on the lines `from` to `to` where `pattern` finds `mark`. */
function placesOf(lines: readonly string[], mark: string, from: number, to: number, pattern: RegExp): { line: number; at: number }[] {
  const found: { line: number; at: number }[] = [];
  for (let line = from; line < to; line += 1) {
    const text = lines[line] ?? '';
    if (text.includes(mark)) for (const match of text.matchAll(pattern)) found.push({ line, at: match.index + match[0].length - mark.length });
  }
  return found;
}

/**
 * The places on the lines above `to` where `mark` stands one space apart between two words and may be a call
 * (isCallBetweenWords): a reference's number, a day or the first of two numbers beside the call (`point 1 de l’ordre du
 * jour … du rapport 1 de la présidence`) leaves the call the page's one place.
 */
function wordCalls(lines: readonly string[], mark: string, from: number, to: number): { line: number; at: number }[] {
  const found: { line: number; at: number }[] = [];
  // The number between two spaces, as the pattern finds it: a cheaper test than the pattern on the many lines without it.
  const spaced = ` ${mark} `;
  const pattern = spacedWordCall(mark);
  for (let line = from; line < to; line += 1) {
    const text = lines[line] ?? '';
    if (!text.includes(spaced) && !text.trimEnd().endsWith(` ${mark}`)) continue;
    for (const match of text.matchAll(pattern)) {
      const place = { line, at: match.index + match[0].length - mark.length };
      if (isCallBetweenWords(lines, place, mark)) found.push(place);
    }
  }
  return found;
}

/** Marks one footnote's definition `^N` and joins its wrapped lines to it (their lines left empty), as `joinWrappedLine` joins them. */
function applyDefinition(lines: string[], footnote: FootFootnote, words: ReadonlySet<string>): void {
  const text = lines[footnote.definition] ?? '';
  // A number printed apart is moved onto its text's line.
  const defined = footnote.markLine === undefined && footnote.unnumbered === undefined ? text : `${footnote.mark} ${text.trimStart()}`;
  // A number glued to a text line's end was cut from it (`cutGluedMark`): the line keeps its text.
  if (footnote.markLine !== undefined && footnote.glued === undefined) lines[footnote.markLine] = '';
  const opening = /^[ \t]*/.exec(defined)?.[0] ?? '';
  let joined = `${opening}^${defined.slice(opening.length).trimEnd()}`;
  for (const wrapped of footnote.wrapped) {
    joined = joinWrappedLine(joined, lines[wrapped] ?? '', words);
    lines[wrapped] = '';
  }
  lines[footnote.definition] = joined;
}

/** An annex's word standing alone in a page run into one line (`16230/25 LIMITE ANNEX Measures …`, its footer's `ANNEX`). */
const FLAT_ANNEX = new RegExp(String.raw`(?:^|[ \t])(?:${ANNEX_WORDS.join('|')})(?=[ \t]|$)`, 'u');

/** The shortest page run into one line that is read for its footnotes (a paragraph, its footnote and its footer). */
const FLAT_PAGE = 80;

/** How many characters before a flat page's footer hold its footnotes. */
const FLAT_FOOT = 1600;

/**
 * What stands between the sentence that ends a page run into one line and the footnote after it: one space (`…
 * 13802/25. 1 Also …`), or the wider gap of a `-layout` page flattened, its footnote set apart from the body (`…
 * 13802/25.      1 Also …`); bounded, so that a run of spaces of any length is read in linear time.
 */
export const FLAT_FOOTNOTE_GAP = String.raw`[ \t]{1,40}`;

/**
 * What `-layout` prints between a footnote's number and its text, which a page flattened keeps (`1      This item will
 * be …`): two spaces or more, so that the footnote is read after a title that ends in no sentence's end too.
 */
export const FLAT_NUMBER_GAP = String.raw`[ \t]{2,40}`;

/** A footnote's text a public version withholds whole (`1 […]`, `1 [...]`), which a page run into one line prints after any word. */
const WITHHELD_TEXT = String.raw`\[(?:…|\.{3})\]`;

/** A footnote's first line as plain `pdftotext` prints it, its number before its text's capital or a withheld text (`1 Also …`, `1 […]`). */
const CUT_DEFINITION = new RegExp(String.raw`^\d{1,3}[ \t](?:\p{Lu}|${WITHHELD_TEXT})`, 'u');

/**
 * The rule a Council document of those years prints under its text's last line (`… aux parlements nationaux.
 * ________________________`), which a page run into one line keeps between the last sentence and the footnote at the
 * page's foot (`… nationale parlementen. ________________________ 1 Doc. 5299/16. 7033/16 …`); bounded.
 */
const END_RULE = '_{3,80}';

/** The words a document number's suffix opens with (`6701/26 ADD 1 REV 1`): the number after one is the suffix's, never a footnote's. */
const SUFFIX_WORDS = VERSION_SUFFIX_WORDS;

/**
 * A footnote's number and the space after it where a sentence or a list's item ended before it (`… 13802/25. 1 Also
 * …`, `• […]; 1 […]`, the rule that ends the page's text between them: `… parlementen. ________ 1 Doc. 5299/16.`), or after any word where `-layout`'s gap follows the number (`… unmanned aircraft systems 1
 * This item …`) or a withheld text does (`… est convenu de le 1 […] 9120/25 …`, the page's last sentence the break
 * cut). A number right
 * after a paragraph's number is none: plain `pdftotext` prints a footnote's number apart from its text, and a page run
 * into one line sets it after the paragraph's (`Main changes 3. 1 The revised text …`, `5. 1 (poss.) Draft …`); a page
 * a reference cites is no paragraph's number (`OJ L 119, 4.5.2016, p. 89. 3 Regulation …`, `S. 89.`), nor is a call
 * one space after a word in capitals (`… o powołaniu JIT 1. 1 Dz.U. …`: lastCall asks numberedByCode), nor is a document
 * number's suffix before the next document an agenda lists under its item (`6701/26 + ADD 1 REV 1      6702/26 …`).
 * Where the page's last sentence calls the footnote after its full stop, the call glued to it (`… on 20 March 2018.1 1
 * See also …`, `… meeting.1 1 See …`, `… 9450/17.1 1 …`), the footnote's number follows the call: read after a full stop
 * that ends a word, a year or a document's number and its call, never after a section's number (`3.1 2 …`).
 */
const FLAT_DEFINITION = new RegExp(
  String.raw`(?<=(?:\p{L}|\p{L}[)\]”"’»]|(?<![\d.])\d{4}|\d\/\d{2})\.\d{1,3}${FLAT_FOOTNOTE_GAP})(\d{1,3})[ \t]+(?=\S)|(?<=[.!?;]["'”’)\]]{0,2}${FLAT_FOOTNOTE_GAP}(?:${END_RULE}${FLAT_FOOTNOTE_GAP})?)(?<!(?:^|[ \t](?<!(?:^|[ \t])(?:pp?|S|s)\.[ \t]|(?<![\p{L}\d])\p{Lu}{2,8}[ \t]))(?:\d{1,2}\.){1,3}${FLAT_FOOTNOTE_GAP})(\d{1,3})[ \t]+(?=\S)|(?<=\S${FLAT_FOOTNOTE_GAP})(?<!(?:^|[ \t])(?:${SUFFIX_WORDS})[ \t]{1,3})(\d{1,3})(?:${FLAT_NUMBER_GAP}(?=[\p{Lu}\p{N}"“„«]|https?:\/\/)|[ \t]+(?=${WITHHELD_TEXT}))|(?<=[\p{L}\p{N})\]][ \t])(\d{1,3})[ \t](?=\p{Lu})`,
  'gu',
);

/**
 * The text from a footnote's number read after a word, inside the sentence the page break cut (FLAT_DEFINITION's last
 * alternative: `… while one delegation (HU) 1 Also circulated as WK 2345/2026.` before the footer, the sentence going
 * on on the next page): one or a few sentences of the footnote, 300 characters at most, ending in a sentence's end right
 * before the footer.
 */
const CUT_FOOTNOTE = /^\d{1,3}[ \t]\p{Lu}[^\n]{0,300}?[.!?]["'”’)\]]?[ \t]*$/u;

/** A day's number before its month (`… meeting on 1 December 2017.`): a date, no footnote's number. */
const DAY_BEFORE_MONTH = new RegExp(String.raw`^\d{1,3}[ \t](?:${MONTH})(?![\p{L}])`, 'u');

/**
 * Whether the number at `at`, read after a word, is the footnote of a page whose last sentence the page break cut
 * (CUT_FOOTNOTE): its text runs to the footer, it is no day before its month, and the word before it numbers nothing
 * (`Annex 1 The …`, `Article 2 …`).
 */
function cutSentenceFootnote(text: string, at: number, footer: number): boolean {
  if (!CUT_FOOTNOTE.test(text.slice(at, footer)) || DAY_BEFORE_MONTH.test(text.slice(at, at + 40))) return false;
  const before = text.slice(Math.max(0, at - 30), at).trimEnd();
  return !NUMBERED_BY.has(before.slice(before.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * A page run into one line with the footnotes it prints right before its footer marked `^N` and their calls on the page
 * (`meeting.^1 … 13802/25. ^1 Also circulated as WK 15012/2025. 14470/25 TR/kl 1 …`), the first numbered `next` and the
 * others in sequence up to the footer; null when the line is no such page or its footnotes are not called. Only the
 * characters before the footer are looked at, so that a line of any length is read in time linear in its length.
 */
function flatFootnotes(line: string, next: number): { text: string; next: number } | null {
  if (line.length < FLAT_PAGE) return null;
  const ending = footerEndingLine(line);
  if (ending === null) return null;
  // plain `pdftotext`'s footnote numbers printed apart from their texts, set back before them (`1 2 COM(2020) … Doc. …`)
  const text = `${apartNumbersRestacked(line.slice(0, ending), next)}${line.slice(ending)}`;
  const footer = text === line ? ending : footerEndingLine(text);
  if (footer === null) return null;
  const from = Math.max(0, footer - FLAT_FOOT);
  const found = [...text.slice(from, footer).matchAll(FLAT_DEFINITION)]
    .filter((match) => match[4] === undefined || cutSentenceFootnote(text, from + match.index, footer))
    // the page number of a footer inside the line (pages run into one line together: `… überarbeitet. 10391/23 ST/ml 1
    // JAI.1 DE 2 2. Der …`) is the footer's, no footnote's
    .filter((match) => !insideFooter(text, from + match.index))
    .map((match) => ({
      mark: match[1] ?? match[2] ?? match[3] ?? match[4] ?? '',
      at: from + match.index,
      end: from + match.index + match[0].length,
    }))
    // A number followed by the next one is a run plain `pdftotext` printed apart that was not set back (`9 10 16754/24.
    // 8665/21. The ten …`, more sentences than numbers): neither is a footnote's number before its text.
    .filter(({ mark, end }) => !text.startsWith(`${Number(mark) + 1} `, end));
  // The last place numbered `next`, then the numbers after it in sequence.
  const first = found.findLastIndex(({ mark }) => mark === String(next));
  if (first < 0) {
    // An annex page may number its footnotes from 1 again, as the page's own lines do (`annex` above).
    return next > 1 && FLAT_ANNEX.test(text.slice(0, footer)) ? flatFootnotes(text, 1) : null;
  }
  const definitions = [found[first]].filter((definition) => definition !== undefined);
  for (const definition of found.slice(first + 1)) if (definition.mark === String(next + definitions.length)) definitions.push(definition);
  const page = [text.slice(0, definitions[0]?.at ?? 0)];
  const calls = definitions.map(({ mark }) => lastCall(page, mark, 0, 1));
  const block = definitions.flatMap((definition, index) => {
    const call = calls[index];
    return call === null || call === undefined ? [] : [{ mark: definition.mark, definition: 0, wrapped: [], call }];
  });
  if (block.length !== definitions.length || !distinctCalls(block)) return null;
  // From the end on, so that marking one place does not move those before it.
  const places = [...definitions.map(({ at }) => ({ at, call: false })), ...block.map(({ call }) => ({ at: call.at, call: true }))].sort((a, b) => b.at - a.at);
  const marked = places.reduce((line, place) => markedCall(line, place.at, place.call), text);
  return { text: marked, next: next + definitions.length };
}
