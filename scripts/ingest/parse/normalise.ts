import { joinedJustifiedWords } from './layout/justified-words.ts';
import { allMatches } from '../../../src/shared/all-matches.ts';
import { isDocumentsLine } from './items/agenda-body.ts';
import { isTitleWord } from './header/body-start.ts';
import { agendaSection } from './items/items.ts';
import { footnoteDefinition } from './footnotes/footnotes.ts';
import { DATE_LINE, DAYS_LINE } from './text/head-anchors.ts';
import { brokenFooterLines, LANGUAGE_ALONE } from './furniture/broken-footers.ts';
import { annexLabels, footerGoesOn } from './furniture/footer-end.ts';
import { undoubleSpacing } from './text/double-spacing.ts';
import { headerRowBreaks, repeatedHeaderRows, type RepeatedHeaderRow } from './layout/column-cells.ts';
import { isCorrespondentLine } from './header/correspondent-lines.ts';
import { isVersionsLine } from './header/concerned-versions.ts';
import { cutsDocumentNumber } from './text/cut-document-number.ts';
import { cutsDate, opensWithDays, cutsDayFromMonth, cutsYearFromMonth } from './text/cut-day.ts';
import { dashContinuesTitle } from './items/dash-continuation.ts';
import { LINE_BREAK } from '../read/line-breaks.ts';
import { holdsWideCharacters, oneByte } from './text/one-byte.ts';
import { leadersAsTabs } from './layout/dot-leaders.ts';
import { FLAT_LINE, footnotesApart, splitFlatLines } from './flat/flat-lines.ts';
import { isAuthorLine, opensRecitalUnder } from './flat/flat-recitals.ts';
import { ungluedFooterNumbers } from './furniture/glued-footers.ts';
import { headingAboveBreak, headingBelowBreak } from './items/heading-above-break.ts';
import { isRepeatedHyphen } from './text/compound-hyphens.ts';
import { isHyphenationBreak, vocabularyOf, wordRest } from './text/hyphenation.ts';
import { holdsJoinedArticle, withArticleHyphens } from './text/maltese-articles.ts';
import { removeBareFooterAtPageEnd, removeInlineFooters } from './furniture/inline-footers.ts';
import { rememberOwnNumber, removeSplitFooter, removeSplitNoticeFooter } from './furniture/split-footers.ts';
import {
  leadingPageNumber,
  numbersItsPage,
  pageEdgesOfLines,
  pagesOfLines,
  standsAtPageEdge,
  viewerPageNumbers,
  type CountedPage,
  type PageEdges,
} from './furniture/page-numbers.ts';
import { rowsOverPage } from './layout/layout-row-over-page.ts';
import { layoutTableRows } from './layout/layout-tables.ts';
import { goesOnAtMargin, layoutPrint, type LayoutPrint } from './layout/layout-paragraphs.ts';
import { flatOutcomeColumns, outcomeColumns } from './layout/outcome-columns.ts';
import { outcomeRows } from './layout/outcome-rows.ts';
import { runningHeaderLines, withoutOpeningHeader } from './furniture/running-headers.ts';
import { closeLoneNumbers, LONE_NUMBER, LONE_POINT } from './items/lone-numbers.ts';
import { REDACTION_START } from './text/redactions.ts';
import { opensTextUnderTitle, titleGoesOnUnder } from './items/numbered-title.ts';
import { setItemRows } from './items/item-rows.ts';
import { joinTimedRows } from './layout/timed-rows.ts';
import { isWordAsLabel, labelLine } from './header/labels.ts';
import { startsLeftOfValueColumn } from './header/layout-value-column.ts';
import { flatLayoutCodes } from './flat/flat-layout-codes.ts';
import { flatLayoutTable } from './flat/flat-layout-table.ts';
import { layoutCodesColumn } from './layout/layout-codes-column.ts';
import { viewerCodesColumn } from './layout/viewer-codes-column.ts';
import { JOINT_NUMBER_SOURCE, WORDED_NUMBER_SOURCE } from './text/item-numbers.ts';
import { joinedLabelCells, keptColumnBreaks } from './layout/label-column.ts';
import { joinedWrappedLabels } from './layout/wrapped-labels.ts';
import { DATES_WHOLE_LINE, FIGURE_DAYS_LINE } from './header/value-shapes.ts';
import { watermarkLines, withoutFlatWatermark } from './furniture/watermark.ts';
import {
  BULLET,
  CONVERTER_PAGE_MARK,
  DATE_PREPOSITION_END,
  FOOTNOTE_ANCHOR,
  MARKING_LINE,
  MARKING_SOURCE,
  endsWithAbbreviation,
  PAGE_FOOTER,
  PAGE_NUMBER,
  TABLE_OF_CONTENTS_LINE,
  THEMATIC_BREAK,
  ITEM_NUMBER,
} from './text/vocabulary.ts';
import { append } from '../../../src/shared/lists.ts';
import { VERSION_SUFFIX_WORDS } from '../../../src/shared/version-suffixes.ts';

/** One logical line of a normalised document and the 1-based source line it starts on. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Spaces other than the ordinary space and tab (NBSP, thin, ideographic, …): read as a space. */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Characters that carry nothing: a byte-order mark left inside the text, and controls other than tab. Zero-width
 * space, non-joiner and joiner, word joiner and soft hyphen are not among them: they change spelling (where a word
 * may break, which letters join) and hold emoji sequences together, so they are text.
 */
const INVISIBLE = /[\uFEFF\u0000-\u0008\u000E-\u001F\u007F]/g;

/** Page furniture is short; longer lines are never tested against its patterns. */
const MAX_FURNITURE_LENGTH = 160;

/** A page footer broken by the PDF extraction spans at most this many lines (`pdftotext` prints each of its parts on a line). */
const MAX_FOOTER_LINES = 6;

