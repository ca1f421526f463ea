import { type Gap, type Line, type PdfItem, type Segment, relativeWidth } from './pdf-geometry.ts';
import { largest, smallest } from '../../../src/shared/lists.ts';

/** Items whose baselines differ by less than this share a line (fraction of the font size). */
const BASELINE_TOLERANCE = 0.1;
/**
 * A glyph drawn alone, with no letter or digit (a check mark, a bullet), shares a line whose baseline is this
 * close (fraction of the font size): a word processor sets a symbol font's glyph a little off the baseline of the
 * text beside it (LibreOffice raises a Wingdings check mark in a table cell by a quarter of the size).
 */
const SYMBOL_BASELINE_TOLERANCE = 0.3;
/** Text with no letter or digit: a symbol. */
const SYMBOL_ONLY = /^[^\p{L}\p{N}]+$/u;
/** A superscript is at most this size relative to its line's text ... */
const SUP_MAX_SCALE = 0.8;
/** ... and its baseline is raised by more than this and at most by the second (fractions of the line's size). */
const SUP_MIN_RAISE = 0.1;
const SUP_MAX_RAISE = 0.6;
/** A horizontal gap wider than this (fraction of the size) is a word space ... */
const SPACE_GAP = 0.12;
/**
 * ... wider than this a tab: label and value, table cells, list glyph and item text. pdf.js ends a text run at
 * such a gap with no space drawn in it; table cells set with LibreOffice's 0.1 cm padding are 0.7 of the size apart.
 */
const TAB_GAP = 0.6;
/** Wide gaps of one line closer than this (points) in width are alike: the stretched spaces of a justified line. */
const JUSTIFIED_TOLERANCE = 0.6;
/**
 * A justified line's word processor rounds each stretched space to its own unit, so that one space of the line (the
 * last before the word set flush right, or the first after a paragraph's number) may fall short of or run past the
 * others by up to this much (fraction of the size): LibreOffice sets `gemeinsamen Aktionstage` 7.48 points apart
 * where the line's other spaces are 8.16 to 8.19.
 */
const JUSTIFIED_ROUNDING = 0.1;
/** An accent item starting this far (points) inside the previous text is drawn over it, not after it. */
const ACCENT_OVERLAP = 0.5;
/** Spacing accents a PDF may overlay on a letter, and the combining marks they stand for. */
const SPACING_ACCENTS: Record<string, string> = {
  '`': '\u0300',
  '´': '\u0301',
  ˆ: '\u0302',
  '˜': '\u0303',
  '¨': '\u0308',
  '¸': '\u0327',
  ˇ: '\u030C',
};

interface Draft {
  page: number;
  y: number;
  size: number;
  items: PdfItem[];
}

function isSuperscriptOf(item: PdfItem, draft: Draft): boolean {
  const raise = item.y - draft.y;
  return item.fontSize <= draft.size * SUP_MAX_SCALE && raise > draft.size * SUP_MIN_RAISE && raise <= draft.size * SUP_MAX_RAISE;
}

function gapBetween(previous: Segment | undefined, item: PdfItem, size: number, spaces: ReadonlySet<PdfItem>, flows: ReadonlySet<PdfItem>): Gap {
  if (!previous) return '';
  const gap = item.x - previous.xEnd;
  if ((gap > size * TAB_GAP && !spaces.has(item)) || (gap > size * SPACE_GAP && flows.has(item))) return '\t';
  return gap > size * SPACE_GAP && !/\s$/.test(previous.text) && !/^\s/.test(item.str) ? ' ' : '';
}

/** The letter of a segment under position `x`: the measured width shared out by the letters' relative widths. */
function letterAt(segment: Segment, letters: readonly string[], x: number): number {
  const scale = (segment.xEnd - segment.x) / Math.max(1, relativeWidth(segment.text));
  let edge = segment.x;
  for (const [index, letter] of letters.entries()) {
    edge += relativeWidth(letter) * scale;
    if (x < edge) return index;
  }
  return letters.length - 1;
}

