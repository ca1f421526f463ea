/** The header of a document page as Council documents print it, from the entry's fields (the page and the ingest's citations read it). */
import { formatDateList } from './dates.ts';

/** The anchor of the header on a document page; citations from header fields point at it. */
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

/** The fields of a document the labelled header lines show. */
export interface HeaderFieldsSource {
  readonly from: string | null;
  readonly meetingDates: readonly string[];
  readonly to: string | null;
  readonly previous: readonly string[];
  readonly commissionProposal: readonly string[];
  readonly subject: string | null;
}

/** The labelled header fields in the order documents print them, as [label, value] pairs; absent ones left out. */
export function headerFields(document: HeaderFieldsSource): [string, string][] {
  const fields: [string, string | null][] = [
    ['From:', document.from],
    ['On:', document.meetingDates.length === 0 ? null : formatDateList(document.meetingDates)],
    ['To:', document.to],
    ['No. prev. doc.:', document.previous.length === 0 ? null : document.previous.join(', ')],
    ['No. Cion doc.:', document.commissionProposal.length === 0 ? null : document.commissionProposal.join(', ')],
    ['Subject:', document.subject],
  ];
  return fields.filter((field): field is [string, string] => field[1] !== null);
}
