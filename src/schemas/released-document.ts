import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';

/**
 * The document a declassified or partially released version (`9876/25 EXT 1`, `7595/16 DCL 1`) releases, as the note
 * its header prints above the subject names it (`of document: 9876/25 LIMITE`, `dated: 3 June 2025`, `new status:
 * Public`, in the version's language): its canonical number (one of the record's references, linked to its page), the
 * marking it bore as printed after its number, the day it was dated and its new status as printed. The note's lines
 * stay among the header's other lines, as printed. A version that prints no note but the register's stamp of partial
 * access over the header it reprints (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (14.10.2025)` over `9876/25` / `EXT
 * 1` / `LIMITE`) releases the document its own number names without the suffix, with the marking and day that header
 * prints, and no new status (no reference then: the text cites it nowhere).
 */
export const releasedDocumentSchema = z.object({
  number: z.string().min(1),
  /** `LIMITE`, `RESTREINT UE/EU RESTRICTED`, as printed after the number; null where none is printed. */
  marking: z.string().min(1).nullable(),
  /** The day the released document was dated; null where the note prints none that could be read. */
  date: isoDateSchema.nullable(),
  /** `Public`, `Öffentlich`, `Público`, as printed; null where the note prints none. */
  status: z.string().min(1).nullable(),
});

/** The document a declassified or partially released version releases. */
export type ReleasedDocument = z.output<typeof releasedDocumentSchema>;
