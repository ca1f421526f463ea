import { z } from 'astro/zod';
import { SIDECAR_STATUSES } from './vocabulary.ts';

/** A SHA-256 digest in lower-case hex. */
const SHA256 = /^[0-9a-f]{64}$/;

/** One file as it was fetched: its name beside the sidecar, when, its size and digest. */
const fetchedFileSchema = z.object({
  file: z.string().min(1),
  fetchedAt: z.iso.datetime(),
  bytes: z.number().int().positive(),
  sha256: z.string().regex(SHA256),
});

/**
 * `content/sources/register/<year>/<slug>.source.json`: where a document fetched from the Council's register came
 * from and when, or why nothing was saved. Written by `npm run fetch`; read by the ingest for the site's source list.
 */
export const sourceSidecarSchema = z.object({
  /** Canonical document number: `15912/25`, `CM 4578/2/24 REV 2`. */
  number: z.string().min(1),
  /** The address asked: the register's document URL in the language version asked for. */
  url: z.url(),
  /** The language version asked for (`en`, `fr`): the register publishes each separately. */
  language: z.string().regex(/^[a-z]{2}$/),
  status: z.enum(SIDECAR_STATUSES),
  /** The HTTP status of the final answer (after retries): 200, 403, 404, … */
  httpStatus: z.number().int().min(100).max(599),
  /** When the register gave this answer (for `fetched`: when the saved bytes arrived). */
  fetchedAt: z.iso.datetime(),
  /** The saved PDF's name beside the sidecar; null when nothing was saved. */
  file: z.string().min(1).nullable(),
  bytes: z.number().int().positive().nullable(),
  sha256: z.string().regex(SHA256).nullable(),
  /** Why a 200 answer was not saved (`not-a-pdf`); null otherwise. */
  reason: z.string().min(1).nullable(),
  /** Earlier files a `--refresh` found changed, oldest first, each kept under its own name: never overwritten silently. */
  previous: z.array(fetchedFileSchema),
});

/** A sidecar as written and read. */
export type SourceSidecar = z.output<typeof sourceSidecarSchema>;
/** One earlier version a sidecar keeps. */
export type FetchedFile = z.output<typeof fetchedFileSchema>;