/** A line ends a sentence or a clause when it ends with one of these (closing quotes and brackets aside). */
const TERMINAL = /[.:;!?](?:["'”’)\]*]{0,4})$/;

/**
 * A line opening with a few words and a colon (`Subject:`, `Mandat:`), as a label opens its line; not an identifier whose
 * parts colons join (`ECLI:NL:HR:2009:BH1234`, a wrapped sentence's citation, goes on from the line above).
 */
const LABEL_LIKE = /^[ \t]*\p{Lu}[\p{L}.° ]{0,29}:(?![\p{Lu}\d]{1,10}:)/u;

/** Lines that open a new unit and are never the continuation of the line above. */
const OPENS_UNIT = [
  BULLET,
  /^[ \t]*(?:#|\*\*|<sup>|\^|\[\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]|>|\|)/,
  /^[ \t]*\(?(?:[a-z]{1,4}|[α-ωа-я]|[A-Z])\)[ \t]/u,
  // a list's label alone on its line (`ii.`, `(c)`): never the end of the line above (`… the following:` / `i.`)
  LONE_POINT,
  // a part's Roman numeral with a dot before a capital (`I. INTRODUCTION`, `II. Main findings`): a heading of its own, never a title's
  // last line (a capitals title over it, `DRAFT COUNCIL CONCLUSIONS ON …` / `I. INTRODUCTION`, as a copy without blank lines prints it)
  /^[ \t]*[IVX]{1,5}\.[ \t]+\p{Lu}/u,
  // a list's small Roman numeral or letter with a dot before a capital (`i. Report by the Commission`, a point's own points)
  /^[ \t]*(?:[ivx]{1,4}|[a-z])\.[ \t]+\p{Lu}/u,
  /^[ \t]*\((?:OR|Or|or)\./,
  new RegExp(String.raw`^[ \t]*${ITEM_NUMBER}\.?(?:[ \t]|$)`),
  // an item numbered with a word or a bracket before its title's capital (`Item 1: Adoption …`, `Point 1 : Adoption …`,
  // `Punkt 1: Annahme …`, `1) Adoption …`): never the subject's last line above it, as a copy without blank lines prints it
  new RegExp(String.raw`^[ \t]*${WORDED_NUMBER_SOURCE}[ \t]+["“„(]?\p{Lu}`, 'u'),
  // items taken together (`Agenda items 3 and 4: Schengen …`, `3. and 4. Schengen …`), also alone over their title
  new RegExp(String.raw`^[ \t]*${JOINT_NUMBER_SOURCE}(?:[ \t]+["“„(]?\p{Lu}|[ \t]*$)`, 'u'),
  LABEL_LIKE,
  // a table of contents' heading (`Table of Contents` under a report's title with no blank line, as a viewer copies it)
  TABLE_OF_CONTENTS_LINE,
  new RegExp(String.raw`^[ \t]*(?:${VERSION_SUFFIX_WORDS}|LIMITE)\b`),
  // a date alone on its line, with its year first or its weekday (a notice's `2026. február 17.` or `Dienstag, 17. Februar
  // 2026` under its subject, values printed after their labels)
  DATE_LINE,
  // two days or more of one month (`2026. március 17–18.`, `17.–18. märts 2026`), a notice's date value under its subject
  DAYS_LINE,
  // days printed whole one after the other, each with its hours (`2026. február 17. (10.00–18.00) és 2026. február 18. (…)`)
  DATES_WHOLE_LINE,
  // days in figures alone on their line (`03.03.2026 – 04.03.2026`, `2026-03-03`), a notice's date value under its subject
  FIGURE_DAYS_LINE,
  // a notice's hour alone on its line after the word a version prints before it (`kl. 10.00`, `klo 10.00`, `plkst.
  // 10.00`), as plain pdftotext prints the `Time:` value under the venue's last line: the hour's, never the venue's
  /^[ \t]*(?:kl|klo|plkst)\.?[ \t]{1,3}\d{1,2}[.:]\d{2}(?:[ \t]?[-–][ \t]?\d{1,2}[.:]\d{2})?[ \t]*$/,
];

/** A unit's openings that ignore case (`Table of Contents`), tried one by one: in one `u` pattern as `(?i:…)`, V8 missed `CONTENTS` and `Table of Contents`. */
const CASELESS_OPENINGS = OPENS_UNIT.filter(({ flags }) => flags.includes('i'));

/**
 * The other openings as one pattern: a line is read once instead of by each of them in turn, and every line below
 * another is asked. They are anchored, case-sensitive patterns, whose alternatives mean under `u` what they mean alone.
 */
const CASED_OPENINGS = new RegExp(
  OPENS_UNIT.filter(({ flags }) => !flags.includes('i'))
    .map(({ source, flags }) => {
      if (flags !== '' && flags !== 'u') throw new Error(`a unit's opening has flags u, iu or none: /${source}/${flags}`);
      return `(?:${source})`;
    })
    .join('|'),
  'u',
);

/** Whether a line opens a unit of its own (OPENS_UNIT). */
function opensUnit(line: string): boolean {
  return CASED_OPENINGS.test(line) || CASELESS_OPENINGS.some((pattern) => pattern.test(line));
}

/** A short line in capitals (a document-type line, a stamp, a heading): the line below does not continue it. */
const CAPITALS_LINE = /^[ \t]*(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu})[^\p{Ll}]{2,60}$/u;

/** A line this long that does not end a sentence was wrapped by the export (PDF-style hard wrap). */
const WRAP_WIDTH = 50;

/** A numbered line (a heading or the first line of a numbered paragraph) must be this long to count as wrapped. */
const NUMBERED_WRAP_WIDTH = 70;

// Guarantees after normalise: no BOM or controls, no CR, only ordinary spaces and tabs, no ligature characters
// (their letters instead), no trailing whitespace, no rules, every other character as the source has it (backslashes and zero-width
// characters included), no page furniture (footers, page
// numbers, a repeated LIMITE, the pieces of a LIMITE watermark, a conversion's footnote anchors under their calls), hard-wrapped lines joined (a real hyphen kept), no blank line at either
// end, never two blank lines in a row; every line knows the source line it starts on.

/** Clean logical lines (no BOM, controls, CR, odd spaces, page furniture or hard wraps), each with its source line. */
export function normalise(text: string): SourceLine[] {
  const pageEnds = new Set<number>();
  const cleaned = collapseBlanks(
    outcomeColumns(
      outcomeRows(
        layoutTableRows(
          rowsOverPage(layoutCodesColumn(viewerCodesColumn(flatLayoutCodes(flatLayoutTable(joinedJustifiedWords(furnitureOut(text, pageEnds))))))),
        ),
      ),
    ),
  );
  return flatOutcomeColumns(splitFlatLines(joinLines(setItemRows(closeLoneNumbers(joinTimedRows(joinedLabelCells(joinedWrappedLabels(cleaned)))))), pageEnds));
}

/**
 * Wrapped lines joined, except where a header's column of values needs a line for each of its labels (`label-column.ts`)
 * and where a table's header row printed a cell to a line opens right under the text above it (`column-cells.ts`).
 */
function joinLines(lines: readonly SourceLine[]): SourceLine[] {
  const cells = headerRowBreaks(lines);
  const joined = joinWrapped(lines, cells);
  const goOn = new Set<number>();
  const kept = keptColumnBreaks(lines, joined.starts, goOn);
  return kept.size === 0 && goOn.size === 0 ? joined.lines : joinWrapped(lines, new Set([...kept, ...cells]), goOn).lines;
}

/**
 * The source's lines cleaned and with its page furniture left out (footers whole, broken or inside a line, page numbers,
 * a repeated LIMITE, a watermark's pieces, a conversion's anchors), each with its source line, before any line is
 * joined: what normalise reads on, and what the nothing-lost check holds the page to.
 */
export function withoutFurniture(text: string): SourceLine[] {
  return furnitureOut(text, new Set());
}

/** withoutFurniture, adding to `pageEnds` the source line of each line whose text a page's footer ended (a page run into one line). */
function furnitureOut(text: string, pageEnds: Set<number>): SourceLine[] {
  // Lines cut from a text held two bytes a character are held one byte a character where they can be (one-byte.ts).
  const wide = holdsWideCharacters(text);
  const cleaned = undoubleSpacing(text.split(LINE_BREAK).map((raw, index) => ({ text: cleanLine(wide ? oneByte(raw) : raw), line: index + 1 }))).map(
    // a page run into one line keeps the watermark's pieces among its words
    (entry) => (entry.text.length >= FLAT_LINE ? { text: withoutFlatWatermark(entry.text), line: entry.line } : entry),
  );
  const watermark = watermarkLines(cleaned);
  const lines = watermark.size === 0 ? cleaned : cleaned.map((entry) => (watermark.has(entry.line) ? { text: '', line: entry.line } : entry));
  return withMalteseHyphens(dropFurniture(ungluedFooterNumbers(lines), pagesOfLines(text, LINE_BREAK), pageEdgesOfLines(text, LINE_BREAK), pageEnds));
}

/**
 * A Maltese document's lines with the article's hyphen before a capital put back where plain `pdftotext` dropped it
 * (`flAnness` → `fl-Anness`, maltese-articles.ts withArticleHyphens): the page shows what the document printed. The
 * vocabulary is read only where a line holds such a join.
 */
function withMalteseHyphens(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((entry) => holdsJoinedArticle(entry.text))) return lines;
  const words = vocabularyOf(lines.map((entry) => entry.text));
  return lines.map((entry) => {
    const text = withArticleHyphens(entry.text, words);
    return text === entry.text ? entry : { text, line: entry.line };
  });
}

/** Any character one of cleanLine's replacements acts on: a line without one (most lines) is only trimmed. */
const NEEDS_CLEANING = /[\uFEFF\u0000-\u0008\u000E-\u001F\u007F\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFB00-\uFB06]/;

/**
 * The Latin ligatures a PDF's font may print as one glyph and `pdftotext` gives as one character (`conﬁrmed`, `oﬃcial`,
 * `eﬀective`): their letters, as the author typed them, so that words read, search and
 * match alike in every rendering.
 */
const LIGATURE = /[\uFB00-\uFB06]/g;

/** The letters of each ligature U+FB00–U+FB06 (ff, fi, fl, ffi, ffl, long s t, st). */
const LIGATURE_LETTERS: readonly string[] = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];

function cleanLine(raw: string): string {
  const cleaned = NEEDS_CLEANING.test(raw)
    ? raw
        .replace(INVISIBLE, '')
        .replace(ODD_SPACE, ' ')
        .replace(LIGATURE, (ligature) => LIGATURE_LETTERS[ligature.charCodeAt(0) - 0xfb00] ?? ligature)
    : raw;
  const text = leadersAsTabs(cleaned.trimEnd());
  return THEMATIC_BREAK.test(text) ? '' : text;
}

function isFurniture(text: string): boolean {
  const trimmed = text.trim().replace(/[ \t]+/g, ' ');
  if (trimmed.length > MAX_FURNITURE_LENGTH) return false;
  return PAGE_FOOTER.test(trimmed) || PAGE_NUMBER.test(trimmed) || CONVERTER_PAGE_MARK.test(trimmed);
}

/**
 * Drops footers (alone on their lines, in pieces across blank lines and around a page's last row — `broken-footers.ts` —, or inside text), page numbers (alone, or opening a page's first line), every
 * LIMITE line after the first and a conversion's footnote anchors under their calls (`0F`); a page break inside a sentence closes up,
 * also under the page's footnotes, which then follow that sentence's paragraph. The source line of each line whose text
 * a footer ended (`… as set out in CM 5123/25. 14342/21 JAI.1 RS/sl 1 EN`: the page run into one line) goes into `pageEnds`.
 */
function dropFurniture(lines: readonly SourceLine[], pageOfLine: readonly number[] | null, edges: PageEdges | null, pageEnds: Set<number>): SourceLine[] {
  const kept: SourceLine[] = [];
  let gap: SourceLine[] = [];
  let pageBreak = false;
  let pages = 0;
  // The markings seen (`LIMITE`, `RESTREINT UE/EU RESTRICTED`): each printed again alone on its line, at a page's top or foot, is furniture.
  const markings = new Set<string>();
  // The markings the first page prints anywhere (its header's), which a later page run into one line opens with.
  const firstPageMarkings = new Set<string>();
  const bareFooters = new Set<string>();
  const splitFooters = new Set<string>();
  const labels = annexLabels(lines);
  // A table of contents' page numbers a footer's pieces stand around stay text, whatever their shape.
  const between = new Set<number>();
  const broken = brokenFooterLines(lines, labels, between);
  // Where no form feed marks the pages, the figures alone that are page numbers wherever they stand.
  const viewerNumbers = pageOfLine === null ? viewerPageNumbers(lines, BESIDE_FOOTER) : new Set<number>();
  for (const header of runningHeaderLines(lines, (index) => broken.has(index) || furnitureLength(lines, index, pageOfLine, edges, labels) > 0))
    broken.add(header);
  // The footnotes printed at the foot of a page whose last sentence goes on at the next: they follow that sentence's paragraph.
  const footnotes: SourceLine[] = [];
  // A table's header rows printed again at a page's top, by their first cell's line.
  const repeated = repeatedHeaderRows(lines);
  // Whether the pages are run into one line each: their last page, however short, is one too.
  const flat = lines.some((entry) => entry.text.length >= FLAT_LINE);
  for (let index = 0; index < lines.length; index += 1) {
    const entry = lines[index];
    // A conversion's footnote anchor under the call it marked is no page break: the lines around it join as if it were not there.
    if (entry === undefined || isMarkedAnchor(entry.text, kept)) continue;
    if (broken.has(index)) {
      pageBreak = true;
      continue;
    }
    // A marking printed again is left out as if it were not there: the page's top or foot, not a page break of its own.
    if (markings.has(markingOf(entry.text))) continue;
    const furnitureLines: number = between.has(index)
      ? 0
      : furnitureLength(lines, index, pageOfLine, edges, labels, { page: pages, atBreak: pageBreak, numbers: viewerNumbers });
    const inline = furnitureLines > 0 || entry.text.trim() === '' ? null : removeInlineFooters(entry.text);
    if (inline !== null) rememberOwnNumber(inline.text, splitFooters);
    const footers =
      inline === null || inline.endsPage
        ? inline
        : (removeBareFooterAtPageEnd(inline.text, nextText(lines, index), bareFooters) ??
          removeSplitNoticeFooter(inline.text, splitFooters) ??
          removeSplitFooter(inline.text, splitFooters) ??
          inline);
    if (furnitureLines > 0 || footers?.text.trim() === '') {
      pageBreak = true;
      index += Math.max(furnitureLines, 1) - 1;
    } else if (footers === null) {
      gap.push(entry);
    } else {
      if (pageBreak || pages === 0) pages += 1;
      const number = pageBreak || kept.length === 0 ? leadingPageNumber(footers.text, pages) : 0;
      if (pages === 1) for (const [marking] of allMatches(MARKINGS_IN_LINE, footers.text)) firstPageMarkings.add(marking.replace(/[ \t]+/g, ' '));
      const rest = footers.text.slice(number);
      const text = pageBreak && pages > 1 && number === 0 ? withoutOpeningHeader(rest, firstPageMarkings) : rest;
      const trimmed = text.trim();
      if (MARKING_LINE.test(trimmed)) markings.add(markingOf(trimmed));
      // The text above the page's footnotes is what a sentence cut by the page break goes on from.
      if (pageBreak) setFlatFootnotesApart(kept, footnotes);
      const body = pageBreak ? lastTextLine(kept) : kept.length;
      const above = body === kept.length ? kept : kept.slice(0, body);
      const previous = lastNonBlank(above);
      const midSentence =
        pageBreak && previous !== undefined && !endsSentence(tail(previous.text)) && !headingAboveBreak(above, trimmed) && !headingBelowBreak(trimmed);
      if (midSentence && body < kept.length) append(footnotes, kept.splice(body));
      // A table's header row printed again at the page's top is none of the cut sentence's words: the rest of the row
      // the page break cut, right under it, goes on from the cut cell, then the page's footnotes, then the header row.
      const repeat = midSentence ? repeated.get(index) : undefined;
      if (repeat !== undefined && repeat.rest.length > 0) {
        index = overRepeatedHeader(lines, kept, footnotes.splice(0), repeat, { text, line: entry.line });
        gap = [];
        pageBreak = false;
        continue;
      }
      if (!midSentence) {
        // Before the footnotes of a page run into one line the cut sentence went on in, so that they stay in sequence.
        if (footnotes.length > 0 && (gap.length > 0 || opensUnit(text)) && flatFootnotesBefore(kept, footnotes, flat)) footnotes.splice(0);
        append(kept, gap);
        // After the paragraph: at a blank line, or before a line that opens a unit of its own (`4.` right under it, as plain pdftotext prints it).
        if (footnotes.length > 0 && gap.length > 0) append(kept, [...footnotes.splice(0), { text: '', line: entry.line }]);
        else if (footnotes.length > 0 && opensUnit(text))
          append(kept, [{ text: '', line: entry.line }, ...footnotes.splice(0), { text: '', line: entry.line }]);
        // A page break that ends a sentence ends its paragraph or footnote where no blank line follows (a viewer's copy).
        else if (pageBreak && gap.length === 0 && (kept.at(-1)?.text.trim() ?? '') !== '') kept.push({ text: '', line: entry.line });
      }
      kept.push({ text, line: entry.line });
      gap = [];
      pageBreak = footers.endsPage;
      if (footers.endsPage && trimmed !== '') pageEnds.add(entry.line);
    }
  }
  if (footnotes.length > 0 && !flatFootnotesBefore(kept, footnotes, flat)) append(kept, [{ text: '', line: footnotes[0]?.line ?? 0 }, ...footnotes]);
  return kept;
}

/**
 * A row's rest set back under the cut cell, as the PDF reader does (`layout-row-over-page.ts` for `-layout`): the lines
 * under a header row printed again at the page's top (`repeat`, its first cell `first`) go on from the kept text, then
 * the page's footnotes, then the header row's cells, each a line of its own. The index of the last line taken.
 */
function overRepeatedHeader(
  lines: readonly SourceLine[],
  kept: SourceLine[],
  footnotes: readonly SourceLine[],
  repeat: RepeatedHeaderRow,
  first: SourceLine,
): number {
  const start = repeat.cells[0] ?? 0;
  const last = repeat.cells[repeat.cells.length - 1] ?? start;
  append(kept, lines.slice(repeat.rest[0] ?? 0, (repeat.rest[repeat.rest.length - 1] ?? -1) + 1));
  append(kept, [{ text: '', line: first.line }, ...footnotes, ...(footnotes.length > 0 ? [{ text: '', line: first.line }] : [])]);
  append(kept, [first, ...lines.slice(start + 1, last + 1), { text: '', line: first.line }]);
  return repeat.rest[repeat.rest.length - 1] ?? last;
}

/**
 * The footnotes of a page run into one line whose last sentence the page break cut, set under the next page's text,
 * where that page is run into one line too (a short last page too, where it marks footnotes and the pages are run into
 * one line: `flat`), before the footnotes it marks at its end (`… transmettre au Coreper. …`
 * / `^1 […]` / `^2 …`), so that the footnotes stay in sequence; false, `kept` as it was, when the last line is no such page.
 */
function flatFootnotesBefore(kept: SourceLine[], footnotes: readonly SourceLine[], flat: boolean): boolean {
  let last = kept.length - 1;
  while (last >= 0 && (kept[last]?.text.trim() ?? '') === '') last -= 1;
  const entry = kept[last];
  if (entry === undefined || (entry.text.length < FLAT_LINE && !(flat && entry.text.includes('^')))) return false;
  const [text, ...own] = footnotesApart(entry);
  if (text === undefined) return false;
  kept.splice(
    last,
    1,
    text,
    { text: '', line: entry.line },
    ...footnotes.filter((line) => line.text.trim() !== '').flatMap((line) => [line, { text: '', line: line.line }]),
    ...own,
  );
  return true;
}

/** A footer's language or marking alone on its line (`EN`, `LIMITE EN`, `LIMITE`): a figure alone beside it is the footer's page number. */
const BESIDE_FOOTER = new RegExp(`${LANGUAGE_ALONE.source}|${MARKING_LINE.source}`);

/** The markings a line prints (`LIMITE`, `RESTREINT UE/EU RESTRICTED`), each a whole word. */
const MARKINGS_IN_LINE = new RegExp(String.raw`(?<![\p{L}])${MARKING_SOURCE}(?![\p{L}])`, 'gu');

/** A marking line as one compares it with the others: bold and spacing left out; '' for any other line. */
function markingOf(text: string): string {
  const trimmed = text.trim();
  return MARKING_LINE.test(trimmed) ? trimmed.replace(/\*\*/g, '').replace(/[ \t]+/g, ' ') : '';
}

/**
 * The footnotes foot-footnotes.ts marked at the end of the last page run into one line (however short), the last ending in no sentence
 * (a withheld one, `[…]`), or the page's text before them ending in none (`… and on working proced- ^1 16515/09. …`,
 * `… transposition of the ^1 8517/24.`), set on lines of their own under it (`… est convenu de le ^1 […]` → `… est
 * convenu de le` / `^1 […]`), so that the page's last sentence, which the page break cut, goes on from its text and
 * not from its footnote's (`transmettre au Coreper.`, `ures for cooperation …`, `new directive …`); the footnotes
 * `held` from the page above, whose cut sentence this page went on, set before them, so that the footnotes stay in
 * sequence.
 */
function setFlatFootnotesApart(kept: SourceLine[], held: SourceLine[]): void {
  let last = kept.length - 1;
  while (last >= 0 && (kept[last]?.text.trim() ?? '') === '') last -= 1;
  const entry = kept[last];
  if (entry === undefined || !entry.text.includes('^')) return;
  const [text, ...own] = footnotesApart(entry);
  if (text === undefined || own.length === 0) return;
  if (endsSentence(tail(own.at(-1)?.text ?? '')) && endsSentence(tail(text.text))) return;
  // The footnotes held from the page above, whose last sentence this page's text went on, stay before this page's own.
  const before = held.splice(0).filter((line) => line.text.trim() !== '');
  kept.splice(last, 1, text, ...before.flatMap((line) => [{ text: '', line: line.line }, line]), ...own);
}

/**
 * Where the footnote definitions and blank lines that end the kept lines begin (`^1 Doc. …` at a page's foot, under the
 * page's last sentence); the count of the kept lines when none end them.
 */
function lastTextLine(kept: readonly SourceLine[]): number {
  let start = kept.length;
  while (start > 0) {
    const text = kept[start - 1]?.text ?? '';
    if (text.trim() !== '' && footnoteDefinition(text) === null) break;
    start -= 1;
  }
  return kept.slice(start).some(({ text }) => text.trim() !== '') ? start : kept.length;
}

/**
 * Whether a line is a conversion's footnote anchor (`0F`) under the call markAnchoredFootnotes marked (`…Union^1`):
 * an anchor that marked no call is text of the document and stays.
 */
function isMarkedAnchor(text: string, kept: readonly SourceLine[]): boolean {
  const anchor = FOOTNOTE_ANCHOR.exec(text);
  if (anchor === null) return false;
  return (
    lastNonBlank(kept)
      ?.text.trimEnd()
      .endsWith(`^${Number(anchor[1]) + 1}`) ?? false
  );
}

/** How a page footer (it opens with the document number, a notice's with `CM`, the European Council's with `EUCO`, a working document's with `WK`), a page number (`15`, `- 15 -`, `Page 2`) or a converter's page mark starts. */
const FURNITURE_START = /^(?:[\d\-pP]|CM[ \t]|EUCO[ \t]|WK[ \t])/;

/**
 * How many lines from `index` on form one page footer, the most that do (PDF extraction may break a footer over several
 * lines) up to its language (`footerGoesOn`: a line under it is the next page's, its `ANNEX` heading too), or 0; a page
 * number alone must be that of its page and stand at its top or foot where the text marks its pages (`numbersItsPage`,
 * `standsAtPageEdge`), and where it does not, that of the page `counted` (the pages read so far) or, right under a page's end, the next.
 */
function furnitureLength(
  lines: readonly SourceLine[],
  index: number,
  pageOfLine: readonly number[] | null,
  edges: PageEdges | null,
  labels: ReadonlyMap<string, number>,
  counted: CountedPage | null = null,
): number {
  if (!FURNITURE_START.test(lines[index]?.text.trimStart() ?? '')) return 0;
  let text = '';
  let longest = 0;
  // The longest run that is a footer: `… 1 DG H 2B` is one before its `LIMITE EN` line, which belongs to it too.
  for (let count = 1; count <= MAX_FOOTER_LINES; count += 1) {
    const next = lines[index + count - 1]?.text.trim() ?? '';
    if (next === '' || next.length > MAX_FURNITURE_LENGTH) break;
    const goesOn = longest === 0 ? 'piece' : footerGoesOn(text, next, index + count - 1, labels);
    if (goesOn !== 'piece') return goesOn === 'label' ? count : longest;
    text = text === '' ? next : `${text} ${next}`;
    const line = lines[index]?.line ?? 0;
    if (isFurniture(text) && (!PAGE_NUMBER.test(text) || (numbersItsPage(text, line, pageOfLine, counted) && standsAtPageEdge(line, edges)))) longest = count;
  }
  return longest;
}

/** The text of the next line that is not blank, or '' at the end. */
function nextText(lines: readonly SourceLine[], index: number): string {
  for (let next = index + 1; next < lines.length; next += 1) {
    const text = lines[next]?.text ?? '';
    if (text.trim() !== '') return text;
  }
  return '';
}

function lastNonBlank(lines: readonly SourceLine[]): SourceLine | undefined {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const entry = lines[index];
    if (entry !== undefined && entry.text !== '') return entry;
  }
  return undefined;
}

