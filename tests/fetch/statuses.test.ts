import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_BACKOFF_MS, MAX_ATTEMPTS } from '../../scripts/fetch/retry-policy.ts';
import { fakeClock } from '../support/fake-clock.ts';
import { emptySources, fetchFrom, sidecarAt } from '../support/fetch-harness.ts';
import { fixturePdf, type LocalRegister, type Reply, startRegister } from '../support/register-server.ts';

/** Seed 000 as a Council PDF: the outcome of the COSI meeting of 18 and 19 November 2025, 15912/25. */
const OUTCOME = fixturePdf('tests/fixtures/pdf/000_fcebac5ee47826ac.pdf');
/** Seed 001 as a Council PDF: the report to the parliaments, 6543/25. */
const REPORT = fixturePdf('tests/fixtures/pdf/001_a69fd2a43e7584cc.pdf');

/** The register's address of 15912/25 in English, under the local register's base. */
const OUTCOME_ID = 'ST-15912-2025-INIT';

let register: LocalRegister | null = null;

async function serve(replies: Record<string, Reply[]>, clock = fakeClock()): Promise<LocalRegister> {
  register = await startRegister(replies, clock);
  return register;
}

afterEach(async () => {
  await register?.close();
  register = null;
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The files the fetch left in a year folder of the sources, sorted. */
function filesIn(sources: string, year: string): string[] {
  const folder = join(sources, 'register', year);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

describe('npm run fetch against the local register, one status at a time', () => {
  it('saves a 200 PDF byte for byte beside a sidecar with its number, URL, language, time, status, size and SHA-256', async () => {
    const clock = fakeClock();
    const local = await serve({ [OUTCOME_ID]: [{ pdf: OUTCOME }] }, clock);
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25'], { clock });
    expect(result?.outcome).toEqual({ kind: 'fetched', bytes: OUTCOME.length, sha256: sha256(OUTCOME), previous: null });
    expect(new Uint8Array(readFileSync(join(sources, 'register/2025/15912-25.pdf')))).toEqual(OUTCOME);
    expect(sidecarAt(sources, 'register/2025/15912-25.source.json')).toEqual({
      number: '15912/25',
      url: `${local.base}ST-15912-2025-INIT/en/pdf`,
      language: 'en',
      status: 'fetched',
      httpStatus: 200,
      fetchedAt: '2025-12-01T09:00:00.000Z',
      file: '15912-25.pdf',
      bytes: OUTCOME.length,
      sha256: sha256(OUTCOME),
      reason: null,
      previous: [],
    });
    expect(filesIn(sources, '2025')).toEqual(['15912-25.pdf', '15912-25.source.json']);
  });

  it('names the project in the User-Agent of every request', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ pdf: OUTCOME }] });
    await fetchFrom(local, emptySources(), ['15912/25']);
    expect(local.log.map((request) => request.userAgent)).toEqual([
      expect.stringMatching(/^cosi-archive\/\S+ \(open archive of the EU Council COSI documents; npm run fetch/),
    ]);
  });

  it('asks for another language version with --lang and keeps it under a name of its own', async () => {
    const local = await serve({ [`${OUTCOME_ID}/fr`]: [{ pdf: OUTCOME }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25'], { language: 'fr' });
    expect(result?.outcome.kind).toBe('fetched');
    expect(local.log.map(({ document, language }) => `${document}/${language}`)).toEqual(['ST-15912-2025-INIT/fr']);
    expect(filesIn(sources, '2025')).toEqual(['15912-25.fr.pdf', '15912-25.fr.source.json']);
    expect(sidecarAt(sources, 'register/2025/15912-25.fr.source.json')).toMatchObject({ language: 'fr', url: `${local.base}ST-15912-2025-INIT/fr/pdf` });
  });

  it('records a 403 as "not public" in a sidecar without a file, and does not ask again without --refresh', async () => {
    const clock = fakeClock();
    const local = await serve({ 'ST-9267-2025-INIT': [{ status: 403 }] }, clock);
    const sources = emptySources();
    const [first] = await fetchFrom(local, sources, ['9267/25'], { clock });
    expect(first?.outcome).toEqual({ kind: 'not-public', httpStatus: 403, at: '2025-12-01T09:00:00.000Z', recorded: true });
    expect(sidecarAt(sources, 'register/2025/9267-25.source.json')).toMatchObject({
      status: 'not-public',
      httpStatus: 403,
      file: null,
      bytes: null,
      sha256: null,
    });
    expect(filesIn(sources, '2025')).toEqual(['9267-25.source.json']);
    const [again] = await fetchFrom(local, sources, ['9267/25']);
    expect(again?.outcome).toEqual({ kind: 'not-public', httpStatus: 403, at: '2025-12-01T09:00:00.000Z', recorded: false });
    expect(local.log).toHaveLength(1);
  });

  it('records a 404 for a WK document as "not public": the register withholds working documents as a rule', async () => {
    const local = await serve({});
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['WK 13949/2021']);
    expect(result?.outcome).toMatchObject({ kind: 'not-public', httpStatus: 404, recorded: true });
    expect(sidecarAt(sources, 'register/2021/wk-13949-2021.source.json')).toMatchObject({ number: 'WK 13949/2021', status: 'not-public', httpStatus: 404 });
  });

  it('records a 404 for a number given on the command line as "not found"', async () => {
    const local = await serve({});
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['99999/25']);
    expect(result?.outcome).toMatchObject({ kind: 'not-found', httpStatus: 404, recorded: true });
    expect(sidecarAt(sources, 'register/2025/99999-25.source.json')).toMatchObject({ number: '99999/25', status: 'not-found', httpStatus: 404, file: null });
  });

  it('waits as long as a 429 Retry-After asks, then fetches', async () => {
    const clock = fakeClock();
    const local = await serve({ 'ST-6543-2025-INIT': [{ status: 429, retryAfter: '7' }, { pdf: REPORT }] }, clock);
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['6543/25'], { clock });
    expect(result?.outcome.kind).toBe('fetched');
    expect(clock.sleeps).toEqual([7000]);
    expect(local.log.map((request) => request.at - (local.log[0]?.at ?? 0))).toEqual([0, 7000]);
    expect(new Uint8Array(readFileSync(join(sources, 'register/2025/6543-25.pdf')))).toEqual(REPORT);
  });

  it('retries a 500 after backing off, then fetches', async () => {
    const clock = fakeClock();
    const local = await serve({ [OUTCOME_ID]: [{ status: 500 }, { pdf: OUTCOME }] }, clock);
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25'], { clock });
    expect(result?.outcome.kind).toBe('fetched');
    expect(clock.sleeps).toEqual([FIRST_BACKOFF_MS]);
    expect(local.log).toHaveLength(2);
  });

  it('gives up on a register that keeps answering 503, doubling the wait each time, and saves nothing', async () => {
    const clock = fakeClock();
    const local = await serve({ [OUTCOME_ID]: [{ status: 503 }] }, clock);
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25'], { clock });
    expect(result?.outcome).toEqual({ kind: 'failed', reason: `HTTP 503 (after ${MAX_ATTEMPTS} attempts)` });
    expect(local.log).toHaveLength(MAX_ATTEMPTS);
    expect(clock.sleeps).toEqual([2000, 4000, 8000, 16000]);
    expect(filesIn(sources, '2025')).toEqual([]);
  });

  it('gives up at once when Retry-After asks for more than five minutes', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ status: 429, retryAfter: '3600' }] });
    const [result] = await fetchFrom(local, emptySources(), ['15912/25']);
    expect(result?.outcome).toEqual({ kind: 'failed', reason: 'HTTP 429 (the register asks to wait 3600 s (Retry-After); run again later)' });
    expect(local.log).toHaveLength(1);
  });

  it('resumes a body cut off mid-way with a Range request for the rest, and saves the whole file', async () => {
    const half = Math.floor(OUTCOME.length / 2);
    const local = await serve({ [OUTCOME_ID]: [{ cut: OUTCOME, after: half }, { pdf: OUTCOME }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25']);
    expect(result?.outcome.kind).toBe('fetched');
    expect(local.log.map((request) => request.range)).toEqual([null, `bytes=${half}-`]);
    expect(new Uint8Array(readFileSync(join(sources, 'register/2025/15912-25.pdf')))).toEqual(OUTCOME);
    expect(filesIn(sources, '2025')).toEqual(['15912-25.pdf', '15912-25.source.json']);
  });

  it('takes a body that ends cleanly but without the end-of-file marker as truncated, and resumes it', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ short: OUTCOME, after: 4096 }, { pdf: OUTCOME }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25']);
    expect(result?.outcome.kind).toBe('fetched');
    expect(local.log.map((request) => request.range)).toEqual([null, 'bytes=4096-']);
    expect(new Uint8Array(readFileSync(join(sources, 'register/2025/15912-25.pdf')))).toEqual(OUTCOME);
  });

  it('never saves a body that stays truncated as a source: the part file waits for the next run', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ cut: OUTCOME, after: 1000 }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25']);
    expect(result?.outcome).toEqual({ kind: 'failed', reason: `the connection closed after 0 bytes of the body (after ${MAX_ATTEMPTS} attempts)` });
    expect(filesIn(sources, '2025')).toEqual(['15912-25.pdf.part']);
    expect(statSync(join(sources, 'register/2025/15912-25.pdf.part')).size).toBe(1000);
  });

  it('records an HTML page served with 200 as "not a PDF", saves nothing and does not retry it', async () => {
    const page = '<!DOCTYPE html><html><body><h1>Document not available</h1></body></html>';
    const local = await serve({ [OUTCOME_ID]: [{ html: page }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25']);
    expect(result?.outcome).toEqual({ kind: 'not-a-pdf', httpStatus: 200, reason: 'an HTML page (text/html; charset=utf-8), not a PDF' });
    expect(local.log).toHaveLength(1);
    expect(filesIn(sources, '2025')).toEqual(['15912-25.source.json']);
    expect(sidecarAt(sources, 'register/2025/15912-25.source.json')).toMatchObject({
      status: 'not-a-pdf',
      file: null,
      reason: 'an HTML page (text/html; charset=utf-8), not a PDF',
    });
  });

  it('asks again after an empty 200 and keeps the PDF that then arrives', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ empty: true }, { pdf: OUTCOME }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25']);
    expect(result?.outcome.kind).toBe('fetched');
    expect(local.log.map((request) => request.range)).toEqual([null, null]);
  });

  it('records a body that stays empty as "not a PDF" once the attempts are spent', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ empty: true }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25']);
    expect(result?.outcome).toEqual({ kind: 'not-a-pdf', httpStatus: 200, reason: 'empty body' });
    expect(local.log).toHaveLength(MAX_ATTEMPTS);
    expect(filesIn(sources, '2025')).toEqual(['15912-25.source.json']);
  });

  it('gives up on a register that never answers, each request ending at the timeout', async () => {
    const local = await serve({ [OUTCOME_ID]: [{ stall: true }] });
    const sources = emptySources();
    const [result] = await fetchFrom(local, sources, ['15912/25'], { timeoutMs: 400 });
    expect(result?.outcome).toEqual({ kind: 'failed', reason: `timed out: nothing arrived for 0.4 s (after ${MAX_ATTEMPTS} attempts)` });
    expect(local.log).toHaveLength(MAX_ATTEMPTS);
    expect(filesIn(sources, '2025')).toEqual([]);
  });
});
