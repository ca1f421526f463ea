import { z } from 'astro/zod';

/** A header's labelled fields, by the field each label fills. */
const labelFieldsSchema = z.object({
  from: z.string().min(1).optional(),
  on: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  previous: z.string().min(1).optional(),
  commission: z.string().min(1).optional(),
  subject: z.string().min(1).optional(),
  interinstitutional: z.string().min(1).optional(),
  /** A notice's labels of its meeting's hour and venue (`Time:`, `Lieu :`), where the record reads them as the meeting's. */
  time: z.string().min(1).optional(),
  venue: z.string().min(1).optional(),
  /** A notice's label of its meeting's format (`Format:`, `Formato:`), where the record reads it as the meeting's. */
  format: z.string().min(1).optional(),
});

/** The reference fields whose values the record keeps as printed beside the documents it links. */
const printedValuesSchema = z.object({
  previous: z.string().min(1).optional(),
  commission: z.string().min(1).optional(),
});

/**
 * The words of a header as the document prints them, in its own language, beside the fields the record reads from them
 * (the ISO date, the kind slug and the values stay the record's own): `Bruselas, 1 de julio de 2025`, `NOTA`, `Asunto:`,
 * `15 y 16 de julio de 2025`. Each is null or absent where the header prints none or it was not read; the page then
 * prints the English form.
 */
export const printedHeaderSchema = z.object({
  /** The place and date line, spaces and line breaks inside it as one space. */
  placeAndDate: z.string().min(1).nullable(),
  /** The document-type line the kind was read from, quotes kept. */
  kind: z.string().min(1).nullable(),
  /** Each labelled field's label as printed, colon (and a space before it) included: `Betr.:`, `Subject :`. */
  labels: labelFieldsSchema,
  /** The meeting's days as the `On:` or `Date:` line prints them: `15 y 16 de julio de 2025`. */
  meetingDays: z.string().min(1).nullable(),
  /** The document's number as printed where the record's canonical number differs from it: `WK 3456/2025 INIT`, `ST 8812/19`. */
  number: z.string().min(1).optional(),
  /** The original's language as printed, brackets included: `(OR. en)`, `(Or. fr)`, `(OR.en)`. */
  originalLanguage: z.string().min(1).optional(),
  /** The language versions the document concerns alone as printed after its number, brackets included: `(fr)`, `(DE, NL)`. */
  concernsLanguages: z.string().min(1).optional(),
  /** The interinstitutional file as printed after its label (`labels.interinstitutional`): `2011/0023 (NLE)`. */
  interinstitutionalFile: z.string().min(1).optional(),
  /**
   * A reference field's values as printed, where the record links the documents in them: `9124/23 - COM(2023) 234 final`,
   * `9402/13 JAI 355 COSI 52`, `SEK(2007) 1312 slutlig`.
   */
  values: printedValuesSchema.optional(),
  /** The PUBLIC marking as printed where it differs from `PUBLIC` (a transcription's `PUBLIC.`). */
  public: z.string().min(1).optional(),
  /** Each distribution code as printed, in the record's order, where any is printed otherwise than the record keeps it: `COEST172`. */
  codes: z.array(z.string().min(1)).optional(),
});

/** The words of a header as printed. */
export type PrintedHeader = z.output<typeof printedHeaderSchema>;
/** The labelled fields a header prints a label for (the interinstitutional file's among them). */
export type PrintedLabelField = keyof PrintedHeader['labels'];