function collapseBlanks(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  for (const entry of lines) {
    const previous = result[result.length - 1];
    if (entry.text === '' && (previous === undefined || previous.text === '')) continue;
    result.push(entry);
  }
  if (result[result.length - 1]?.text === '') result.pop();
  return result;
}

/**
 * Joins a line to the one above when it continues it: it starts in lower case, or the line above was cut mid-sentence,
 * or it is one of `goOn`; never a line of `kept`. The logical lines, and the indexes of the lines that start one.
 */
function joinWrapped(
  lines: readonly SourceLine[],
  kept: ReadonlySet<number>,
  goOn: ReadonlySet<number> = new Set(),
): { lines: SourceLine[]; starts: Set<number> } {
  // The vocabulary is read only for a document with a line that ends in a hyphen after a letter (few do).
  let words: Set<string> | null = null;
  const vocabulary = (): Set<string> => (words ??= vocabularyOf(lines.map((entry) => entry.text)));
  let usual: number | undefined;
  // A logical line is kept as its pieces so joining thousands of wrapped lines stays linear.
  const result: {
    first: string;
    last: string;
    lastRaw: string;
    lastLine: number;
    aboveWidth: number;
    length: number;
    pieces: string[];
    line: number;
    row: boolean;
  }[] = [];
  const starts = new Set<number>();
  let widest = 0;
  for (const entry of lines) widest = Math.max(widest, entry.text.length);
  // A -layout print's body margin and usual width, read once: where its paragraphs stand apart by blank lines.
  let print: LayoutPrint | null | undefined;
  const layout = (): LayoutPrint | null => (print === undefined ? (print = layoutPrint(lines, (usual ??= usualWidth(lines)))) : print);
  for (const [index, entry] of lines.entries()) {
    const current = result[result.length - 1];
    const joins =
      current !== undefined &&
      current.first !== '' &&
      entry.text !== '' &&
      !kept.has(index) &&
      (goOn.has(index) ||
        dashContinuesTitle(current, entry.text, lines[index + 1]?.text ?? '', widest) ||
        dateInsideLine(current.last, entry.text, lines[index + 1]?.text ?? '') ||
        continues(current, entry, layout, lines[index + 1]?.text ?? ''));
    if (current !== undefined && joins) {
      const below = entry.text.trimStart();
      const lastPiece = current.pieces.length - 1;
      const hyphenEnd = HYPHEN_END.test(tail(current.last)) || (RANGE_END.test(tail(current.last)) && RANGE_GOES_ON.test(below));
      // Full for the page (its usual width) or for its column: as long as the paragraph's line above it, a narrower
      // column's (an indented title, a table's cell, as a viewer copies them without their indent), or on the
      // paragraph's first line as the line below it (`4. Assess the use of encrypted commu-` / `nication by criminal
      // networks and the`, a table cell's first lines).
      const width = current.lastRaw.trimEnd().length;
      const column = current.aboveWidth > 0 ? current.aboveWidth : entry.text.trimEnd().length;
      const full = width >= FULL_LINE * (usual ??= usualWidth(lines)) || (column >= MIN_COLUMN && width >= FULL_COLUMN * column);
      // A word hyphenation cut made whole, as the document spells it (a Dutch diaeresis put back: `be-` / `eindigen`).
      let rest = below;
      if (hyphenEnd && isHyphenationBreak(current.last, below, vocabulary(), full)) {
        current.pieces[lastPiece] = (current.pieces[lastPiece] ?? '').slice(0, -1);
        rest = wordRest(current.last, below, vocabulary());
      }
      const numberCut = NUMBER_SLASH_END.test(tail(current.last)) && RANGE_GOES_ON.test(below);
      current.pieces.push(hyphenEnd || numberCut ? rest : ` ${below}`);
      current.last = below;
      current.aboveWidth = current.lastRaw.trimEnd().length;
      current.lastRaw = entry.text;
      current.lastLine = entry.line;
      current.length += below.length + 1;
    } else {
      starts.add(index);
      result.push({
        first: entry.text,
        last: entry.text,
        lastRaw: entry.text,
        lastLine: entry.line,
        aboveWidth: 0,
        length: entry.text.trimStart().length,
        pieces: [entry.text],
        line: entry.line,
        // Read once per logical line, so that a long first line is not read again for every line joined to it.
        row: isTableRow(entry.text),
      });
    }
  }
  return { lines: result.map((joined) => ({ text: joined.pieces.join(''), line: joined.line })), starts };
}

