/** The command line of `npm run fetch` → its options, or why it cannot be run. */
import { parseArgs } from 'node:util';
import { DEFAULT_LANGUAGE, REGISTER_LANGUAGES } from './targets.ts';

/** At most one request a second unless `--rate` says otherwise: the register is a public service, not a mirror. */
export const DEFAULT_RATE = 1;

/** Seconds a request may go without a byte arriving before it is given up (and retried). */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/** What `npm run fetch` prints for a command line it cannot run. */
export const USAGE = [
  'usage: npm run fetch -- NUMBER... [--from-file LIST] [--lang xx] [--follow N] [--dry-run] [--refresh]',
  '                        [--rate PER_SECOND] [--timeout SECONDS] [--sources DIR] [--out DIR] [--no-ingest]',
].join('\n');

/** A run of `npm run fetch`, as the command line asks for it. */
export interface FetchOptions {
  /** The numbers given on the command line, as written. */
  numbers: string[];
  /** A file with one number a line, read after the command line's. */
  fromFile: string | null;
  language: string;
  /** How many citation steps away from the numbers given to fetch too (0: only those). */
  follow: number;
  dryRun: boolean;
  refresh: boolean;
  /** Requests a second at most. */
  rate: number;
  timeoutSeconds: number;
  sources: string;
  out: string;
  /** Whether to run the ingest on the sources afterwards. */
  ingest: boolean;
}

/** The options of a command line (without the node and script arguments), or the reason it cannot be run. */
export function parseFetchOptions(args: readonly string[]): FetchOptions | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'from-file': { type: 'string' },
        lang: { type: 'string', default: DEFAULT_LANGUAGE },
        follow: { type: 'string', default: '0' },
        'dry-run': { type: 'boolean', default: false },
        refresh: { type: 'boolean', default: false },
        rate: { type: 'string', default: String(DEFAULT_RATE) },
        timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
        sources: { type: 'string', default: 'content/sources' },
        out: { type: 'string', default: 'content' },
        'no-ingest': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const fromFile = values['from-file'] ?? null;
  if (positionals.length === 0 && fromFile === null) return { error: 'no document number given (and no --from-file)' };
  if (!REGISTER_LANGUAGES.includes(values.lang))
    return { error: `--lang ${values.lang}: not one of the register's languages (${REGISTER_LANGUAGES.join(' ')})` };
  const follow = Number(values.follow);
  if (!/^\d+$/.test(values.follow)) return { error: `--follow ${values.follow}: expected a whole number of citation steps` };
  const rate = Number(values.rate);
  if (!(rate > 0 && Number.isFinite(rate))) return { error: `--rate ${values.rate}: expected a positive number of requests a second` };
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0 && Number.isFinite(timeoutSeconds))) return { error: `--timeout ${values.timeout}: expected a positive number of seconds` };
  return {
    numbers: positionals,
    fromFile,
    language: values.lang,
    follow,
    dryRun: values['dry-run'],
    refresh: values.refresh,
    rate,
    timeoutSeconds,
    sources: values.sources,
    out: values.out,
    ingest: !values['no-ingest'],
  };
}
