import type { Footnote } from '../../../../src/schemas/footnote.ts';
import type { TextBlock } from '../../../../src/schemas/text-block.ts';
import type { FootnoteResolver } from '../text/inline.ts';
import { footnoteBlocks } from '../footnotes/footnote-blocks.ts';
import { joinWrappedLine, vocabularyOf } from '../text/hyphenation.ts';
import type { SourceLine } from '../normalise.ts';
import { gluedCalls, withoutGluedCall } from '../footnotes/star-calls.ts';
import { ITEM_MARK_SOURCE } from '../text/vocabulary.ts';

/**
 * The mark a notice prints after an item's title to call a note under its items, in every form a word processor and
 * `pdftotext` print it: ` (*)`, `(**)`, ` *)`, glued to the last word (`third countries*`, `INTCEN(*)`), the PDF
 * reader's superscript (`^{*}`, `^*`); groups: the stars, bracketed, superscript or bare. Anchored at the end, each
 * place tried once with a bounded match: linear.
 */
const TITLE_MARK = /(?:[ \t]?\((\*{1,3})\)|\^\{?(\*{1,3})\}?|(?<=[^\s*])[ \t]?(\*{1,3})\)?)$/u;

/**
 * The mark a notice prints before an item's or sub-point's title to call a note under its items (`3. (*) Title`, `3. *
 * Title`, `3. (**) Titre`, `a) (*) État des lieux`, the PDF reader's `^{*}`): after the item's number or the point's
 * label where the line holds them, and after a possible or pro memoria item's mark (`(poss.) (*) …`); groups: what stands before the
 * mark, then the stars bracketed, superscript or bare. A bare mark stands apart from the title (`**Bold**` is no mark);
 * one in brackets or superscript may be glued to it (`3. (*)Terrorist …`).
 * Anchored at the start, bounded: linear.
 */
const LEADING_MARK = new RegExp(
  String.raw`^([ \t]*(?:(?:\d{1,2}\.(?:\d{1,2}\.?){0,2}|\(?(?:[a-z]|[ivx]{1,4})\))[ \t]+)?(?:${ITEM_MARK_SOURCE}[ \t]+)?)(?:\((\*{1,3})\)[ \t]*|\^\{?(\*{1,3})\}?[ \t]*|(\*{1,3})\)?[ \t]+)(?=\S)`,
  'u',
);

/**
 * A note under the items, opening with the mark that calls it (`(*) This item will be discussed …`, `* Item on which a
 * procedural decision may be taken.`, `**) …`, `^{*} …`); groups: the stars, bracketed, superscript, bare; then the text.
 * A bare mark stands apart from its text (`**4.` is a bold line, never a note).
 */
const NOTE_LINE = /^[ \t]*(?:\((\*{1,3})\)[ \t]*|\^\{?(\*{1,3})\}?[ \t]*|(\*{1,3})(?:\)[ \t]*|[ \t]+))(?=\S)/u;

/** A line that opens with an item's number: a note followed by one stood at a page's foot, not under the last item. */
const ITEM_LINE = /^[ \t]*\d{1,2}\.(?:\d{1,2}\.?){0,2}[ \t]+\S/;

