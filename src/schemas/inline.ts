import { z } from 'astro/zod';

/** A web address as the source prints it: what a `url` part holds. */
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/**
 * One run of a line of source text, its characters exactly as the source gives them (tabs and runs of spaces made one
 * space): `text` is words, `url` a web address the page links, `footnote` a call of the footnote with that `label`
 * (see footnote.ts). `strong: true` marks runs that stood between bold toggles (`**…**`) in the source (the ingest leaves it out
 * otherwise). The plain text of a line is its
 * `text` and `url` values joined; footnote calls are not words.
 */
export const inlineSchema = z.union([
  z.object({ type: z.enum(['text']), value: z.string().min(1), strong: z.boolean().optional() }),
  z.object({ type: z.enum(['url']), value: z.string().regex(WEB_ADDRESS), strong: z.boolean().optional() }),
  z.object({ type: z.enum(['footnote']), label: z.string().min(1) }),
]);

/** One run of a line of source text. */
export type Inline = z.output<typeof inlineSchema>;
