import type { Footnote } from '../../../../src/schemas/footnote.ts';
import type { Inline } from '../../../../src/schemas/inline.ts';
import type { TextBlock } from '../../../../src/schemas/text-block.ts';

/**
 * A call glued to the word, number or bracket before it anywhere in a line (`CM 2210/24*`, `INTCEN(*)`, `Europol**,`, a closing quote `»*`,
 * the PDF reader's `^{*}`, a word then ` *)`); groups: the stars, bracketed, bare, superscript, half-bracketed. Each place tried once, bounded: linear.
 */
const GLUED_CALL = /(?<=[\p{L}\p{N})\]”"’»'.,;:])(?:\((\*{1,3})\)|(\*{1,3})(?![*\p{L}\p{N}]))|\^\{?(\*{1,3})\}?|(?<=[\p{L}\p{N}])[ \t](\*{1,3})\)/gu;

/** Stars opening a word (`*italic*`, `**bold**` of a Markdown export): a line that has them calls no note. */
const EMPHASIS = /(?:^|[\s(])\*{1,3}(?=[^\s*)])/u;

/** Every call of a note with stars glued in a text: where it stands, how long it is printed and its stars; none where the text has Markdown emphasis. */
function callsIn(text: string): { at: number; length: number; mark: string }[] {
  if (!text.includes('*') || EMPHASIS.test(text)) return [];
  return [...text.matchAll(GLUED_CALL)].flatMap((found) => {
    const mark = found[1] ?? found[2] ?? found[3] ?? found[4];
    return mark === undefined ? [] : [{ at: found.index, length: found[0].length, mark }];
  });
}

/** The stars of every note a line calls with a glued mark. */
export function gluedCalls(text: string): string[] {
  return callsIn(text).map((call) => call.mark);
}

/** A text's first glued call of a note whose stars `marks` holds, and the text without it (`… by the Commission* and …` → `… by the Commission and …`); null where there is none. */
export function withoutGluedCall(text: string, marks: ReadonlySet<string>): { mark: string; title: string } | null {
  const call = callsIn(text).find((found) => marks.has(found.mark));
  return call === undefined ? null : { mark: call.mark, title: `${text.slice(0, call.at)}${text.slice(call.at + call.length)}` };
}

/**
 * A text's runs with each glued call of a note marked with stars (`… presented by INTCEN*.`, `Europol**,`, `CM 2210/24(*)`)
 * read as the call of that note (the first of the record's notes printed with that mark), the mark taken out of the run;
 * a mark no note of the record has stays text, and so does every star of a run with Markdown emphasis. Guarantee: the
 * blocks' text is the same but for the marks read as calls.
 */
export function linkStarCalls(blocks: readonly TextBlock[], markNotes: readonly Footnote[]): TextBlock[] {
  if (markNotes.length === 0) return [...blocks];
  return blocks.map((block) => {
    if (!block.inline.some((part) => part.type === 'text' && part.value.includes('*'))) return block;
    return { ...block, inline: block.inline.flatMap((part) => (part.type === 'text' ? runCalls(part, markNotes) : [part])) };
  });
}

/** One text run cut at the glued calls of the record's marked notes, each call the note's footnote call. */
function runCalls(part: Extract<Inline, { type: 'text' }>, markNotes: readonly Footnote[]): Inline[] {
  const out: Inline[] = [];
  const text = (value: string): void => {
    if (value !== '') out.push(part.strong === true ? { type: 'text', value, strong: true } : { type: 'text', value });
  };
  let last = 0;
  for (const call of callsIn(part.value)) {
    const note = markNotes.find((candidate) => candidate.mark === call.mark);
    if (note === undefined) continue;
    text(part.value.slice(last, call.at));
    out.push({ type: 'footnote', label: note.label });
    last = call.at + call.length;
  }
  if (last === 0) return [part];
  text(part.value.slice(last));
  return out;
}
