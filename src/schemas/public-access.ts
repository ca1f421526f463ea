import { z } from 'astro/zod';
import { isoDateSchema } from './iso-date.ts';

/**
 * The stamp the Council's register prints above the header of a LIMITE document it gave partial access to, as printed
 * in the version's language (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (12.05.2025)`, `DOKUMENT TEILWEISE ÖFFENTLICH
 * ZUGÄNGLICH (20.03.2025)`), and the day it prints: the day access was given (null where it prints none). The
 * passages withheld stay in the text as the version prints them (`[…]`, `DELETED`).
 */
export const publicAccessSchema = z.object({
  printed: z.string().min(1),
  date: isoDateSchema.nullable(),
});

/** A public version's stamp. */
export type PublicAccess = z.output<typeof publicAccessSchema>;
