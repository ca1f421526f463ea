import { titleEnd } from './header/body-start.ts';
import { extractFootnotes, type FootnoteDefinition } from './footnotes/footnotes.ts';
import { readHeader, type Header } from './header/header.ts';
import type { SourceLine } from './normalise.ts';

/** A normalised document cut into its three parts, with what its header says. */
export interface SplitDocument {
  /** The header's lines; the last one may be the first part of a line whose rest begins the body. */
  header: SourceLine[];
  fields: Header;
  body: SourceLine[];
  footnotes: FootnoteDefinition[];
}

/**
 * Header, body and footnote definitions: every line lands in exactly one part, in order (a line the body begins inside,
 * as in a page flattened to one line, is cut in two, both parts keeping its line number).
 */
export function splitDocument(lines: readonly SourceLine[]): SplitDocument {
  const { header, body, displaced } = readHeader(lines);
  const cut = lines[body.index];
  const head = cut === undefined || body.column === 0 ? [] : [{ text: cut.text.slice(0, body.column).trimEnd(), line: cut.line }];
  const tail = cut === undefined ? [] : body.column === 0 ? [cut] : [{ text: cut.text.slice(body.column).trimStart(), line: cut.line }];
  const rest = [...tail.filter((entry) => entry.text !== '' || body.column === 0), ...lines.slice(body.index + 1)];
  const first = rest.findIndex((entry) => entry.text.trim() !== '');
  const entry = rest[first];
  // The body's first list number, printed inside the header by the extraction, goes back before its first line; on a
  // page run into one line, an item's title that runs on into its text is cut from it, as flat-lines.ts cuts the others.
  if (displaced !== null && entry !== undefined) rest.splice(first, 1, ...withNumber(displaced, entry, body.column > 0));
  const { text, footnotes } = extractFootnotes(rest);
  return { header: [...lines.slice(0, body.index), ...head], fields: header, body: text, footnotes };
}

/**
 * The body's first line with the list number the extraction displaced into the header before it; where the body began
 * inside a line (`inLine`, a page run into one line), a title run on into its text (`1. Adoption of the agenda The
 * agenda … was adopted.`) cut from it after a blank line.
 */
function withNumber(displaced: string, entry: SourceLine, inLine: boolean): SourceLine[] {
  const text = entry.text.trimStart();
  const cut = inLine ? titleEnd(text) : null;
  if (cut === null) return [{ text: `${displaced} ${text}`, line: entry.line }];
  return [
    { text: `${displaced} ${text.slice(0, cut).trimEnd()}`, line: entry.line },
    { text: '', line: entry.line },
    { text: text.slice(cut), line: entry.line },
  ];
}
