import type { Footnote } from '../../../src/schemas/footnote.ts';
import { inlineMarkdown, markerMarks } from '../markdown/markdown-text.ts';
import type { SourceLine } from './normalise.ts';

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

/** The record's footnotes in source order, their text as Markdown; markers in their text link to the other footnotes. */
export function renderFootnotes(definitions: readonly FootnoteDefinition[]): Footnote[] {
  const marks = new Set(definitions.map((definition) => definition.mark));
  return definitions.map((definition) => ({ mark: definition.mark, text: inlineMarkdown(definition.text, marks) }));
}
