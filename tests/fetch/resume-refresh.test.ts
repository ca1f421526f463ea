import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../support/fake-clock.ts';
import { emptySources, fetchFrom, sidecarAt } from '../support/fetch-harness.ts';
import { fixturePdf, type LocalRegister, type Reply, startRegister } from '../support/register-server.ts';

/** 90102/25 as first published, and as corrected later (its timetable's date changed): same number, other bytes. */
const FIRST = fixturePdf('tests/fixtures/register/90102-25.pdf');
const CORRECTED = fixturePdf('tests/fixtures/register/corrected/90102-25.pdf');
const ID = 'ST-90102-2025-INIT';
const FOLDER = 'register/2025';

let register: LocalRegister | null = null;

async function serve(replies: Record<string, Reply[]>, clock = fakeClock()): Promise<LocalRegister> {
  await register?.close();
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

function bytesAt(sources: string, path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(sources, path)));
}

describe('resuming an interrupted download', () => {
  it('asks only for the bytes after those an interrupted run left in the part file, and completes the file', async () => {
    const sources = emptySources();
    mkdirSync(join(sources, FOLDER), { recursive: true });
    writeFileSync(join(sources, FOLDER, '90102-25.pdf.part'), FIRST.subarray(0, 1500));
    const local = await serve({ [ID]: [{ pdf: FIRST }] });
    const [result] = await fetchFrom(local, sources, ['90102/25']);
    expect(result?.outcome.kind).toBe('fetched');
    expect(local.log.map((request) => request.range)).toEqual(['bytes=1500-']);
    expect(bytesAt(sources, `${FOLDER}/90102-25.pdf`)).toEqual(FIRST);
    expect(sidecarAt(sources, `${FOLDER}/90102-25.source.json`)).toMatchObject({ httpStatus: 206, bytes: FIRST.length, sha256: sha256(FIRST) });
    expect(readdirSync(join(sources, FOLDER)).sort()).toEqual(['90102-25.pdf', '90102-25.source.json']);
  });

  it('starts over when the part file is longer than the document the register now has', async () => {
    const sources = emptySources();
    mkdirSync(join(sources, FOLDER), { recursive: true });
    writeFileSync(join(sources, FOLDER, '90102-25.pdf.part'), new Uint8Array(FIRST.length + 10));
    const local = await serve({ [ID]: [{ pdf: FIRST }] });
    const [result] = await fetchFrom(local, sources, ['90102/25']);
    expect(result?.outcome.kind).toBe('fetched');
    expect(local.log.map((request) => request.range)).toEqual([`bytes=${FIRST.length + 10}-`, null]);
    expect(bytesAt(sources, `${FOLDER}/90102-25.pdf`)).toEqual(FIRST);
  });
});

describe('--refresh', () => {
  it('keeps the earlier file under its digest and lists it in the sidecar when the register now serves other bytes', async () => {
    const clock = fakeClock();
    const sources = emptySources();
    await fetchFrom(await serve({ [ID]: [{ pdf: FIRST }] }, clock), sources, ['90102/25'], { clock });
    const firstFetch = sidecarAt(sources, `${FOLDER}/90102-25.source.json`).fetchedAt;
    await clock.sleep(86_400_000);
    const local = await serve({ [ID]: [{ pdf: CORRECTED }] }, clock);
    const [result] = await fetchFrom(local, sources, ['90102/25'], { refresh: true, clock });
    const kept = `${FOLDER}/90102-25.${sha256(FIRST).slice(0, 12)}.pdf.previous`;
    expect(result?.outcome).toEqual({ kind: 'fetched', bytes: CORRECTED.length, sha256: sha256(CORRECTED), previous: kept });
    expect(bytesAt(sources, `${FOLDER}/90102-25.pdf`)).toEqual(CORRECTED);
    expect(bytesAt(sources, kept)).toEqual(FIRST);
    expect(sidecarAt(sources, `${FOLDER}/90102-25.source.json`)).toMatchObject({
      fetchedAt: '2025-12-02T09:00:00.000Z',
      sha256: sha256(CORRECTED),
      previous: [{ file: `90102-25.${sha256(FIRST).slice(0, 12)}.pdf.previous`, fetchedAt: firstFetch, bytes: FIRST.length, sha256: sha256(FIRST) }],
    });
  });

  it('reports the same bytes as unchanged and leaves the file and its sidecar as they were', async () => {
    const sources = emptySources();
    const local = await serve({ [ID]: [{ pdf: FIRST }] });
    await fetchFrom(local, sources, ['90102/25']);
    const sidecar = readFileSync(join(sources, FOLDER, '90102-25.source.json'), 'utf8');
    const [result] = await fetchFrom(local, sources, ['90102/25'], { refresh: true });
    expect(result?.outcome).toEqual({ kind: 'unchanged', reason: 'same-digest' });
    expect(local.log).toHaveLength(2);
    expect(readFileSync(join(sources, FOLDER, '90102-25.source.json'), 'utf8')).toBe(sidecar);
    expect(readdirSync(join(sources, FOLDER)).sort()).toEqual(['90102-25.pdf', '90102-25.source.json']);
  });

  it('asks nothing for a document already here without --refresh', async () => {
    const sources = emptySources();
    const local = await serve({ [ID]: [{ pdf: FIRST }, { pdf: CORRECTED }] });
    await fetchFrom(local, sources, ['90102/25']);
    const [result] = await fetchFrom(local, sources, ['90102/25']);
    expect(result?.outcome).toEqual({ kind: 'unchanged', reason: 'present' });
    expect(local.log).toHaveLength(1);
    expect(bytesAt(sources, `${FOLDER}/90102-25.pdf`)).toEqual(FIRST);
  });

  it('keeps the copy already here when the register now withholds the document', async () => {
    const sources = emptySources();
    await fetchFrom(await serve({ [ID]: [{ pdf: FIRST }] }), sources, ['90102/25']);
    const sidecar = readFileSync(join(sources, FOLDER, '90102-25.source.json'), 'utf8');
    const [result] = await fetchFrom(await serve({ [ID]: [{ status: 403 }] }), sources, ['90102/25'], { refresh: true });
    expect(result?.outcome).toMatchObject({ kind: 'not-public', httpStatus: 403, recorded: false });
    expect(bytesAt(sources, `${FOLDER}/90102-25.pdf`)).toEqual(FIRST);
    expect(readFileSync(join(sources, FOLDER, '90102-25.source.json'), 'utf8')).toBe(sidecar);
  });

  it('asks again for a document recorded as not public, and keeps it once it is published', async () => {
    const sources = emptySources();
    await fetchFrom(await serve({ [ID]: [{ status: 403 }] }), sources, ['90102/25']);
    const [result] = await fetchFrom(await serve({ [ID]: [{ pdf: FIRST }] }), sources, ['90102/25'], { refresh: true });
    expect(result?.outcome.kind).toBe('fetched');
    expect(sidecarAt(sources, `${FOLDER}/90102-25.source.json`)).toMatchObject({ status: 'fetched', previous: [] });
  });
});
