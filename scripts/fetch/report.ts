/** The lines `npm run fetch` prints: one per document as it is done, a progress line on long runs, the totals at the end. */
import type { Outcome } from './fetch-document.ts';
import type { FetchResult, Progress } from './fetch-run.ts';

/** The word for each outcome in the per-document lines and the totals. */
const OUTCOME_WORDS: Record<Outcome['kind'], string> = {
  fetched: 'fetched',
  unchanged: 'unchanged',
  'not-public': 'not public',
  'not-found': 'not found',
  'not-a-pdf': 'not a PDF',
  failed: 'failed',
  planned: 'would fetch',
};

/** Below this many seconds an ETA is given in seconds, from it on in minutes. */
const SECONDS_UP_TO = 90;

/** The line of one document: its number, who cited it, what became of it, where its files are (`at` joins a path to the sources folder). */
export function resultLine({ visit, outcome, queued, unread }: FetchResult, at: (path: string) => string): string {
  const { target, citedBy } = visit;
  const who = citedBy === null ? target.id : `${target.id} (cited by ${citedBy})`;
  const cites = queued > 0 ? `; cites ${queued} more to fetch` : '';
  const notRead = unread === null ? '' : `; its citations could not be read: ${unread}`;
  return `${who}: ${OUTCOME_WORDS[outcome.kind]}${detail(outcome, target.url, at(target.pdf), at(target.sidecar))}${cites}${notRead}`;
}

function detail(outcome: Outcome, url: string, pdf: string, sidecar: string): string {
  switch (outcome.kind) {
    case 'fetched':
      return `, ${kibibytes(outcome.bytes)} → ${pdf}${outcome.previous === null ? '' : ` (changed: the earlier file is kept as ${outcome.previous})`}`;
    case 'unchanged':
      return outcome.reason === 'present' ? ` (already here: ${pdf}; --refresh asks again)` : ` (same SHA-256 as ${pdf})`;
    case 'not-public':
    case 'not-found': {
      const when = outcome.recorded ? `recorded in ${sidecar}` : `as recorded on ${outcome.at.slice(0, 10)}; --refresh asks again`;
      const access = outcome.kind === 'not-public' ? '; its page offers the request for access' : '';
      return ` (HTTP ${outcome.httpStatus}, ${when})${access}`;
    }
    case 'not-a-pdf':
      return ` (HTTP ${outcome.httpStatus}: ${outcome.reason}); nothing saved`;
    case 'failed':
      return `: ${outcome.reason}`;
    case 'planned':
      return ` ${url} → ${pdf}`;
  }
}

/** `fetch: 3/12 9102/25, about 9 s left`: the count, the current number and an ETA from the pace so far. */
export function progressLine({ done, total, current, elapsedMs }: Progress): string {
  const eta = done === 0 ? '' : `, about ${duration(((elapsedMs / done) * (total - done)) / 1000)} left`;
  return `fetch: ${done + 1}/${total} ${current.target.id}${eta}`;
}

/** `fetch: 7 documents: 3 fetched, 1 unchanged, 2 not public, 1 not found`: the outcomes counted, in a fixed order. */
export function totalsLine(results: readonly FetchResult[]): string {
  const counts = (Object.keys(OUTCOME_WORDS) as Outcome['kind'][])
    .map((kind) => [OUTCOME_WORDS[kind], results.filter((result) => result.outcome.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([word, count]) => `${count} ${word}`);
  return `fetch: ${results.length} document${results.length === 1 ? '' : 's'}${counts.length === 0 ? '' : `: ${counts.join(', ')}`}`;
}

function kibibytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function duration(seconds: number): string {
  return seconds < SECONDS_UP_TO ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;
}
