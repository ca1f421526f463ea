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

/** The kinds that print the meeting's days under `Date:` (a notice of meeting); an outcome prints them under `On:`. */
const DATE_LABEL_KINDS: ReadonlySet<string> = new Set(['notice-of-meeting-and-provisional-agenda']);

/** The fields of a document the labelled header lines show. */
export interface HeaderFieldsSource {
  readonly kind: string;
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
    [DATE_LABEL_KINDS.has(document.kind) ? 'Date:' : 'On:', document.meetingDates.length === 0 ? null : formatDateList(document.meetingDates)],
    ['To:', document.to],
    ['No. prev. doc.:', document.previous.length === 0 ? null : document.previous.join(', ')],
    ['No. Cion doc.:', document.commissionProposal.length === 0 ? null : document.commissionProposal.join(', ')],
    ['Subject:', document.subject],
  ];
  return fields.filter((field): field is [string, string] => field[1] !== null);
}
