/**
 * A whole `npm run fetch`: the numbers given, then (with `--follow N`) the register documents they cite, breadth first
 * to depth N, one request at a time at most `rate` a second. Each document is reported as soon as it is done.
 */
import { fetchDocument, type Outcome } from './fetch-document.ts';
import { Frontier, type Visit } from './frontier.ts';
import { pacer } from './pacer.ts';
import type { FetchPorts } from './ports.ts';
import { FOLLOWED_TYPES, type Target, targetOf } from './targets.ts';

/** What to fetch and how. */
export interface FetchPlan {
  targets: readonly Target[];
  /** Citation steps to follow from the targets (0: none). */
  follow: number;
  refresh: boolean;
  dryRun: boolean;
  /** Requests a second at most. */
  rate: number;
  /** The register base address the cited documents are asked at (the one the targets were made with). */
  base: string | undefined;
}

/** One document done: what became of it, and (when followed) how many new documents it cites or why it could not be read. */
export interface FetchResult {
  visit: Visit;
  outcome: Outcome;
  /** Register documents it cites that were queued by this document (none when not followed). */
  queued: number;
  /** Why the ingest could not read its citations; null when it could or was not asked to. */
  unread: string | null;
}

/** Where the run stands before each document: for a progress line. */
export interface Progress {
  done: number;
  total: number;
  current: Visit;
  elapsedMs: number;
}

/** Callbacks of a run: before each document and after it. */
export interface Listener {
  progress(progress: Progress): void;
  result(result: FetchResult): void;
}

/** Runs the plan; the results in the order the documents were fetched. */
export async function runFetch(plan: FetchPlan, ports: FetchPorts, listener: Listener): Promise<FetchResult[]> {
  const frontier = new Frontier(plan.targets, plan.follow);
  const asking = { pace: pacer(ports.clock, plan.rate), refresh: plan.refresh, dryRun: plan.dryRun };
  const started = ports.clock.now();
  const results: FetchResult[] = [];
  for (let visit = frontier.next(); visit !== undefined; visit = frontier.next()) {
    listener.progress({ done: frontier.done - 1, total: frontier.total, current: visit, elapsedMs: ports.clock.now() - started });
    const outcome = await fetchDocument(visit.target, ports, asking, visit.citedBy !== null);
    const result: FetchResult = { visit, outcome, queued: 0, unread: null };
    if (visit.depth < plan.follow && (outcome.kind === 'fetched' || outcome.kind === 'unchanged')) {
      const cited = await ports.cites(visit.target);
      result.unread = cited.error;
      result.queued = frontier.cite(visit, followed(cited.ids, visit.target.language, plan.base));
    }
    results.push(result);
    listener.result(result);
  }
  return results;
}

/** The cited numbers `--follow` fetches, as targets in the run's language: the ST and CM series only. */
function followed(ids: readonly string[], language: string, base: string | undefined): Target[] {
  return ids.flatMap((id) => {
    const target = targetOf(id, language, base);
    return 'error' in target || !FOLLOWED_TYPES.includes(target.type) ? [] : [target];
  });
}
