import type { IngestError, IngestWarning } from '../../../src/schemas/record.ts';
import type { Verdict } from './corpus-collector.ts';
import type { Skipped } from './source-list.ts';

/** `content/sources/x.txt:12: expected …`; the line is left out when the problem is the whole file. */
export function errorLine({ file, line, message }: IngestError): string {
  return line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`;
}

/** `content/sources/x.txt:12: warning: …`, the line left out as for errors. */
export function warningLine(source: string, { line, message }: IngestWarning): string {
  return errorLine({ file: source, line, message: `warning: ${message}` });
}

/**
 * What the ingest says at its end, one line each, so that nothing is silent: the files skipped, every warning, every
 * error (the sources', then `others`: files read beside the sources, such as the fetcher's sidecars), and the counts:
 * `12 sources: 9 ok (2 with warnings), 3 errors, 1 skipped`.
 */
export function closingSummary(
  verdicts: readonly { source: string; verdict: Verdict }[],
  skipped: readonly Skipped[],
  others: readonly IngestError[] = [],
): { skipped: string[]; warnings: string[]; errors: string[]; counts: string } {
  const warnings = verdicts.flatMap(({ source, verdict }) => verdict.warnings.map((warning) => warningLine(source, warning)));
  const errors = verdicts.flatMap(({ verdict }) => (verdict.error === null ? [] : [errorLine(verdict.error)]));
  const warned = verdicts.filter(({ verdict }) => verdict.status === 'ok' && verdict.warnings.length > 0).length;
  const failed = errors.length;
  const more = others.length === 0 ? '' : `; ${others.length} other ${others.length === 1 ? 'file' : 'files'} not read`;
  const counts = `${verdicts.length} sources: ${verdicts.length - failed} ok (${warned} with warnings), ${failed} ${failed === 1 ? 'error' : 'errors'}, ${skipped.length} skipped${more}`;
  errors.push(...others.map(errorLine));
  return { skipped: skipped.map(({ source, reason }) => `${source}: ${reason}`), warnings, errors, counts };
}
