import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { collapseWhitespace } from './support/plain-text.ts';
import { expectOk } from './support/projection.ts';
import { loadSeeds } from './support/seeds.ts';
import { bodyLines } from './support/source-lines.ts';

/** Month names as Council documents print day headings (`18 November 2025`). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-11-18` → `18 November 2025`, the way a day heading is printed. */
function printedDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** Everything of the record a reader sees below the header, as plain text, one part per line. */
function recordText(record: OkRecord): string {
  const parts = [
    ...record.items.flatMap((item) => [
      item.number ?? '',
      item.title,
      item.section ?? '',
      item.day === null ? '' : printedDay(item.day),
      blocksPlain(item.text),
    ]),
    ...record.sections.flatMap((section) => [section.number ?? '', section.title ?? '', blocksPlain(section.text)]),
    ...record.footnotes.flatMap((footnote) => [footnote.mark, blocksPlain(footnote.text)]),
  ];
  return parts.map(collapseWhitespace).join('\n');
}

describe.each(loadSeeds())('seed $name', ({ source }) => {
  it('keeps every non-blank body line in its items, sections or footnotes', () => {
    const text = readFileSync(source, 'utf8');
    const haystack = recordText(expectOk(parseDocument(text, source)));
    const lines = bodyLines(text);
    expect(lines.length).toBeGreaterThan(0);
    const lost = lines.filter(({ text: line }) => !haystack.includes(line));
    expect(lost).toEqual([]);
  });
});
