/**
 * Footnotes of a transcription whose PDF-to-HTML conversion printed an anchor under each call (asktheeu.org: `… of the
 * European Union.1` then `0F` alone on the next line, and `1 The General Secretariat …` at the page's foot): the call
 * and its definition are marked as footnotes (`^1`) and the definition's wrapped lines joined to it, so that the
 * footnote is read as one and the call's digit does not stay in the text (normalise drops the anchor lines as the
 * conversion's furniture). Every line keeps its number.
 */
import { LINE_BREAK } from '../../read/line-breaks.ts';
import { joinWrappedLine, vocabularyOf } from '../text/hyphenation.ts';
import { FOOTNOTE_ANCHOR, MARKING_LINE, PAGE_FOOTER, PAGE_NUMBER, WORKING_NUMBER_SOURCE } from '../text/vocabulary.ts';

/** The line breaks of the text, kept so that every line keeps its number. */
const LINE_BREAKS = new RegExp(`(${LINE_BREAK.source})`);

/** How many lines above its anchor a call may stand (blank lines between). */
const CALL_REACH = 3;

/** How many lines a footnote's definition may follow its anchor: a page, and the footnote at its foot. */
const DEFINITION_REACH = 120;

/** How many wrapped lines a footnote's text may run on over. */
const MAX_WRAPPED_LINES = 8;

/** A footnote definition printed plain: its number, then its text (`1 The General Secretariat …`). */
const PLAIN_DEFINITION = /^([ \t]{0,3})(\d{1,3})[ \t]+\S/;

/** The line that opens a page footer (`14244/15 EB/dk 1 DGD 1C`, or the number alone as a conversion prints it). */
const FOOTER_START = new RegExp(String.raw`^[ \t]*(?:(?:(?:CM|EUCO)[ \t]{1,3})?\d{1,6}(?:/\d{1,2})?/\d{2}|${WORKING_NUMBER_SOURCE})(?:[ \t]|$)`);

/** The text with the footnotes its anchors call marked `^N`; the text itself when it has none. */
export function markAnchoredFootnotes(text: string): string {
  if (!/\dF/.test(text)) return text;
  const parts = text.split(LINE_BREAKS);
  // Lines are the even parts, line breaks the odd ones.
  const count = Math.ceil(parts.length / 2);
  const line = (index: number): string => parts[index * 2] ?? '';
  const set = (index: number, value: string): void => {
    parts[index * 2] = value;
  };
  let changed = false;
  let words: Set<string> | undefined;
  for (let anchor = 0; anchor < count; anchor += 1) {
    const found = FOOTNOTE_ANCHOR.exec(line(anchor));
    if (found === null) continue;
    const mark = String(Number(found[1]) + 1);
    const call = callAbove(line, anchor, mark);
    if (call === null) continue;
    const definition = definitionBelow(line, count, anchor, mark);
    if (definition === null) continue;
    const called = line(call);
    set(call, `${called.trimEnd().slice(0, called.trimEnd().length - mark.length)}^${mark}`);
    const opening = PLAIN_DEFINITION.exec(line(definition))?.[1] ?? '';
    let joined = `${opening}^${line(definition).slice(opening.length).trimEnd()}`;
    for (const wrapped of wrappedLines(line, count, definition)) {
      joined = joinWrappedLine(joined, line(wrapped), (words ??= vocabularyOf(parts.filter((_, index) => index % 2 === 0))));
      set(wrapped, '');
    }
    set(definition, joined);
    changed = true;
  }
  return changed ? parts.join('') : text;
}

/** The line above an anchor whose text ends with the call of `mark` (its digits right after a character that is no space and no digit), or null. */
function callAbove(line: (index: number) => string, anchor: number, mark: string): number | null {
  for (let above = anchor - 1; above >= Math.max(0, anchor - CALL_REACH); above -= 1) {
    const text = line(above).trimEnd();
    if (text === '') continue;
    if (!text.endsWith(mark)) return null;
    const before = text.charAt(text.length - mark.length - 1);
    return before === '' || /[\s\d^]/u.test(before) ? null : above;
  }
  return null;
}

/** The first line below an anchor that defines footnote `mark` plainly, or null. */
function definitionBelow(line: (index: number) => string, count: number, anchor: number, mark: string): number | null {
  for (let below = anchor + 1; below < Math.min(count, anchor + 1 + DEFINITION_REACH); below += 1) {
    if (PLAIN_DEFINITION.exec(line(below))?.[2] === mark) return below;
  }
  return null;
}

/**
 * The lines a definition's text wraps onto: those right under it up to a blank line, another definition, an anchor or
 * the page's furniture (footer, page number, LIMITE).
 */
function wrappedLines(line: (index: number) => string, count: number, definition: number): number[] {
  const wrapped: number[] = [];
  for (let below = definition + 1; below < count && wrapped.length < MAX_WRAPPED_LINES; below += 1) {
    const text = line(below).trim();
    if (text === '' || PLAIN_DEFINITION.test(text) || FOOTNOTE_ANCHOR.test(text)) break;
    if (PAGE_FOOTER.test(text) || PAGE_NUMBER.test(text) || MARKING_LINE.test(text) || FOOTER_START.test(text)) break;
    wrapped.push(below);
  }
  return wrapped;
}
