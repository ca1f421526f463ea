/**
 * One document from the register: skipped when already here, else asked for (with retries), checked, and kept with its
 * sidecar. Guarantee: a file named `.pdf` under the sources folder is always a whole PDF, and a PDF already kept is
 * never overwritten by different bytes without being kept under its previous name.
 */
import type { SourceSidecar } from '../../src/schemas/source-sidecar.ts';
import type { SIDECAR_STATUSES } from '../../src/schemas/vocabulary.ts';
import { checkPdf } from './pdf-check.ts';
import type { Answer, FetchPorts } from './ports.ts';
import { isRetryStatus, retryDecision } from './retry-policy.ts';
import { previousName, type Target } from './targets.ts';

/** Statuses by which the register withholds a document (LIMITE, WK): recorded as "not public". */
const WITHHELD_STATUSES: readonly number[] = [401, 403];

/**
 * Statuses by which the register has no document at the address asked: recorded as "not found" for a number typed by
 * the user (a typo, a language version that does not exist), but as "not public" for a WK document or one another
 * document cites (it exists, so the register withholds it: how it answers for LIMITE documents too).
 */
const MISSING_STATUSES: readonly number[] = [404, 410];

/** Series whose documents the register withholds as a rule: a 404 for them means "not public". */
const WITHHELD_TYPES: readonly string[] = ['working'];

/** Statuses whose body is the document (whole, or the rest of a resumed download). */
const BODY_STATUSES: readonly number[] = [200, 206];

/** What the register can answer about a document. */
type SidecarStatus = (typeof SIDECAR_STATUSES)[number];

/** What became of one document; `recorded` says whether this run wrote its sidecar (false: an earlier run's answer). */
export type Outcome =
  | { kind: 'fetched'; bytes: number; sha256: string; previous: string | null }
  | { kind: 'unchanged'; reason: 'present' | 'same-digest' }
  | { kind: 'not-public' | 'not-found'; httpStatus: number; at: string; recorded: boolean }
  | { kind: 'not-a-pdf'; httpStatus: number; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'planned' };

/** How a run asks: `pace` gates every request; `refresh` asks again for what is here; `dryRun` asks nothing. */
export interface Asking {
  pace: () => Promise<void>;
  refresh: boolean;
  dryRun: boolean;
}

/**
 * Fetches one target (`cited`: another document cites it, so it exists); never throws for what the register answers
 * (a file-system failure does throw).
 */
export async function fetchDocument(target: Target, ports: FetchPorts, asking: Asking, cited: boolean): Promise<Outcome> {
  const { archive, clock } = ports;
  const recorded = await archive.readSidecar(target);
  const present = await archive.exists(target.pdf);
  if (!asking.refresh && present) return { kind: 'unchanged', reason: 'present' };
  if (!asking.refresh && (recorded?.status === 'not-public' || recorded?.status === 'not-found')) {
    return { kind: recorded.status, httpStatus: recorded.httpStatus, at: recorded.fetchedAt, recorded: false };
  }
  if (asking.dryRun) return { kind: 'planned' };
  for (let attempt = 1; ; attempt += 1) {
    await asking.pace();
    const answer = await ports.download(target);
    const at = new Date(clock.now()).toISOString();
    let step = await judge(target, answer, cited, ports);
    if (step.kind === 'again') {
      const decision = retryDecision(attempt, answer.retryAfter, clock.now());
      if (decision.retry) {
        await clock.sleep(decision.ms);
        continue;
      }
      // An empty 200 to the last request is what the register serves for this document: its answer, not a failure.
      step = step.empty ? { kind: 'answer', status: 'not-a-pdf', reason: step.reason } : { kind: 'failed', reason: `${step.reason} (${decision.reason})` };
    }
    if (step.kind === 'pdf') return keep(target, answer, at, recorded, present, ports);
    if (step.kind === 'failed') return step;
    // A copy already here stays, with its sidecar, whatever the register answers now.
    if (!present) await archive.writeSidecar(target, answerSidecar(target, answer.status, at, step, recorded));
    return step.status === 'not-a-pdf'
      ? { kind: 'not-a-pdf', httpStatus: answer.status, reason: step.reason ?? step.status }
      : { kind: step.status, httpStatus: answer.status, at, recorded: !present };
  }
}

