import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { COLLECTIONS } from '../../../../scripts/ingest/run/collection-paths.ts';
import { ingestSource, readRecord, type SourceTask, type Target } from '../../../../scripts/ingest/run/ingest-source.ts';
import { RecordSpool, spooledRecord } from '../../../../scripts/ingest/run/record-spool.ts';

const MEETINGS = join(import.meta.dirname, '../../../fixtures/meetings/sources');

/** A source of the meetings fixtures as the ingest's task for it. */
const task = (index: number, name: string): SourceTask => ({ index, source: name, path: join(MEETINGS, name), inside: true });

/** A folder of its own for the test, removed after it. */
function folder(): string {
  const made = mkdtempSync(join(tmpdir(), 'record-spool-test-'));
  onTestFinished(() => rmSync(made, { recursive: true, force: true }));
  return made;
}

/** A staging folder with the collection folders, and an empty content root to compare with. */
function target(): Target {
  const root = folder();
  for (const collection of COLLECTIONS) mkdirSync(join(root, 'staging', collection), { recursive: true });
  mkdirSync(join(root, 'out'));
  return { out: join(root, 'out'), staging: join(root, 'staging'), spool: null };
}

/** Every file written into a staging folder, by path. */
function staged(staging: string): Map<string, string> {
  return new Map(
    COLLECTIONS.flatMap((collection) =>
      readdirSync(join(staging, collection)).map((name) => [`${collection}/${name}`, readFileSync(join(staging, collection, name), 'utf8')] as const),
    ),
  );
}

describe('RecordSpool', () => {
  it('gives back each record as it was added, from one file, also after it was closed and more were added', async () => {
    const names = ['joined-outcome-90321-25.txt', 'rev-outcome-90330-1-25-rev-1.txt', 'agenda-only-cm-90310-25.txt'];
    const reads = await Promise.all(names.map((name, index) => readRecord(task(index, name))));
    const spool = new RecordSpool(folder(), 'worker-1.records');
    const places = reads.slice(0, 2).map((read) => spool.add(read));
    spool.close();
    places.push(spool.add(reads[2]!));
    spool.close();
    expect(places.map(({ at }) => at)).toEqual([0, places[0]!.bytes, places[0]!.bytes + places[1]!.bytes]);
    places.forEach((place, index) => {
      const back = spooledRecord(place);
      expect(back).toEqual(reads[index]);
      expect(JSON.stringify(back)).toBe(JSON.stringify(reads[index]));
    });
    expect(reads.map(({ record }) => record.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('makes a document of a meeting again from its spooled record exactly as from its source, and spools no other document', async () => {
    const records = new RecordSpool(folder(), 'worker-1.records');
    const outcome = task(0, 'joined-outcome-90321-25.txt');
    const first = await ingestSource(outcome, target(), null, records);
    if (first.status !== 'ok') throw new Error('the outcome did not ingest');
    expect(first.key.meeting).toEqual({ id: expect.any(String), role: 'outcome' });
    expect(first.record).toBeDefined();
    // Made again as a version that is not its meeting's primary one: other files than its first making's.
    const plan = { primary: false, variant: 0, decisionNumbers: null };
    const fromSource = target();
    const fromSpool = target();
    const again = await ingestSource({ ...outcome, plan, making: 1 }, fromSource, null, records);
    const spooled = await ingestSource({ ...outcome, plan, making: 1, record: first.record! }, fromSpool, null, records);
    expect(spooled).toEqual(again);
    expect(spooled).not.toHaveProperty('record');
    expect(staged(fromSpool.staging!)).toEqual(staged(fromSource.staging!));
    expect(staged(fromSpool.staging!).size).toBeGreaterThan(0);
    // Its source is not read again: the record is enough.
    const gone = await ingestSource({ ...outcome, path: join(folder(), 'gone.txt'), plan, making: 1, record: first.record! }, target(), null, records);
    expect(gone).toEqual(again);
    // A note (no meeting) is not spooled: a document is seldom made again but for its meeting's sake.
    const note = await ingestSource(task(1, 'differ-a-90350-25.txt'), target(), null, records);
    expect(note).toMatchObject({ status: 'ok', key: { meeting: null } });
    expect(note).not.toHaveProperty('record');
  });
});
