import { z } from 'astro/zod';
import { classificationSchema } from './classification.ts';
import { entryTagsSchema } from './entry-tags.ts';
import { footnoteSchema } from './footnote.ts';
import { isoDateSchema } from './iso-date.ts';
import { printedHeaderSchema } from './printed-header.ts';
import { publicAccessSchema } from './public-access.ts';
import { releasedDocumentSchema } from './released-document.ts';
import { reportPeriodSchema } from './report-period.ts';
import { subjectCallSchema } from './subject-call.ts';

/**
 * Data of `content/documents/<slug>.json`. The document's text as Markdown (sections, agenda items, footnotes), for the
 * page to render and nothing else, is the entry of the same id in `texts` (`content/texts/<slug>.md`): the header is
 * these fields (src/shared/document-header.ts prints its lines), and every plain text a page needs is here, never read
 * back from the Markdown.
 */
export const documentEntrySchema = z
  .object({
    source: z.string(),
    number: z.string().min(1),
    /** True where the source prints no number that could be read: `number` is its file's path, marked (`Unnumbered (draft.txt)`), and there is no `url`. */
    unnumbered: z.boolean().optional(),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    kind: z.string().min(1),
    /** The date the header prints; null where the ingest could not read one (the page says so, lists sort it last). */
    date: isoDateSchema.nullable(),
    place: z.string().nullable(),
    language: z.string().nullable(),
    /** The language the original was written in, as its header's "(OR. en)" says; the header shows it. */
    originalLanguage: z.string().nullable(),
    limite: z.boolean(),
    /** True where the header prints the PUBLIC marking (the header shows it where LIMITE stands); absent otherwise. */
    public: z.boolean().optional(),
    /** The language versions the document concerns alone, as its number's brackets name them (`7402/24 COR 1 (fr)`: a corrigendum of the French version): `['fr']`; absent where it names none. */
    concernsLanguages: z.array(z.string().min(2)).min(1).optional(),
    /** The EU classification marking the header prints (`RESTREINT UE/EU RESTRICTED`), its level and as printed (the header prints it under the number); absent where none. */
    classification: classificationSchema.optional(),
    codes: z.array(z.string()),
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** Each recipient the header's "To:" names, as printed, in order (`Permanent Representatives Committee/Council` is two). */
    recipients: z.array(z.string()),
    previous: z.array(z.string()),
    subject: z.string().nullable(),
    /** The footnote calls the subject prints, each with where it stands in `subject` (the header prints them there, linked to the footnotes); absent where it prints none. */
    subjectFootnotes: z.array(subjectCallSchema).min(1).optional(),
    /** The register's stamp of a public version, as printed, and the day it gave access (the header prints it above the Council's name); absent where none. */
    publicAccess: publicAccessSchema.optional(),
    /** The document a declassified or partially released version releases (its number, marking, day and new status as its note names them); absent for any other document. */
    released: releasedDocumentSchema.optional(),
    /** The period a report covers (first and last month, and as printed); absent where none is named. */
    period: reportPeriodSchema.optional(),
    /** The Commission documents of the header's "No. Cion doc." / "No. Cion prop.", canonical. */
    commissionProposal: z.array(z.string()),
    /** The procedure of the header's "Interinstitutional File:", `2020/0350(COD)`. */
    interinstitutionalFile: z.string().nullable(),
    /** Header lines the record has no field for (the Council's name, stamps, contact lines), shown as printed above the fields. */
    otherHeaderLines: z.array(z.string()),
    /** The header's place and date line, kind line, labels and meeting days as printed (the header prints them instead of the English forms). */
    printed: printedHeaderSchema.optional(),
    /** The days of the meeting an outcome of proceedings records (its header's "On:"), ISO; empty for other documents. */
    meetingDates: z.array(isoDateSchema),
    /** The hour and venue of a notice's meeting as its `Time:` and `Venue:` rows print them (`10 h 00`); absent where it prints none. */
    meetingTime: z.string().min(1).optional(),
    meetingVenue: z.string().min(1).optional(),
    /** The format of a notice's meeting as its `Format:` row prints it (`1+2`, `videoconference`); absent where it prints none. */
    meetingFormat: z.string().min(1).optional(),
    /** The meeting id (`2025-11-18`) of an outcome of proceedings or a notice of meeting (any version of either), else null. */
    meeting: z.string().nullable(),
    /**
     * Which of the texts sources give for this number it is: 0 is the one its page shows; 1, 2 … are other sources'
     * different texts, in the variants collection (`variants/<slug>--source-<n+1>.json`), shown on that page with a diff.
     */
    variant: z.number().int().nonnegative(),
    /** Official link to the document in the Council's register; absent where the document has no number to link by (`unnumbered`). */
    url: z.url().optional(),
    /** Ids of the item entries of this document, in document order (empty when its items have no entries: `itemTexts`). */
    items: z.array(z.string()),
    /**
     * The agenda items of a document whose items have no entries of their own (an earlier version of an outcome, a
     * notice of meeting, another source's text), as plain text, for the diff between versions.
     */
    itemTexts: z.array(
      z.object({ number: z.string().nullable(), title: z.string(), text: z.string(), day: isoDateSchema.nullable(), section: z.string().nullable() }),
    ),
    /**
     * The sections of a note or report in order: the anchor of each on the page, its heading's number and title (both
     * null for text before the first heading) and its text as plain text, one line per paragraph or list item.
     */
    sections: z.array(
      z.object({ anchor: z.string(), number: z.string().nullable(), printedNumber: z.string().optional(), title: z.string().nullable(), text: z.string() }),
    ),
    /** The footnotes as the record has them: mark, label (`user-content-fn-<label>` on the page) and text (src/shared/source-text.ts reads it). */
    footnotes: z.array(footnoteSchema),
    /** Canonical ids of every reference, in order of first appearance. */
    references: z.array(z.string()),
  })
  .extend(entryTagsSchema.shape);

/** A document entry's data (the page's fields and plain texts; its Markdown is in `texts`). */
export type DocumentEntry = z.output<typeof documentEntrySchema>;
