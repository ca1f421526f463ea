import { z } from 'astro/zod';
import { classificationSchema } from './classification.ts';
import { footnoteSchema } from './footnote.ts';
import { dayTimesSchema } from './day-times.ts';
import { isoDateSchema } from './iso-date.ts';
import { itemSchema } from './item.ts';
import { plannedItemSchema } from './planned-item.ts';
import { printedHeaderSchema } from './printed-header.ts';
import { publicAccessSchema } from './public-access.ts';
import { releasedDocumentSchema } from './released-document.ts';
import { reportPeriodSchema } from './report-period.ts';
import { subjectCallSchema } from './subject-call.ts';
import { referenceSchema } from './reference.ts';
import { sectionSchema } from './section.ts';

/** Where and why a source failed to ingest. */
export const ingestErrorSchema = z.object({
  file: z.string(),
  /** 1-based line of the source the parser stopped at; 0 when the problem is the whole file. */
  line: z.number().int().nonnegative(),
  message: z.string().min(1),
});

/** Something the parser could not place or had to decide without the source saying so; the document is still written. */
export const ingestWarningSchema = z.object({
  /** 1-based line of the source the warning concerns; 0 when it concerns the whole document. */
  line: z.number().int().nonnegative(),
  message: z.string().min(1),
});

/** The record of a source that parsed: everything the ingest knows about one Council document. */
export const okRecordSchema = z.object({
  source: z.string(),
  status: z.literal('ok'),
  error: z.null(),
  /** Canonical document number: `15912/25`, `14470/1/25 REV 1`, `7402/24 COR 1`. */
  number: z.string().min(1),
  /**
   * True where neither the header nor the page footers print a number that could be read: `number` is then the source's
   * path marked as such (`Unnumbered (notes/draft.txt)`), no Council number, and the document has no register link.
   */
  unnumbered: z.boolean().optional(),
  /** The document-type line, slugified: `outcome-of-proceedings`, `note`, … */
  kind: z.string().min(1),
  /** The date the header prints; null where the parser could not read one (a warning says so, and the page shows the document undated). */
  date: isoDateSchema.nullable(),
  place: z.string().min(1).nullable(),
  /** The language of this version of the document, read from its header's own words (labels, place, kind line). */
  language: z.string().min(2).nullable(),
  /** The language of the original the version was made from, as `(OR. en)` says; the languages of an original drafted in several, as `(OR. en, fr)` prints them: `en, fr`. */
  originalLanguage: z.string().min(2).nullable(),
  limite: z.boolean(),
  /** True where the header prints the PUBLIC marking (under the number, or above the Council's name), as a LIMITE document prints LIMITE; absent otherwise. */
  public: z.boolean().optional(),
  /** The language versions the document concerns alone, as its number's brackets name them (`7402/24 COR 1 (fr)`: a corrigendum of the French version): `['fr']`; absent where it names none. */
  concernsLanguages: z.array(z.string().min(2)).min(1).optional(),
  /** The EU classification marking the header prints (`RESTREINT UE/EU RESTRICTED`): its level and the marking as printed; absent where none. */
  classification: classificationSchema.optional(),
  codes: z.array(z.string().min(1)),
  from: z.string().nullable(),
  /** The header's `To:` value as printed (several recipients joined as the header prints them). */
  to: z.string().nullable(),
  /** Each recipient `to` names, as printed, in order: `Permanent Representatives Committee/Council` is two; a value that is not all of the Council's correspondents (a person and office) is one. */
  recipients: z.array(z.string().min(1)),
  /** The "No. prev. doc." numbers, canonical. */
  previous: z.array(z.string().min(1)),
  /** The Commission documents and proposals of "No. Cion doc." / "No. Cion prop.", canonical. */
  commissionProposal: z.array(z.string().min(1)),
  /** The procedure of "Interinstitutional File:", `2020/0350(COD)`. */
  interinstitutionalFile: z.string().min(1).nullable(),
  /** Header text the record has no field for, one entry per line as printed (the Council's name, stamps, contact lines): shown, never dropped. */
  otherHeaderLines: z.array(z.string().min(1)),
  subject: z.string().nullable(),
  /** The footnote calls the subject prints (`… Security Union Strategy¹`), each with where it stands in `subject`; absent where it prints none. */
  subjectFootnotes: z.array(subjectCallSchema).min(1).optional(),
  /** The register's stamp of a public version above the header and the day it gave access (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)`); absent where none. */
  publicAccess: publicAccessSchema.optional(),
  /** The document a declassified or partially released version releases, as the note above its subject names it (`of document: 9876/25 LIMITE`, `dated: 3 June 2025`, `new status: Public`); absent for any other document. */
  released: releasedDocumentSchema.optional(),
  /** The period a report covers, as its subject or opening names it (`for the period January 2024 - June 2025`): first and last month; absent where none is named. */
  period: reportPeriodSchema.optional(),
  /** The header's place and date line, kind line, labels and meeting days as printed, in the document's language (the page prints them). */
  printed: printedHeaderSchema.optional(),
  /**
   * The days of the meeting the document is of; `cancelled` where a notice says the meeting is cancelled (its days are then
   * the former ones); the hour and venue as a notice's `Time:` and `Venue:` rows print them (`10 h 00`, `CONSEIL BÂTIMENT
   * EUROPA Rue de la Loi 175, 1048 Bruxelles`, line breaks as spaces; their labels in `printed.labels`), absent where it
   * prints none. `times`, for a meeting over two days or more where the notice prints a day's hour: one entry a day, in
   * order, with the hour it opens and closes where printed (`HH:MM`).
   */
  meeting: z
    .object({
      dates: z.array(isoDateSchema).min(1),
      time: z.string().min(1).optional(),
      times: z.array(dayTimesSchema).min(2).optional(),
      venue: z.string().min(1).optional(),
      format: z.string().min(1).optional(),
      cancelled: z.literal(true).optional(),
    })
    .nullable(),
  items: z.array(itemSchema),
  /** The items a notice of meeting puts on the provisional agenda, as planned; null for any other document. */
  planned: z.array(plannedItemSchema).nullable(),
  sections: z.array(sectionSchema),
  footnotes: z.array(footnoteSchema),
  /** Every reference of the document (header, body, footnotes), distinct, in order of first appearance. */
  references: z.array(referenceSchema),
  /** What the parser could not place or read with certainty, in source order; empty for a document read in full. */
  warnings: z.array(ingestWarningSchema),
});

/** The record of a source that could not be parsed. */
export const errorRecordSchema = z.object({
  source: z.string(),
  status: z.literal('error'),
  error: ingestErrorSchema,
});

/** One record per source file, as `npm run ingest -- --json` prints it. */
export const recordSchema = z.discriminatedUnion('status', [okRecordSchema, errorRecordSchema]);

/** A parsed document. */
export type OkRecord = z.output<typeof okRecordSchema>;
/** A source that failed. */
export type ErrorRecord = z.output<typeof errorRecordSchema>;
/** Either outcome of ingesting one source. */
export type IngestRecord = z.output<typeof recordSchema>;
/** A warning of an ok record. */
export type IngestWarning = z.output<typeof ingestWarningSchema>;
/** Where and why a source failed. */
export type IngestError = z.output<typeof ingestErrorSchema>;
