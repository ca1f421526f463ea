import { formatDate, formatDateList } from '../../../src/shared/dates.ts';
import type { OkRecord } from '../../../src/schemas/record.ts';
import { CLOSE_BLOCK_HTML, openBlockHtml } from './heading-html.ts';
import { linkMarkdown } from './link-references.ts';
import { escapeMarkdownText } from './markdown-escape.ts';
import { findReferences } from '../../../src/shared/references.ts';

/** The anchor of the header block on a document page; header citations point at it. */
export const HEADER_ANCHOR = 'header';

/** Document-type lines whose printed form cannot be read back from the slug. */
const KIND_LINES: Readonly<Record<string, string>> = {
  'i-a-item-note': 'I/A ITEM NOTE',
  'i-item-note': '"I" ITEM NOTE',
  'a-item-note': '"A" ITEM NOTE',
};

/** The document-type line as Council documents print it: `outcome-of-proceedings` → `OUTCOME OF PROCEEDINGS`. */
export function kindLine(kind: string): string {
  return KIND_LINES[kind] ?? kind.replace(/-/g, ' ').toUpperCase();
}

/** The labelled header fields in the order documents print them, as [label, value] pairs; absent ones left out. */
export function headerFields(record: OkRecord): [string, string][] {
  const fields: [string, string | null][] = [
    ['From:', record.from],
    ['On:', record.meeting === null ? null : formatDateList(record.meeting.dates)],
    ['To:', record.to],
    ['No. prev. doc.:', record.previous.length === 0 ? null : record.previous.join(', ')],
    ['Subject:', record.subject],
  ];
  return fields.filter((field): field is [string, string] => field[1] !== null);
}

/**
 * The header block of a document page as Markdown, wrapped in `<div id="header">`: place and date, language, number,
 * LIMITE, codes, the document-type line and the labelled fields, each on its own line (hard breaks within a group),
 * every value escaped and its references linked.
 */
export function headerBlock(record: OkRecord): string {
  const placeAndDate = record.place === null ? formatDate(record.date) : `${record.place}, ${formatDate(record.date)}`;
  const groups: string[][] = [
    [text(placeAndDate), ...(record.originalLanguage === null ? [] : [text(`(OR. ${record.originalLanguage})`)])],
    [text(record.number)],
    record.limite ? ['**LIMITE**'] : [],
    record.codes.map(text),
    [`**${text(kindLine(record.kind))}**`],
    headerFields(record).map(([label, value]) => `**${text(label)}** ${linked(value)}`),
  ];
  const paragraphs = groups.filter((lines) => lines.length > 0).map((lines) => lines.join('\\\n'));
  return [openBlockHtml(HEADER_ANCHOR, 'document-header'), ...paragraphs, CLOSE_BLOCK_HTML].join('\n\n');
}

function text(value: string): string {
  return escapeMarkdownText(value);
}

function linked(value: string): string {
  const escaped = escapeMarkdownText(value);
  return linkMarkdown(escaped, findReferences(escaped));
}