/** How much of the usual width of the document's lines a line hyphenation cut fills at the least (a word is cut where the line is full). */
const FULL_LINE = 0.75;

/** How much of the width of the paragraph's line above a line hyphenation cut fills at the least: a narrow column's lines are as full as each other. */
const FULL_COLUMN = 0.85;

/** The narrowest column whose lines tell a full line (a table's cell is rarely narrower). */
const MIN_COLUMN = 25;

/** Which of the document's lines, longest first, gives its usual width: most of a page's lines are full, a few longer. */
const USUAL_RANK = 0.25;

/** The usual width of the document's lines that hold text (their ends trimmed): long lines but for the few longest. */
function usualWidth(lines: readonly SourceLine[]): number {
  const widths = lines.map((entry) => entry.text.trimEnd().length).filter((width) => width > 0);
  widths.sort((a, b) => b - a);
  return widths[Math.floor(widths.length * USUAL_RANK)] ?? 0;
}

/** Two cells of a table's row as a text export and the PDF reader print them, apart by a tab. */
const TAB_CELLS = /\S\t+\S/;

/** The gap between two cells of a row as `pdftotext -layout` prints it: three spaces or more. */
const LAYOUT_GAP = /\S {3,}(?=\S)/g;

/** The spaces every LAYOUT_GAP holds. */
const WIDE_GAP = '   ';