/** Appends an item to the segments, folding an overlaid spacing accent into the letter under it (n + ´ → ń). */
function appendItem(
  segments: Segment[],
  item: PdfItem,
  sup: boolean,
  size: number,
  context: { spaces: ReadonlySet<PdfItem>; flows: ReadonlySet<PdfItem>; order: number },
): void {
  const { spaces, flows, order } = context;
  const previous = segments.at(-1);
  const mark = SPACING_ACCENTS[item.str[0] ?? ''];
  if (previous && mark && item.x < previous.xEnd - ACCENT_OVERLAP) {
    const letters = [...previous.text];
    const at = letterAt(previous, letters, item.x + (item.width * relativeWidth(item.str[0] ?? '')) / (2 * relativeWidth(item.str)));
    letters[at] = `${letters[at] ?? ''}${mark}`.normalize('NFC');
    previous.text = letters.join('') + item.str.slice(1);
    previous.xEnd = Math.max(previous.xEnd, item.x + item.width);
    return;
  }
  const gap = gapBetween(previous, item, size, spaces, flows);
  // Spaces drawn at either side of a tab gap are part of the gap.
  const text = gap === '\t' ? item.str.trimStart() : item.str;
  if (previous && gap === '\t') previous.text = previous.text.trimEnd();
  if (previous && previous.bold === item.bold && previous.sup === sup && gap !== '\t') {
    previous.text += gap + text;
    previous.xEnd = item.x + item.width;
    return;
  }
  segments.push({ text, gap, x: item.x, xEnd: item.x + item.width, bold: item.bold, sup, order });
}

/**
 * The items of a line that follow a wide gap which is a justified line's stretched word space, not a column
 * gap: justification widens every word space of a line alike, so wide gaps that two or more share (within
 * JUSTIFIED_TOLERANCE) are spaces, and so is a gap within their widths give or take a rounding (JUSTIFIED_ROUNDING);
 * a gap of its own width (a list label's, a table cell's) stays a tab.
 */
function stretchedSpaces(ordered: readonly PdfItem[], size: number): Set<PdfItem> {
  const wide = ordered.slice(1).flatMap((item, index) => {
    const previous = ordered[index] as PdfItem;
    const gap = item.x - (previous.x + previous.width);
    return gap > size * TAB_GAP ? [{ item, gap }] : [];
  });
  const stretched = wide.filter(({ gap }) => wide.filter((other) => Math.abs(other.gap - gap) <= JUSTIFIED_TOLERANCE).length >= 2);
  if (stretched.length === 0) return new Set();
  // the gaps within the stretched spaces' widths, a rounding either side, are spaces too
  const low = smallest(stretched.map(({ gap }) => gap)) - size * JUSTIFIED_ROUNDING;
  const high = largest(stretched.map(({ gap }) => gap)) + size * JUSTIFIED_ROUNDING;
  return new Set(wide.filter(({ gap }) => gap >= low && gap <= high).map(({ item }) => item));
}

/** A lone gap up to this wide (fraction of the size) may be a justified line's stretched space. */
const LONE_SPACE_MAX = 1;

/**
 * The item after a line's one wide gap when that gap is a justified line's stretched space the PDF drew between two
 * runs of words (pdf.js gives a Latvian line as two runs 7.26 points apart, the spaces inside each run drawn): the gap
 * at most LONE_SPACE_MAX, words on both sides of it (each run holds a space: not a label, a number or a short cell's
 * value), the same run of text (`flows`), and no other line of the page starting a run where the item starts, as the
 * cells of a table's column and a header's values do (the line a paragraph's: inParagraph). Null where the line has no such gap.
 */
function loneStretchedSpace(ordered: readonly PdfItem[], size: number, flows: ReadonlySet<PdfItem>, startsAt: (x: number) => boolean): PdfItem | null {
  const wide = ordered.slice(1).flatMap((item, index) => {
    const previous = ordered[index] as PdfItem;
    const gap = item.x - (previous.x + previous.width);
    return gap > size * TAB_GAP ? [{ item, previous, gap }] : [];
  });
  const [only] = wide;
  if (wide.length !== 1 || only === undefined || only.gap > size * LONE_SPACE_MAX || flows.has(only.item)) return null;
  const words = (text: string) => /\S\s+\S/u.test(text);
  return words(only.previous.str) && words(only.item.str) && !startsAt(only.item.x) ? only.item : null;
}

