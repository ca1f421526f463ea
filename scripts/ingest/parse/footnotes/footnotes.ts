import type { Footnote } from '../../../../src/schemas/footnote.ts';
import { footnoteBlocks } from './footnote-blocks.ts';
import { markerMarks, type FootnoteResolver } from '../text/inline.ts';
import type { SourceLine } from '../normalise.ts';

/**
 * A footnote definition line, however the export writes it: `¹ 16515/09.`, `¹⁸ Proposal …`,
 * `<sup>1</sup> 16343/24, EUCO 50/24.`, `^1 text`, `^{1} text`, `[^1]: text`.
 */
const DEFINITION =
  /^[ \t]{0,3}(?:<sup>[ \t]{0,3}(\d{1,4})[ \t]{0,3}<\/sup>[ \t]+|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})[ \t]+|\^\{?(\d{1,4})\}?[ \t]+|\[\^([A-Za-z0-9]{1,10})\]:[ \t]*)(\S.*)$/;

/** A footnote definition found in the body: its mark as printed (ASCII digits), its raw text and where it stands. */
export interface FootnoteDefinition {
  mark: string;
  text: string;
  line: number;
}

/** The mark and raw text of a footnote definition line, or null when the line is not one. */
export function footnoteDefinition(line: string): { mark: string; text: string } | null {
  const match = DEFINITION.exec(line);
  if (match === null) return null;
  const [, sup, superscript, caret, gfm, text] = match;
  const mark = gfm ?? markerMarks(sup ?? superscript ?? caret ?? '')[0];
  return mark === undefined || text === undefined ? null : { mark, text };
}

/** Splits body lines into the text lines and the footnote definitions; text lines keep their order and blanks. */
export function extractFootnotes(lines: readonly SourceLine[]): { text: SourceLine[]; footnotes: FootnoteDefinition[] } {
  const text: SourceLine[] = [];
  const footnotes: FootnoteDefinition[] = [];
  for (const entry of lines) {
    const definition = footnoteDefinition(entry.text);
    if (definition === null) text.push(entry);
    else footnotes.push({ ...definition, line: entry.line });
  }
  return { text, footnotes };
}

/**
 * The footnotes of a document: each definition labelled (its mark; a mark printed again gets `-2`, `-3`…, so that no
 * definition hides another) and the resolver that tells which of them a marker on a given line calls.
 */
export interface Footnotes {
  /** The record's footnotes in source order, their text read as the source gives it (markers call the other footnotes). */
  readonly records: Footnote[];
  /** For a marker on source line `line`: the labels of the footnotes it calls, or null when a mark has no footnote. */
  readonly resolve: (line: number) => FootnoteResolver;
}

/** Labels and the resolver of a document's footnote definitions. */
export function readFootnotes(definitions: readonly FootnoteDefinition[]): Footnotes {
  const byMark = new Map<string, { label: string; line: number }[]>();
  const labels = definitions.map(({ mark, line }) => {
    const same = byMark.get(mark) ?? [];
    const label = same.length === 0 ? mark : `${mark}-${same.length + 1}`;
    same.push({ label, line });
    byMark.set(mark, same);
    return label;
  });
  const resolve =
    (line: number): FootnoteResolver =>
    (marks) => {
      const found: string[] = [];
      for (const mark of marks) {
        const label = calledLabel(byMark.get(mark) ?? [], line);
        if (label === null) return null;
        found.push(label);
      }
      return found;
    };
  const records = definitions.map((definition, index) => ({
    mark: definition.mark,
    label: labels[index] ?? definition.mark,
    text: footnoteBlocks(definition.text, resolve(definition.line)),
  }));
  return { records, resolve };
}

/**
 * Which of the definitions of one mark a call on `line` means: the first printed at or below it (footnotes stand at
 * the foot of the page that calls them), else the last above it.
 */
function calledLabel(definitions: readonly { label: string; line: number }[], line: number): string | null {
  return (definitions.find((definition) => definition.line >= line) ?? definitions[definitions.length - 1])?.label ?? null;
}