/**
 * An answer judged: a whole PDF in the part file; the register's answer about the document (recorded in the sidecar);
 * a failure; or worth asking again (`empty`: the part file was dropped, the next request starts from the first byte).
 */
type Step =
  | { kind: 'pdf' }
  | { kind: 'answer'; status: Exclude<SidecarStatus, 'fetched'>; reason: string | null }
  | { kind: 'failed'; reason: string }
  | { kind: 'again'; reason: string; empty: boolean };

async function judge(target: Target, answer: Answer, cited: boolean, { archive }: FetchPorts): Promise<Step> {
  if (answer.error !== null) return { kind: 'again', reason: answer.error, empty: false };
  if (WITHHELD_STATUSES.includes(answer.status)) return { kind: 'answer', status: 'not-public', reason: null };
  if (MISSING_STATUSES.includes(answer.status)) {
    const withheld = cited || WITHHELD_TYPES.includes(target.type);
    return { kind: 'answer', status: withheld ? 'not-public' : 'not-found', reason: null };
  }
  if (isRetryStatus(answer.status)) return { kind: 'again', reason: `HTTP ${answer.status}`, empty: false };
  if (!BODY_STATUSES.includes(answer.status)) return { kind: 'failed', reason: `HTTP ${answer.status}` };
  const ends = await archive.ends(target.part);
  const verdict = checkPdf({ ...ends, contentType: answer.contentType, expected: answer.expected });
  if (verdict.ok) return { kind: 'pdf' };
  if (verdict.kind === 'truncated') return { kind: 'again', reason: verdict.reason, empty: false };
  await archive.remove(target.part);
  if (verdict.kind === 'empty') return { kind: 'again', reason: verdict.reason, empty: true };
  return { kind: 'answer', status: 'not-a-pdf', reason: verdict.reason };
}

/** The part file is a whole PDF: kept as the target's PDF unless it has the same bytes; a different file kept is renamed first. */
async function keep(target: Target, answer: Answer, at: string, recorded: SourceSidecar | null, present: boolean, { archive }: FetchPorts): Promise<Outcome> {
  const fetched = await archive.digest(target.part);
  const previous = [...(recorded?.previous ?? [])];
  let kept: string | null = null;
  if (present) {
    const old = await archive.digest(target.pdf);
    if (old.sha256 === fetched.sha256) {
      await archive.remove(target.part);
      return { kind: 'unchanged', reason: 'same-digest' };
    }
    kept = previousName(target.pdf, old.sha256);
    await archive.move(target.pdf, kept);
    const fetchedAt = recorded?.status === 'fetched' && recorded.sha256 === old.sha256 ? recorded.fetchedAt : old.modifiedAt;
    previous.push({ file: baseName(kept), fetchedAt, bytes: old.bytes, sha256: old.sha256 });
  }
  await archive.move(target.part, target.pdf);
  await archive.writeSidecar(target, {
    ...sidecarHead(target, answer.status, at),
    status: 'fetched',
    file: baseName(target.pdf),
    bytes: fetched.bytes,
    sha256: fetched.sha256,
    reason: null,
    previous,
  });
  return { kind: 'fetched', bytes: fetched.bytes, sha256: fetched.sha256, previous: kept };
}

/** The sidecar of an answer that saved nothing (not public, not found, not a PDF); earlier versions stay listed. */
function answerSidecar(target: Target, httpStatus: number, at: string, step: Extract<Step, { kind: 'answer' }>, recorded: SourceSidecar | null): SourceSidecar {
  return {
    ...sidecarHead(target, httpStatus, at),
    status: step.status,
    file: null,
    bytes: null,
    sha256: null,
    reason: step.reason,
    previous: recorded?.previous ?? [],
  };
}

function sidecarHead(target: Target, httpStatus: number, at: string): Pick<SourceSidecar, 'number' | 'url' | 'language' | 'httpStatus' | 'fetchedAt'> {
  return { number: target.id, url: target.url, language: target.language, httpStatus, fetchedAt: at };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