/** The widest (fraction of the size) a space the PDF draws between two runs may be: a monospaced font's is 0.6. */
const DRAWN_SPACE_MAX = 0.7;
/** A run that is a list's glyph or label alone: one character, or a short number or letter closed by a dot or bracket. */
const LIST_LABEL = /^(?:\S|\(?[\p{L}\p{N}]{1,4}[.)]{1,2})$/u;
/** How far (points) a drawn space may stand from the runs it joins. */
const DRAWN_SPACE_TOLERANCE = 0.5;

/**
 * The items that follow a space the PDF draws as an item of its own, filling the gap from the run before them
 * (LibreOffice prints a plain-text export in a monospaced font, cutting `1. Adoption` / ` ` / `of the agenda` into
 * three runs whose gaps are a whole letter wide): a word space, however wide, where a tab's gap has no space drawn in it.
 */
function afterDrawnSpaces(items: readonly PdfItem[]): Set<PdfItem> {
  const after = new Set<PdfItem>();
  items.forEach((space, index) => {
    const [previous, next] = [items[index - 1], items[index + 1]];
    if (space.str !== ' ' || previous === undefined || next === undefined || space.width > space.fontSize * DRAWN_SPACE_MAX) return;
    // a list's glyph or label before its text (`•`, `o`, `1.`, `(a)`) is set off by a tab however its gap is drawn
    if (LIST_LABEL.test(previous.str.trim())) return;
    const joins = (item: PdfItem) => item.page === space.page && Math.abs(item.y - space.y) <= DRAWN_SPACE_TOLERANCE && item.str.trim() !== '';
    if (!joins(previous) || !joins(next)) return;
    if (Math.abs(previous.x + previous.width - space.x) <= DRAWN_SPACE_TOLERANCE && Math.abs(space.x + space.width - next.x) <= DRAWN_SPACE_TOLERANCE)
      after.add(next);
  });
  return after;
}

/** How far apart (fraction of the size) the baselines of a paragraph's lines are at the most. */
const PARAGRAPH_LEADING = 2;

/**
 * Whether a line is a justified paragraph's: the line above or below it starts where it starts (give or take
 * COLUMN_TOLERANCE) and ends no further right, as a paragraph's lines share its margins and its last line is short.
 */
function inParagraph(draft: Draft, ordered: readonly PdfItem[], drafts: readonly Draft[]): boolean {
  const start = ordered[0]?.x ?? 0;
  const end = largest(ordered.map((item) => item.x + item.width));
  return drafts.some((other) => {
    if (other === draft || other.page !== draft.page || Math.abs(other.y - draft.y) > draft.size * PARAGRAPH_LEADING) return false;
    const otherStart = smallest(other.items.map((item) => item.x));
    return Math.abs(otherStart - start) <= COLUMN_TOLERANCE && largest(other.items.map((item) => item.x + item.width)) <= end + COLUMN_TOLERANCE;
  });
}

/**
 * The items of a line that the PDF draws in another run than the item left of them: between the two it drew
 * text of other lines. A table's cells are drawn cell by cell, each cell's lines in turn, so the text of the next
 * cell on a line starts a new run, however narrow the gap between the cells; the words of one line of text are
 * drawn one after the other.
 */
function newFlows(
  ordered: readonly PdfItem[],
  stream: ReadonlyMap<PdfItem, number>,
  lineOf: ReadonlyMap<PdfItem, Draft>,
  visible: readonly PdfItem[],
): Set<PdfItem> {
  const flows = new Set<PdfItem>();
  ordered.slice(1).forEach((item, index) => {
    const previous = ordered[index] as PdfItem;
    const [from, to] = [stream.get(previous) ?? 0, stream.get(item) ?? 0].sort((a, b) => a - b) as [number, number];
    const draft = lineOf.get(item);
    for (let at = from + 1; at < to && !flows.has(item); at++) if (lineOf.get(visible[at] as PdfItem) !== draft) flows.add(item);
  });
  return flows;
}

