/** The plain text of one source's text of a document, header included, for the diff between sources of one number. */
import type { DocumentEntry } from '../schemas/document-entry.ts';
import {
  codeLines,
  documentTypeLine,
  headerFields,
  interinstitutionalFileField,
  originalLanguageLine,
  placeAndDateLine,
  publicAccessLine,
  classificationLine,
  publicMarkingLine,
  concernedLanguagesLine,
} from '../shared/document-header.ts';
import { versionText, type VersionItem } from './version-text.ts';

/** The fields of a document entry a source's text is made of. */
export type SourceDocument = Pick<
  DocumentEntry,
  | 'number'
  | 'kind'
  | 'date'
  | 'place'
  | 'limite'
  | 'public'
  | 'classification'
  | 'concernsLanguages'
  | 'codes'
  | 'otherHeaderLines'
  | 'from'
  | 'meetingDates'
  | 'meetingTime'
  | 'meetingVenue'
  | 'meetingFormat'
  | 'to'
  | 'previous'
  | 'commissionProposal'
  | 'subject'
  | 'sections'
  | 'footnotes'
  | 'originalLanguage'
  | 'interinstitutionalFile'
  | 'printed'
  | 'publicAccess'
>;

/**
 * A source's text as the document page shows it, one paragraph per line of the header (a public version's stamp, place and date, original
 * language, interinstitutional file, number and codes, classification marking, LIMITE, kind, other header lines, labelled fields — in the
 * words the source prints them, as its header does) and then the body as the version diff reads it: two sources that
 * differ only in their header, or in its language, still differ here.
 */
export function sourceVariantText(document: SourceDocument, items: readonly VersionItem[]): string {
  const file = interinstitutionalFileField(document);
  const header = [
    publicAccessLine(document) ?? '',
    placeAndDateLine(document),
    originalLanguageLine(document) ?? '',
    file === null ? '' : file.join(' '),
    [document.number, concernedLanguagesLine(document) ?? '', ...codeLines(document)].filter((part) => part !== '').join(' '),
    classificationLine(document) ?? '',
    document.limite ? 'LIMITE' : '',
    publicMarkingLine(document) ?? '',
    documentTypeLine(document),
    ...document.otherHeaderLines,
    ...headerFields(document).map(([label, value]) => `${label} ${value}`),
  ].filter((line) => line !== '');
  return [...header, versionText(document, items)].filter((part) => part !== '').join('\n\n');
}