/** Whether a line is a table's row: cells apart by tabs, or three cells or more apart by wide gaps (`-layout`). */
function isTableRow(text: string): boolean {
  if (TAB_CELLS.test(text)) return true;
  // a wide gap holds three spaces: most lines hold none, and need not be trimmed and searched
  if (!text.includes(WIDE_GAP)) return false;
  let gaps = 0;
  for (const _gap of text.trim().matchAll(LAYOUT_GAP)) if ((gaps += 1) >= 2) return true;
  return false;
}

/** Whether a line holds two cells apart by a wide gap (`-layout`), the first opening with a capital: a table's row whose merged cell spans the others' columns. */
function cellsApart(text: string): boolean {
  if (!text.includes(WIDE_GAP)) return false;
  const trimmed = text.trim();
  return /^\p{Lu}/u.test(trimmed) && allMatches(LAYOUT_GAP, trimmed).length === 1;
}

/** A lettered point's line (`a) Information from the Presidency …`, `(b) …`): its title may stand over its text as a numbered one does. */
const LETTERED_POINT = /^[ \t]*\(?[a-zα-ωа-я]\)[ \t]/u;

/**
 * A bulleted point opening with a capital (`• EU threat assessment in the field of counter-terrorism: way forward …`,
 * `• Entwurf von Schlussfolgerungen …`): a sub-point's heading may stand over its text as a numbered title does, with
 * no blank line under it where plain `pdftotext` or a viewer copies it. Not a point opening in small letters (`• vom
 * Ergebnis …`, `- to put in place …`): the words of the sentence the list goes on from.
 */