/** The end of a note's sentence: no wrapped line goes on after it. */
const SENTENCE_END = /[.!?]["'”’)\]]{0,2}$/u;

/** A note a notice prints under its items for those it marks: its mark (`*`, `**`), its text (its wrapped lines joined) and where it stands. */
export interface MarkedNote {
  mark: string;
  text: string;
  line: number;
}

/** The stars of a note line's mark and where its text begins, or null when the line opens with no mark. */
function noteMark(text: string): { mark: string; at: number } | null {
  const found = NOTE_LINE.exec(text);
  const mark = found?.[1] ?? found?.[2] ?? found?.[3];
  return found === null || mark === undefined ? null : { mark, at: found[0].length };
}

/**
 * The stars of the mark ending a title (`… INTCEN (*)` → `*`), else of the mark opening it (`(*) Terrorist threat …`,
 * `3. * Migrant smuggling …`, `a) (**) Sachstand`), and the title without it, or null when it holds none.
 */
export function titleMark(title: string): { mark: string; title: string } | null {
  const found = TITLE_MARK.exec(title);
  const mark = found?.[1] ?? found?.[2] ?? found?.[3];
  if (found === null || mark === undefined) return leadingMark(title);
  const bare = title.slice(0, found.index).trimEnd();
  return bare === '' ? null : { mark, title: bare };
}

/** The stars of the mark opening a title (`LEADING_MARK`) and the title without it, what stands before the mark kept; null when it opens with none. */
function leadingMark(title: string): { mark: string; title: string } | null {
  if (!title.includes('*')) return null;
  const found = LEADING_MARK.exec(title);
  const mark = found?.[2] ?? found?.[3] ?? found?.[4];
  if (found === null || mark === undefined) return null;
  return { mark, title: `${found[1] ?? ''}${title.slice(found[0].length)}` };
}

/**
 * A notice's body cut into the lines of its agenda, the notes that close it (its NB block and what follows) and the
 * notes on the items it marks (`(*) This item …`, `* Item on which …`): a note line whose mark a line above ends with
 * (a `(*)` note always), whether it stands under the last item or at a page's foot with items after it. The closing
 * notes open at the first NB line under the first item (`isNoteBlock`) or at the first marked note no item follows. Guarantee: every line
 * lands in one of the three, in order.
 */
export function splitNotes(
  lines: readonly SourceLine[],
  plain: (line: SourceLine) => string,
  isNoteBlock: (text: string) => boolean,
): { agenda: SourceLine[]; closing: SourceLine[]; marked: MarkedNote[] } {
  const texts = lines.map(plain);
  // The document's words tell a hyphenated cut from a compound where a note wraps: made only then, as few documents have one.
  let words: Set<string> | undefined;
  const called = new Set<string>();
  // Each marked note by the index of its first line, and the index of every line it holds.
  const notes = new Map<number, MarkedNote>();
  const inNote = new Set<number>();
  let open: MarkedNote | null = null;
  texts.forEach((text, index) => {
    const line = lines[index] ?? { text, line: 0 };
    const note = noteMark(text);
    if (note !== null && ((called.has(note.mark) && !inList(texts, index)) || /^[ \t]*\(\*/.test(text))) {
      open = { mark: note.mark, text: text.slice(note.at).trim(), line: line.line };
      notes.set(index, open);
      inNote.add(index);
      return;
    }
    // A note's wrapped lines the normaliser left apart (`… CONFIDEN-` / `TIAL erörtert …`) go on up to a blank line or its sentence's end.
    if (open !== null && !SENTENCE_END.test(open.text) && text.trim() !== '' && !isNoteBlock(text) && !ITEM_LINE.test(text)) {
      open.text = joinWrappedLine(open.text, text, (words ??= vocabularyOf(texts)));
      inNote.add(index);
      return;
    }
    open = null;
    const mark = titleMark(text.trim());
    if (mark !== null) called.add(mark.mark);
    // A call glued inside a title that wraps (`… by INTCEN* and follow-up` / `to the conclusions`) calls its note too.
    for (const glued of gluedCalls(text)) called.add(glued);
  });
  let lastItem = -1;
  texts.forEach((text, index) => {
    if (ITEM_LINE.test(text)) lastItem = index;
  });
  // An NB paragraph above the first item (a revised notice's word on the meeting) is the agenda's preamble.
  const firstItem = texts.findIndex((text) => ITEM_LINE.test(text));
  const block = texts.findIndex((text, index) => index > firstItem && isNoteBlock(text));
  const lastNote = [...notes.keys()].find((index) => index > lastItem) ?? -1;
  const closing = Math.min(block === -1 ? lines.length : block, lastNote === -1 ? lines.length : lastNote);
  const agenda: SourceLine[] = [];
  const rest: SourceLine[] = [];
  lines.forEach((line, index) => {
    if (inNote.has(index)) return;
    (index < closing ? agenda : rest).push(line);
  });
  return { agenda, closing: rest, marked: [...notes.values()] };
}

/** A bullet of a text export's list: a bare mark and a space opening the line. */
const BULLET = /^[ \t]*(\*{1,3})[ \t]+\S/u;

/** The end of a list's lead-in: a line ending with a colon (`… covers:`, `… umfasst:`, `… обхваща:`), bullets under it. */
const LEAD_IN = /:[ \t]*$/u;

/**
 * Whether line `index` is a bullet of a list: the same bare mark opens the line above or below it, or it stands right
 * under a lead-in (`The assessment by INTCEN* covers:` / `* online radicalisation.`: a list of one bullet; a note stands
 * under the end of a page's text, never under a colon).
 */
function inList(texts: readonly string[], index: number): boolean {
  const bullet = (at: number) => BULLET.exec(texts[at] ?? '')?.[1];
  const stars = bullet(index);
  return stars !== undefined && (bullet(index - 1) === stars || bullet(index + 1) === stars || LEAD_IN.test(texts[index - 1] ?? ''));
}

/**
 * The notes a document other than a notice marks with stars (`* Restricted session …`, `(*) This item …`, `** …`)
 * wherever they stand, most often at a page's foot: a line opening with the mark, where a glued call of that mark
 * (`gluedCalls`) stands on a line above; the same bare mark opening two lines in a row is a list's bullet, never a note. The
 * note's wrapped lines go with it up to a blank line or its sentence's end. Guarantee: every line lands in `text` or
 * in one note, in order.
 */
export function starNotes(lines: readonly SourceLine[], plain: (line: SourceLine) => string): { text: SourceLine[]; marked: MarkedNote[] } {
  // A note opens at a line whose words open with its mark: without a star in any line's words (most documents: their
  // lines are read only if they hold one, as bold markup), every line is text.
  if (!lines.some((line) => line.text.includes('*') && plain(line).includes('*'))) return { text: [...lines], marked: [] };
  const texts = lines.map(plain);
  let words: Set<string> | undefined;
  const called = new Set<string>();
  const text: SourceLine[] = [];
  const marked: MarkedNote[] = [];
  let open: MarkedNote | null = null;
  texts.forEach((current, index) => {
    const line = lines[index] ?? { text: current, line: 0 };
    const note = noteMark(current);
    if (note !== null && called.has(note.mark) && !inList(texts, index)) {
      open = { mark: note.mark, text: current.slice(note.at).trim(), line: line.line };
      marked.push(open);
      return;
    }
    if (open !== null && !SENTENCE_END.test(open.text) && current.trim() !== '' && !ITEM_LINE.test(current) && note === null) {
      open.text = joinWrappedLine(open.text, current, (words ??= vocabularyOf(texts)));
      return;
    }
    open = null;
    text.push(line);
    for (const mark of gluedCalls(current)) called.add(mark);
  });
  return { text, marked };
}

/** The label a marked note takes among the record's footnotes: `asterisk`, `asterisk2` for `**`; a mark printed again gets `-2`, `-3`…. */
function noteLabel(mark: string, seen: Map<string, number>): string {
  const base = mark.length === 1 ? 'asterisk' : `asterisk${mark.length}`;
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** A notice's marked notes as footnotes of its record (mark `*`, label `asterisk`), their text read inline. */
export function markedFootnotes(notes: readonly MarkedNote[], resolve: (line: number) => FootnoteResolver): Footnote[] {
  const seen = new Map<string, number>();
  return notes.map((note) => ({
    mark: note.mark,
    label: noteLabel(note.mark, seen),
    text: footnoteBlocks(note.text, resolve(note.line)),
  }));
}

/**
 * The note a line's closing or opening mark calls (`… INTCEN (*)`, `a) Regulation … *`, `(*) Terrorist …`), else the
 * first call glued inside it (a title that wraps, `… by the Commission* and exchange` / `of views`), and the line without
 * it: the first marked note of that mark; null where it has no such mark or the notice prints no note of that mark.
 */
export function calledNote(text: string, markNotes: readonly Footnote[]): { text: string; note: Footnote } | null {
  const mark = markNotes.length === 0 ? null : (titleMark(text) ?? withoutGluedCall(text, new Set(markNotes.map((note) => note.mark))));
  const note = mark === null ? undefined : markNotes.find((candidate) => candidate.mark === mark.mark);
  return mark === null || note === undefined ? null : { text: mark.title, note };
}

/**
 * An item's text with the mark closing a line (a sub-point's `a) Regulation … (*)`) read as a call of the note it
 * marks: the mark taken off the line's last run, the note's call after it. A line that ends in no mark of a note stays as it is.
 */
export function markedLineCalls(blocks: readonly TextBlock[], markNotes: readonly Footnote[]): TextBlock[] {
  return blocks.map((block) => {
    const last = block.inline.at(-1);
    const called = last?.type === 'text' ? calledNote(last.value, markNotes) : null;
    if (last?.type !== 'text' || called === null) return block;
    return { ...block, inline: [...block.inline.slice(0, -1), { ...last, value: called.text }, { type: 'footnote', label: called.note.label }] };
  });
}
