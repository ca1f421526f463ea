/** A header whose values a text extraction printed above their labels, put back in reading order. */
import { headerLineKind } from './header-lines.ts';
import { labelLine } from './labels.ts';
import type { SourceLine } from './normalise.ts';

/** The header stands in a document's first lines; labels further down are none of its. */
const HEADER_LINES = 150;

/** The lines reordered, and the index of the last line the reordering moved (the body begins after it). */
export interface Reordered {
  lines: SourceLine[];
  last: number;
}

function isBareLabel(text: string): boolean {
  const label = labelLine(text);
  return label !== null && label.value === '';
}

/** The kinds of the header lines printed above its table (the date, the language, the marking, the subject codes). */
const PRINTED_HEAD = new Set(['place-date', 'language', 'limite', 'code']);

/**
 * Whether a line is one the header prints above its table: a copy without blank lines (a PDF viewer's) runs the values
 * on from it, and the values (one line at least for each label) begin under it.
 */
function endsPrintedHead(entry: SourceLine | undefined): boolean {
  const kind = entry === undefined ? null : headerLineKind(entry.text);
  return kind !== null && PRINTED_HEAD.has(kind);
}

function isBlank(entry: SourceLine | undefined): boolean {
  return entry !== undefined && entry.text.trim() === '';
}

/**
 * When `pdftotext` prints a header table's values as a paragraph above labels that stand alone on their lines, and
 * the kind line below the labels (`Presidency` … `8451/25` … subject, then `From:` `To:` `No. prev. doc.:`
 * `Subject:`, then `NOTE`, as a watermark across the page makes it), the same lines in the order the header is
 * printed in: kind, labels, values. Every line is kept, each with its source line number; null for any other layout.
 */
export function valuesAboveLabels(lines: readonly SourceLine[]): Reordered | null {
  const first = lines.slice(0, HEADER_LINES).findIndex((entry) => isBareLabel(entry.text));
  if (first === -1) return null;
  let last = first;
  while (isBareLabel(lines[last + 1]?.text ?? '')) last += 1;
  let kindAt = last + 1;
  while (isBlank(lines[kindAt])) kindAt += 1;
  const kind = lines[kindAt];
  if (kind === undefined || kindAt === last + 1 || headerLineKind(kind.text) !== 'kind') return null;
  let end = first - 1;
  while (isBlank(lines[end])) end -= 1;
  if (end < 0 || end === first - 1) return null;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1]) && !(endsPrintedHead(lines[start - 1]) && end - start + 1 >= last - first + 1)) start -= 1;
  const paragraph = lines.slice(start, end + 1);
  if (paragraph.some((entry) => labelLine(entry.text) !== null) || headerLineKind(paragraph[0]?.text ?? '') !== null) return null;
  return {
    lines: [
      ...lines.slice(0, start),
      kind,
      ...lines.slice(last + 1, kindAt),
      ...lines.slice(first, last + 1),
      ...lines.slice(end + 1, first),
      ...paragraph,
      ...lines.slice(kindAt + 1),
    ],
    last: kindAt,
  };
}