/**
 * Groups text items into visual lines by baseline, pages in order and lines top to bottom.
 * Guarantees: every non-blank item lands in exactly one line; a symbol set a little off the baseline of a line
 * joins it; small raised items become superscript
 * segments of the line below them; segments are left to right, merged while their style is the same; text the PDF
 * draws in another run than the text left of it (a table's next cell) is set off by a tab.
 */
export function groupLines(items: readonly PdfItem[]): Line[] {
  const visible = items.filter((item) => item.str.trim() !== '');
  const symbols = new Set(visible.filter((item) => SYMBOL_ONLY.test(item.str)));
  // Words first, larger text first, so that lines are founded by their main text and symbols and superscripts join
  // them afterwards.
  const bySize = [...visible].sort(
    (a, b) => a.page - b.page || Number(symbols.has(a)) - Number(symbols.has(b)) || b.fontSize - a.fontSize || b.y - a.y || a.x - b.x,
  );
  const drafts: Draft[] = [];
  // The lines of the page at hand (items come page by page): a long document's other pages are not searched.
  let onPage: Draft[] = [];
  for (const item of bySize) {
    if (onPage[0] !== undefined && onPage[0].page !== item.page) onPage = [];
    const tolerance = symbols.has(item) ? SYMBOL_BASELINE_TOLERANCE : BASELINE_TOLERANCE;
    const draft = onPage.find((candidate) => Math.abs(item.y - candidate.y) <= candidate.size * tolerance || isSuperscriptOf(item, candidate));
    if (draft) draft.items.push(item);
    else {
      const founded = { page: item.page, y: item.y, size: item.fontSize, items: [item] };
      drafts.push(founded);
      onPage.push(founded);
    }
  }
  drafts.sort((a, b) => a.page - b.page || b.y - a.y);
  const stream = new Map(visible.map((item, index) => [item, index]));
  const lineOf = new Map(drafts.flatMap((draft) => draft.items.map((item) => [item, draft] as const)));
  const pageItems = new Map<number, PdfItem[]>();
  for (const item of visible) {
    const page = pageItems.get(item.page);
    if (page) page.push(item);
    else pageItems.set(item.page, [item]);
  }
  const drawnSpaces = afterDrawnSpaces(items);
  const build = (draft: Draft, aligned: ReadonlySet<PdfItem>): Line => {
    const segments: Segment[] = [];
    const ordered = [...draft.items].sort((a, b) => a.x - b.x);
    const spaces = stretchedSpaces(ordered, draft.size);
    const flows = newFlows(ordered, stream, lineOf, visible);
    const startsAt = (x: number) => (pageItems.get(draft.page) ?? []).some((other) => lineOf.get(other) !== draft && Math.abs(other.x - x) <= COLUMN_TOLERANCE);
    const lone = spaces.size === 0 && inParagraph(draft, ordered, drafts) ? loneStretchedSpace(ordered, draft.size, flows, startsAt) : null;
    if (lone !== null) spaces.add(lone);
    for (const item of ordered) if (drawnSpaces.has(item)) spaces.add(item);
    for (const item of aligned) flows.add(item);
    for (const item of ordered) appendItem(segments, item, isSuperscriptOf(item, draft), draft.size, { spaces, flows, order: stream.get(item) ?? 0 });
    const first = segments[0] as Segment;
    return { page: draft.page, y: draft.y, x: first.x, xEnd: largest(segments.map((s) => s.xEnd)), size: draft.size, segments };
  };
  const none = new Set<PdfItem>();
  const lines = drafts.map((draft) => build(draft, none));
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    const page = byPage.get(line.page);
    if (page) page.push(line);
    else byPage.set(line.page, [line]);
  }
  return lines.map((line, index) => {
    const draft = drafts[index] as Draft;
    const cells = cellsInColumns(line, draft, byPage.get(line.page) ?? []);
    if (cells === null) return line;
    // the pieces of a run cut at a column stand where the run stood in the PDF's order
    for (const [piece, run] of cells.pieces) stream.set(piece, stream.get(run) ?? 0);
    return build({ ...draft, items: cells.items }, cells.aligned);
  });
}