const CAPITAL_BULLET_POINT = /^[ \t]*[•▪◦·–-][ \t]+\p{Lu}/u;

/** More gaps than a table's row has cells: a line with as many is a `-layout` page run into one line, each printed line's indent a gap. */
const PAGE_GAPS = 8;

/**
 * Whether a line is a `-layout` page run into one line (as long as a page, with `PAGE_GAPS` wide gaps or more), whose
 * last sentence a page break cut goes on in the next page's line however wide its gaps (`… sobre la cooperación con
 * los` / `países de América Latina …`): no table's row.
 */
function isLayoutPage(text: string): boolean {
  if (text.length < FLAT_LINE) return false;
  let gaps = 0;
  for (const _gap of text.matchAll(LAYOUT_GAP)) if ((gaps += 1) >= PAGE_GAPS) return true;
  return false;
}

/** A word cut after a hyphen at the end of a line: the hyphen is real (`public-` + `private` → `public-private`) unless hyphenation put it there. */
const HYPHEN_END = /\p{L}-$/u;

/** A range of figures cut after its hyphen at the end of a line (`EMPACT 2026-` / `2029)`): the next line goes on with a figure, without a space. */
const RANGE_END = /\d-$/;
const RANGE_GOES_ON = /^\d/;

/**
 * A document number a word processor wrapped after one of its slashes (`document 14470/` / `25 and …`, `14470/1/` / `25 REV
 * 1`, `WK 5678/` / `2025`): the next line goes on with its figures, without a space, so that the number is read whole.
 */
