import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../scripts/fetch/fetch-document.ts';
import type { FetchResult } from '../../../scripts/fetch/fetch-run.ts';
import { progressLine, resultLine, totalsLine } from '../../../scripts/fetch/report.ts';
import { type Target, targetOf } from '../../../scripts/fetch/targets.ts';

const OUTCOME = targetOf('15912/25', 'en') as Target;
const LIMITE = targetOf('9267/25', 'en') as Target;
const at = (path: string) => `content/sources/${path}`;

function result(target: Target, outcome: Outcome, citedBy: string | null = null, queued = 0, unread: string | null = null): FetchResult {
  return { visit: { target, depth: citedBy === null ? 0 : 1, citedBy }, outcome, queued, unread };
}

describe('resultLine', () => {
  it('says what was fetched, its size and where it went, and how many citations it queued', () => {
    const fetched = result(OUTCOME, { kind: 'fetched', bytes: 319_795, sha256: 'a'.repeat(64), previous: null }, null, 3);
    expect(resultLine(fetched, at)).toBe('15912/25: fetched, 312.3 KiB → content/sources/register/2025/15912-25.pdf; cites 3 more to fetch');
  });

  it('names the earlier file a refresh kept', () => {
    const changed = result(OUTCOME, { kind: 'fetched', bytes: 2048, sha256: 'b'.repeat(64), previous: 'register/2025/15912-25.aaaaaaaaaaaa.pdf.previous' });
    expect(resultLine(changed, at)).toBe(
      '15912/25: fetched, 2.0 KiB → content/sources/register/2025/15912-25.pdf (changed: the earlier file is kept as register/2025/15912-25.aaaaaaaaaaaa.pdf.previous)',
    );
  });

  it('tells a file already here from the same bytes fetched again', () => {
    expect(resultLine(result(OUTCOME, { kind: 'unchanged', reason: 'present' }), at)).toBe(
      '15912/25: unchanged (already here: content/sources/register/2025/15912-25.pdf; --refresh asks again)',
    );
    expect(resultLine(result(OUTCOME, { kind: 'unchanged', reason: 'same-digest' }), at)).toBe(
      '15912/25: unchanged (same SHA-256 as content/sources/register/2025/15912-25.pdf)',
    );
  });

  it('says who cited a withheld document, where its answer is recorded, and that its page offers the access request', () => {
    const withheld = result(LIMITE, { kind: 'not-public', httpStatus: 403, at: '2025-12-01T09:00:00.000Z', recorded: true }, '15912/25');
    expect(resultLine(withheld, at)).toBe(
      '9267/25 (cited by 15912/25): not public (HTTP 403, recorded in content/sources/register/2025/9267-25.source.json); its page offers the request for access',
    );
    const earlier = result(LIMITE, { kind: 'not-found', httpStatus: 404, at: '2025-11-30T10:00:00.000Z', recorded: false });
    expect(resultLine(earlier, at)).toBe('9267/25: not found (HTTP 404, as recorded on 2025-11-30; --refresh asks again)');
  });

  it('gives the reason of a failure, of a body that was no PDF, and of citations the ingest could not read', () => {
    expect(resultLine(result(OUTCOME, { kind: 'failed', reason: 'HTTP 503 (after 5 attempts)' }), at)).toBe('15912/25: failed: HTTP 503 (after 5 attempts)');
    expect(resultLine(result(OUTCOME, { kind: 'not-a-pdf', httpStatus: 200, reason: 'empty body' }), at)).toBe(
      '15912/25: not a PDF (HTTP 200: empty body); nothing saved',
    );
    const unread = result(OUTCOME, { kind: 'unchanged', reason: 'present' }, null, 0, 'expected a Council document number');
    expect(resultLine(unread, at)).toMatch(/; its citations could not be read: expected a Council document number$/);
  });

  it('prints the URL a dry run would ask', () => {
    expect(resultLine(result(OUTCOME, { kind: 'planned' }), at)).toBe(
      '15912/25: would fetch https://data.consilium.europa.eu/doc/document/ST-15912-2025-INIT/en/pdf → content/sources/register/2025/15912-25.pdf',
    );
  });
});

describe('progressLine', () => {
  const visit = { target: LIMITE, depth: 1, citedBy: '15912/25' };

  it('gives the count and the current number, and no ETA before a document is done', () => {
    expect(progressLine({ done: 0, total: 12, current: visit, elapsedMs: 0 })).toBe('fetch: 1/12 9267/25');
  });

  it('gives an ETA from the pace so far, in seconds, then in minutes on long runs', () => {
    expect(progressLine({ done: 4, total: 12, current: visit, elapsedMs: 4400 })).toBe('fetch: 5/12 9267/25, about 9 s left');
    expect(progressLine({ done: 10, total: 400, current: visit, elapsedMs: 12_000 })).toBe('fetch: 11/400 9267/25, about 8 min left');
  });
});

describe('totalsLine', () => {
  it('counts the outcomes in a fixed order, leaving out those that did not occur', () => {
    const results = [
      result(LIMITE, { kind: 'not-public', httpStatus: 403, at: '2025-12-01T09:00:00.000Z', recorded: true }),
      result(OUTCOME, { kind: 'fetched', bytes: 1, sha256: 'c'.repeat(64), previous: null }),
      result(OUTCOME, { kind: 'fetched', bytes: 1, sha256: 'c'.repeat(64), previous: null }),
    ];
    expect(totalsLine(results)).toBe('fetch: 3 documents: 2 fetched, 1 not public');
    expect(totalsLine([])).toBe('fetch: 0 documents');
  });
});
