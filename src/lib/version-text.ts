/**
 * The plain text of a document as its page shows it, read from the entries' data (never from Markdown): what the word
 * diff between versions compares and what the open data publishes as a document's `text`.
 */
import type { DocumentEntry } from '../schemas/document-entry.ts';
import type { ItemEntry } from '../schemas/item-entry.ts';
import { formatDate } from '../shared/dates.ts';
import { printedItemHeading, sectionHeading } from '../shared/heading-text.ts';
import { blocksPlain } from '../shared/source-text.ts';

/** The fields of a document entry its text is made of. */
export type VersionDocument = Pick<DocumentEntry, 'sections' | 'footnotes'>;

/** The fields of an item entry its document's text is made of. */
export type VersionItem = Pick<ItemEntry, 'number' | 'title' | 'text' | 'day' | 'section'>;

/**
 * A document's lines as its page shows them, in page order: its sections under their headings; its agenda items
 * (`items`, in agenda order) under their day and agenda headings where these change, each under its own heading; then
 * its footnotes (`[1] text`). One line per heading, paragraph, list item or footnote paragraph; bullets, bold and
 * footnote calls are not words and are left out; no line is empty.
 */
export function documentLines(document: VersionDocument, items: readonly VersionItem[]): string[] {
  const lines: string[] = [];
  for (const section of document.sections) lines.push(sectionHeading(section.number, section.title, section.printedNumber), section.text);
  let day: string | null = null;
  let agendaSection: string | null = null;
  for (const item of items) {
    if (item.day !== null && item.day !== day) {
      lines.push(formatDate(item.day));
      agendaSection = null;
    }
    if (item.section !== null && item.section !== agendaSection) lines.push(item.section);
    day = item.day;
    agendaSection = item.section;
    lines.push(printedItemHeading(item), item.text);
  }
  for (const footnote of document.footnotes) lines.push(`[${footnote.mark}] ${blocksPlain(footnote.text)}`.trimEnd());
  return lines.flatMap((text) => text.split('\n')).filter((line) => line !== '');
}

/** A version's text for the word diff: its lines as paragraphs, separated by blank lines. */
export function versionText(document: VersionDocument, items: readonly VersionItem[]): string {
  return documentLines(document, items).join('\n\n');
}
