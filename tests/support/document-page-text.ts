import { readFileSync } from 'node:fs';
import { decodeSource } from '../../scripts/ingest/read/decode.ts';
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
  numberLine,
  subjectParts,
  type HeaderFieldsSource,
} from '../../src/shared/document-header.ts';
import { documentEntry, renderAsTheSite } from './hostile-render.ts';
import { fragmentCharacters, type DocumentPage } from './page-lines.ts';
import { FOOTNOTE_CALL } from './source-characters.ts';

/** The fields of a document entry the header component (src/components/DocumentHeader.astro) prints. */
export interface HeaderData extends HeaderFieldsSource {
  readonly otherHeaderLines: readonly string[];
  readonly place: string | null;
  readonly date: string;
  readonly originalLanguage: string | null;
  readonly interinstitutionalFile: string | null;
  readonly number: string;
  readonly limite: boolean;
  readonly public?: boolean;
  readonly classification?: { readonly printed: string };
  readonly concernsLanguages?: readonly string[];
  readonly codes: readonly string[];
  readonly subjectFootnotes?: readonly { readonly label: string; readonly at: number }[];
  readonly publicAccess?: { readonly printed: string; readonly date: string | null };
}

/**
 * The lines DocumentHeader.astro prints for an entry's data, in its order and from the same shared functions
 * (publicAccessLine, classificationLine, placeAndDateLine, originalLanguageLine, interinstitutionalFileField, codeLines, documentTypeLine, headerFields, subjectParts: the
 * subject's footnote calls where it prints them, as FOOTNOTE_CALL): what a reader finds in the header of the document's page.
 */
export function headerLines(d: HeaderData): string[] {
  return [
    ...[publicAccessLine(d)].filter((line) => line !== null),
    ...d.otherHeaderLines,
    placeAndDateLine(d),
    ...[originalLanguageLine(d)].filter((line) => line !== null),
    ...[interinstitutionalFileField(d)].filter((field) => field !== null).map(([label, value]) => `${label} ${value}`),
    [numberLine(d), concernedLanguagesLine(d)].filter((part) => part !== null).join(' '),
    ...[classificationLine(d)].filter((line) => line !== null),
    ...(d.limite ? ['LIMITE'] : []),
    ...[publicMarkingLine(d)].filter((line) => line !== null),
    ...codeLines(d),
    documentTypeLine(d),
    ...headerFields(d).map(([label, value], index, fields) =>
      d.subject !== null && index === fields.length - 1
        ? `${label} ${subjectParts(d)
            .map(({ text, calls }) => text + FOOTNOTE_CALL.repeat(calls.length))
            .join('')}`
        : `${label} ${value}`,
    ),
  ];
}

/**
 * The text a source's document page shows as its document (DocumentText.astro): the header's lines as the header
 * component prints them from the entry's data, then the body as the site renders it from the entry's Markdown, read as
 * pageCharacters reads a page. The source is decoded as the ingest decodes it; throws when it does not ingest.
 */
export async function documentPageText(path: string): Promise<DocumentPage> {
  const decoded = decodeSource(new Uint8Array(readFileSync(path)));
  if (!decoded.ok) throw new Error(`${path} does not decode: ${decoded.message}`);
  return textPage(decoded.text);
}

/** The text a document page shows for a source's decoded text (documentPageText without the file). */
export async function textPage(text: string): Promise<DocumentPage> {
  const { data, markdown } = documentEntry(text);
  return { header: headerLines(data as HeaderData).join('\n'), body: fragmentCharacters(await renderAsTheSite(markdown)) };
}