const NUMBER_SLASH_END = /\d\/$/;

/** What goes on from such a slash: the year on two or four figures, or a revision's index and its slash (`1/25`). */
const SLASH_GOES_ON = /^(?:\d{2}|\d{4}|\d{1,2}\/\d{2})(?![\d/.])/;

/** A number and a word in small letters after it (`3 der Verordnung`, `2 of Regulation`): what an abbreviation such as `Abs.` or `Art.` numbers. */
const ABBREVIATED_NUMBER = /^[ \t]*\d{1,3}[ \t]+\p{Ll}/u;

/**
 * The word `o` opening a wrapped sentence's next line before a word in small letters (`… zawiera zaktualizowany wzór
 * umowy` / `o powołaniu JIT 1.`: the Polish, Czech and Slovak `about`, the Portuguese `the`, the Italian and Spanish
 * `or`), where BULLET would take it for a list's bullet `o` and drop it: the line above ends in a small letter, inside
 * its sentence, in a paragraph that is no list item, and the line is indented no further than it.
 */
const WORD_O = /^([ \t]*)o[ \t]+\p{Ll}/u;

/** A line ending in a small letter, inside its sentence (`… wzór umowy`). */
const ENDS_IN_WORD = /\p{Ll}[ \t]*$/u;

/** Whether `below` goes on from the paragraph `first` … `last` with the word `o` (WORD_O), not a bullet. */
function wordNotBullet(first: string, last: string, below: string): boolean {
  const word = WORD_O.exec(below);
  if (word === null || !ENDS_IN_WORD.test(last) || BULLET.test(first)) return false;
  const indent = (text: string) => (/^[ \t]*/.exec(text)?.[0] ?? '').replace(/\t/g, '  ').length;
  return indent(below) <= indent(last);
}

