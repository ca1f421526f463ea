import { extractFootnotes, type FootnoteDefinition } from './footnotes.ts';
import { headerLineKind } from './header-lines.ts';
import { labelLine, opensLabelBlock } from './labels.ts';
import type { SourceLine } from './normalise.ts';

/** The first label must stand within this many lines of the top, or the header has no labels. */
const LABEL_SEARCH_LINES = 80;

/** A normalised document cut into its three parts. */
export interface SplitDocument {
  header: SourceLine[];
  body: SourceLine[];
  footnotes: FootnoteDefinition[];
}

// The header runs from the top through the last label block (`From:` … `Subject:` and its
// continuation lines), or, without labels, through the last header-shaped line. An unindented
// heading, number or bullet right under a label ends it even without a blank line; an indented
// line (`\t- Approval`) continues the label's value.

/** Header, body and footnote definitions: every line lands in exactly one part, in order. */
export function splitDocument(lines: readonly SourceLine[]): SplitDocument {
  const end = headerEnd(lines);
  const { text, footnotes } = extractFootnotes(lines.slice(end));
  return { header: lines.slice(0, end), body: text, footnotes };
}

function isLabel(entry: SourceLine | undefined): boolean {
  return entry !== undefined && labelLine(entry.text) !== null;
}

function headerEnd(lines: readonly SourceLine[]): number {
  const first = lines.slice(0, LABEL_SEARCH_LINES).findIndex((entry) => opensLabelBlock(entry.text));
  if (first === -1) return headerEndWithoutLabels(lines);
  let index = first;
  while (index < lines.length) {
    const entry = lines[index];
    if (entry === undefined) break;
    if (entry.text === '') {
      if (!isLabel(lines[index + 1])) return index;
    } else if (!isLabel(entry) && headerLineKind(entry.text) === null && /^(?:#|\d|[-*•])/.test(entry.text)) {
      return index;
    }
    index += 1;
  }
  return index;
}

function headerEndWithoutLabels(lines: readonly SourceLine[]): number {
  let end = 0;
  for (const [index, entry] of lines.entries()) {
    if (entry.text === '') continue;
    if (headerLineKind(entry.text) === null) break;
    end = index + 1;
  }
  return end;
}
