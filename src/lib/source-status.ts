import type { IngestError, IngestWarning } from '../schemas/record.ts';
import type { SourceEntry } from '../schemas/source-entry.ts';

/** A source's status as the /sources/ page words it: `ok`, `ok with 2 warnings`, `error`. */
export function statusLabel(entry: Pick<SourceEntry, 'status' | 'warnings'>): string {
  if (entry.status === 'error') return 'error';
  const count = entry.warnings.length;
  return count === 0 ? 'ok' : `ok with ${count} ${count === 1 ? 'warning' : 'warnings'}`;
}

/** Where in the source a warning or an error is: `line 12`, or `whole file` (line 0). */
export function placeLabel({ line }: IngestWarning | IngestError): string {
  return line > 0 ? `line ${line}` : 'whole file';
}

/** A file size as people read it: `512 bytes`, `6.8 kB`, `1.2 MB` (powers of 1,000). */
export function sizeLabel(bytes: number): string {
  if (bytes < 1_000) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