/** Where other rows start a cell this close (points) to an item, the item starts one too. */
const COLUMN_TOLERANCE = 1;
/** A word inside a run of text starting this close (fraction of the size, by estimated letter widths) to a column starts a cell. */
const WORD_AT_COLUMN = 0.6;
/** How many other lines of the page must start a cell at an x for it to be a table's column. */
const COLUMN_ROWS = 2;

/** The x of every cell a line starts after a tab. */
function cellStarts(line: Line): number[] {
  return line.segments.filter((segment, index) => index > 0 && segment.gap === '\t').map((segment) => segment.x);
}

/**
 * A table row (a line with a tab) whose cell nearly fills its column, so that the next cell follows closer than a
 * tab's gap (`High-risk criminal networks Netherlands`, which pdf.js even draws as one run): its items with the run cut
 * where the next cell begins, and the items that begin a cell. A cell begins where two other rows of its `page` with
 * more cells (three at least) start one after a tab. Null when the row has none such.
 */
function cellsInColumns(line: Line, draft: Draft, page: readonly Line[]): { items: PdfItem[]; aligned: Set<PdfItem>; pieces: Map<PdfItem, PdfItem> } | null {
  const own = cellStarts(line);
  if (own.length === 0) return null;
  // the rows of a table of three cells or more that start where this line does and have more cells than it
  const rows = page.filter((other) => other !== line && Math.abs(other.x - line.x) <= COLUMN_TOLERANCE && cellStarts(other).length > Math.max(1, own.length));
  const all = [...new Set(rows.flatMap(cellStarts).filter((x, _, starts) => starts.filter((y) => Math.abs(x - y) <= COLUMN_TOLERANCE).length >= COLUMN_ROWS))];
  // every cell the line starts is one of the table's columns: a list item's text beside a table is no row of it
  if (!own.every((start) => all.some((x) => Math.abs(start - x) <= COLUMN_TOLERANCE))) return null;
  const columns = all.filter((x) => x > line.x + COLUMN_TOLERANCE && !own.some((start) => Math.abs(start - x) <= COLUMN_TOLERANCE));
  if (columns.length === 0) return null;
  const items: PdfItem[] = [];
  const aligned = new Set<PdfItem>();
  const pieces = new Map<PdfItem, PdfItem>();
  for (const item of draft.items) {
    const cut = columns.map((x) => cutAt(item, x)).find((pieces) => pieces !== null);
    if (cut === undefined || cut === null) {
      if (columns.some((x) => Math.abs(item.x - x) <= COLUMN_TOLERANCE) && item.x > line.x + COLUMN_TOLERANCE) aligned.add(item);
      items.push(item);
      continue;
    }
    items.push(cut[0], cut[1]);
    aligned.add(cut[1]);
    for (const piece of cut) pieces.set(piece, item);
  }
  return aligned.size === 0 ? null : { items, aligned, pieces };
}

/** A run of text cut at the word that starts at column `x` (estimated by the letters' relative widths), or null. */
function cutAt(item: PdfItem, x: number): [PdfItem, PdfItem] | null {
  if (item.x >= x - COLUMN_TOLERANCE || item.x + item.width <= x + COLUMN_TOLERANCE) return null;
  const scale = item.width / Math.max(1, relativeWidth(item.str));
  for (let at = item.str.indexOf(' '); at !== -1; at = item.str.indexOf(' ', at + 1)) {
    const wordX = item.x + relativeWidth(item.str.slice(0, at + 1)) * scale;
    if (Math.abs(wordX - x) > item.fontSize * WORD_AT_COLUMN) continue;
    const left = item.str.slice(0, at).trimEnd();
    const right = item.str.slice(at + 1).trimStart();
    if (left === '' || right === '') return null;
    return [
      { ...item, str: left, width: relativeWidth(left) * scale },
      { ...item, str: right, x, width: item.x + item.width - x },
    ];
  }
  return null;
}
