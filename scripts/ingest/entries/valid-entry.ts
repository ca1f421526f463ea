import type { z } from 'astro/zod';

/**
 * The entry as its schema outputs it; throws naming the file when it does not validate. A module of its own so that
 * the threads which only validate and write entries (the CLI's, the mention thread) do not load document-files.ts's
 * graph (the Markdown writer, the citation and mention readers).
 */
export function validEntry<S extends z.ZodType>(path: string, schema: S, data: z.input<S>): object {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`content/${path} is not a valid entry: ${result.error.message}`);
  return result.data as object;
}
