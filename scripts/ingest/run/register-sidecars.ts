/**
 * The sidecars `npm run fetch` leaves beside what it fetched (`*.source.json` under the sources folder), read and
 * validated; each one that cannot be read is an error naming it, never skipped in silence.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { IngestError } from '../../../src/schemas/record.ts';
import { sourceSidecarSchema } from '../../../src/schemas/source-sidecar.ts';
import { compare } from '../../../src/shared/order.ts';
import { SIDECAR_SUFFIX, type SidecarFound } from '../entries/register-files.ts';
import type { SourceFile } from './ingest-source.ts';

/** Every sidecar under `folder` in path order, with the listed source its `file` names beside it; or why one cannot be read. */
export async function readSidecars(folder: string, sources: readonly SourceFile[]): Promise<{ found: SidecarFound[]; errors: IngestError[] }> {
  const byPath = new Map(sources.map((source) => [source.path, source.source]));
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort(compare);
  const found: SidecarFound[] = [];
  const errors: IngestError[] = [];
  for (const path of paths) {
    const sidecar = join(folder, relative(folder, path)).split(sep).join('/');
    const parsed = sourceSidecarSchema.safeParse(await readJson(path));
    if (!parsed.success) {
      errors.push({ file: sidecar, line: 0, message: `not a sidecar of npm run fetch: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
      continue;
    }
    const file = parsed.data.file === null ? undefined : byPath.get(join(dirname(path), parsed.data.file));
    found.push({ sidecar, source: file ?? null, data: parsed.data });
  }
  return { found, errors };
}

/** A file's JSON, or undefined when it is not JSON (the schema then says what it expected). */
async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}