function continues(
  above: { first: string; last: string; lastRaw: string; lastLine: number; length: number; pieces: readonly string[]; row: boolean },
  belowLine: SourceLine,
  layout: () => LayoutPrint | null,
  after = '',
): boolean {
  const below = belowLine.text;
  if (above.length >= WRAP_WIDTH && cutsDocumentNumber(above.last, below.trimStart())) return true;
  if (NUMBER_SLASH_END.test(tail(above.last)) && SLASH_GOES_ON.test(below.trimStart())) return true;
  if (DATE_PREPOSITION_END.test(tail(above.last)) && opensWithDays(below)) return true;
  if (cutsDayFromMonth(above.last, below) || cutsDate(above.last, below)) return true;
  // A number alone over its title, the title's colon no label's (`3.` / `Schengen and internal security: state of play`).
  const lone = LONE_NUMBER.test(above.first) && above.first === above.last;
  if (lone && LABEL_LIKE.test(below) && labelLine(below) === null && !isWordAsLabel(below)) return true;
  // The number an abbreviation's dot stands before (`… nach Artikel 7 Abs.` / `3 der Verordnung …`, `Art.` / `5 of`):
  // the same sentence, never a paragraph or footnote the number opens.
  if (endsWithAbbreviation(above.last) && ABBREVIATED_NUMBER.test(below)) return true;
  if (wordNotBullet(above.first, above.last, below)) return true;
  // A compound cut at its own hyphen, repeated before its second part (`polsko-` / `-niemieckiego`): no dash's item.
  if (isRepeatedHyphen(tail(above.last), below.trimStart())) return true;
  if (opensUnit(below) || labelLine(below) !== null || isWordAsLabel(below)) return false;
  // Draft conclusions' author under their title, and a recital under one that ends in a comma or a dash, as a viewer's
  // copy prints them with no blank line (`… of public spaces` / `THE COUNCIL OF THE EUROPEAN UNION,`).
  if (isAuthorLine(below) || opensRecitalUnder(above.first, above.last, below)) return false;
  if (startsLeftOfValueColumn(above.first, below)) return false;
  if (listsDocumentsUnder(above.first, above.last, below)) return false;
  // A table's rows (`Czechia⇥National Centre against Organised Crime⇥designated`; `-layout`: `Estonia     Central Criminal Police     pending`), each a line of its own;
  // under a row, a row of two cells too, one of them merged over the others' columns (`Estonia     No reply received`).
  if ((above.row || isTableRow(above.last)) && (isTableRow(below) || cellsApart(below)) && !isLayoutPage(above.last)) return false;
  // A date cut before its year (`… en mars` / `2026.`, a cell plain pdftotext wrapped): one line, however short.
  if (cutsYearFromMonth(above.last, below)) return true;
  const start = below.trimStart();
  // A title withheld in a public version (`3.` / `[…]`) is the number's title as a worded one is.
  if (LONE_NUMBER.test(above.first) && above.first === above.last) return /^[\p{L}"“'‘(]/u.test(start) || REDACTION_START.test(start);
  // A sub-point's label alone (`a)`) over its title, words opening with a letter (not a code such as `JAI.1`).
  if (LONE_POINT.test(above.first) && above.first === above.last) return /^[\p{L}"“'‘(¿¡]\S*[ \t]+\S/u.test(start);
  if (CAPITALS_LINE.test(above.last)) return false;
  // Recipients printed one per line (`Standing Committee on …` over `Permanent Representatives Committee`) are not one wrapped line.
  if (above.first === above.last && isCorrespondentLine(above.last) && isCorrespondentLine(start)) return false;
  if (/^\p{Ll}/u.test(start)) return !isVersionsLine(start);
  const end = tail(above.last);
  if (HYPHEN_END.test(end)) return /^\p{L}/u.test(start);
  // An abbreviation's dot (`Stałego Komitetu ds.` / `Współpracy …`) ends no sentence: the line goes on, however short
  // (`Komitet ds.` / `Współpracy Operacyjnej zatwierdził …`, `(vgl.` / `Dok. 14470/25)`).
  if (endsWithAbbreviation(above.last) && /^[\p{L}\p{N}(]/u.test(start) && !/^[ \t]*#/.test(above.first)) return true;
  // A -layout print sets its paragraphs apart by blank lines: a full line's full stop with the next line right under it
  // at the body's margin ends a sentence, not the paragraph (`… existing structures or products.` / `COSI is expected …`).
  if (endsSentence(end) && !above.row && !/^[ \t]*#/.test(above.first)) {
    const print = layout();
    if (print !== null && goesOnAtMargin({ text: above.lastRaw, line: above.lastLine }, belowLine, print)) return true;
  }
  if (endsSentence(end) || end.endsWith('**') || /^[ \t]*#/.test(above.first)) return false;
  const numbered = /^[ \t]*\d/.test(above.first) || WORDED_TITLE.test(above.first);
  // A title's line whose column a viewer's copy no longer shows full: cut after a title's word, or over the name's acronym.
  if ((numbered || LETTERED_POINT.test(above.first)) && titleGoesOnUnder(above.first, above.last, below, after)) return true;
  // A number alone joined to its title (`3.` + `Meeting of the Council …`): the title is its second piece.
  const heading = LONE_NUMBER.test(above.first) && above.pieces.length > 1 ? `${above.first}${above.pieces[1] ?? ''}` : above.first;
  const titled = numbered
    ? above.length >= NUMBERED_WRAP_WIDTH
    : (LETTERED_POINT.test(above.first) || CAPITAL_BULLET_POINT.test(above.first)) && above.length >= WRAP_WIDTH;
  if (titled && opensTextUnderTitle(heading, above.last, start)) return false;
  return above.length >= (numbered ? NUMBERED_WRAP_WIDTH : WRAP_WIDTH);
}

/**
 * A line that goes on with what a date alone above it went on from: a subject's last part after a dash (`- Approval`).
 * Not a word in small letters: a header's values printed after their labels set a recipient so under a date of receipt
 * (`12 декември 2013 г.` / `г-н Uwe CORSEPIUS, …`, `κ. …`), values of their own.
 */
const GOES_ON_AFTER_DATE = /^[ \t]*[–—-][ \t]{1,3}\p{L}/u;

/**
 * Whether `below`, a date alone on its line, is the middle line of the text above, which is cut mid-sentence, and
 * `after`, the line under it, goes on with that text (`Draft Council Conclusions on the EU Drugs Strategy` / `12
 * November 2025` / `- Approval`, a subject's cell as every shape prints it): the date is no value or heading of its own
 * there, as it is where a line opening the next unit or a blank line follows it (a notice's date printed after its subject).
 */
function dateInsideLine(aboveLast: string, below: string, after: string): boolean {
  if (!GOES_ON_AFTER_DATE.test(after) || !DATE_LINE.test(below)) return false;
  const end = tail(aboveLast);
  // a label's line holds the value's first line (`Subject:   Draft …`), not the label alone
  return /[\p{L}\p{N})]$/u.test(end) && !endsSentence(end) && !CAPITALS_LINE.test(aboveLast) && labelLine(aboveLast)?.value !== '';
}

/**
 * An agenda item's or sub-point's title line (`5. (poss.) Draft …`, `b) Proposal …`, `β) ανταλλαγή …`), or its number alone with the title
 * joined to it (plain `pdftotext`'s `4.` over its title, as a viewer's copy keeps them with no blank line): documents may
 * follow on their own line.
 */
const AGENDA_TITLE = new RegExp(
  String.raw`^[ \t]*(?:\*\*)?(?:${ITEM_NUMBER}\.?|\(?(?:[a-z]{1,4}|[α-ωа-я])\)|${WORDED_NUMBER_SOURCE}|${JOINT_NUMBER_SOURCE})(?:[ \t]|$)`,
  'u',
);

/**
 * An item's number printed with a word or as the numbers of items taken together (`Item 3:`, `Agenda items 3 and 4:`):
 * its line is a numbered title, as one opening with a figure is (wrapped only from `NUMBERED_WRAP_WIDTH` on).
 */
const WORDED_TITLE = new RegExp(String.raw`^[ \t]*(?:\*\*)?(?:${WORDED_NUMBER_SOURCE}|${JOINT_NUMBER_SOURCE})(?:[ \t]|$)`, 'u');

/**
 * Whether `below` is the line of documents a provisional agenda prints under an item's title (`6120/1/24 REV 1`):
 * numbers only, no closing punctuation, under a numbered or lettered line or a point after a dash; or, under a numbered
 * or lettered line, the heading of the items after it (a part of the meeting, `Gemischter Ausschuss
 * (EU–Island/Norwegen/Schweiz/Liechtenstein)`, `Items for discussion`). It is not the title's continuation.
 */
function listsDocumentsUnder(aboveFirst: string, aboveLast: string, below: string): boolean {
  if (TERMINAL.test(tail(below))) return false;
  if (AGENDA_TITLE.test(aboveFirst)) return isDocumentsLine(below.trim()) || agendaSection(below) !== null;
  // under a notice's point after a dash (`- presentation by the EU Counter-Terrorism Coordinator` / `6802/26`), where the
  // point's line ends on no word a title goes on from (`- the report set out in` / `9876/25` is one line)
  return DASH_POINT_LINE.test(aboveFirst) && !isTitleWord(/(\S+)\s*$/u.exec(aboveLast)?.[1] ?? '') && isDocumentsLine(below.trim());
}

/** A point of an agenda item after a dash and a space (`- presentation by the Commission`, `– exchange of views`). */
const DASH_POINT_LINE = /^[ \t]*[–—-][ \t]+\p{L}/u;

/** Whether a line's end ends a sentence or a clause: its punctuation, but not an abbreviation's dot (`Stałego Komitetu ds.` / `Współpracy …`). */
function endsSentence(end: string): boolean {
  return TERMINAL.test(end) && !endsWithAbbreviation(end);
}

/** The end of a line, enough for the end-of-line patterns: a `$`-anchored regex would rescan a long line. */
function tail(text: string): string {
  return text.slice(-8);
}
