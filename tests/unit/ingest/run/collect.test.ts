import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { IngestRecord } from '../../../../src/schemas/record.ts';
import { collectReports } from '../../../../scripts/ingest/run/collect.ts';
import type { SourceTask } from '../../../../scripts/ingest/run/ingest-source.ts';

const MEETINGS = join(import.meta.dirname, '../../../fixtures/meetings/sources');

/** The meetings fixtures copied into a folder of the test's own, as the ingest's tasks, in name order. */
function copiedTasks(): SourceTask[] {
  const folder = mkdtempSync(join(tmpdir(), 'collect-test-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return readdirSync(MEETINGS)
    .sort()
    .map((name, index) => {
      copyFileSync(join(MEETINGS, name), join(folder, name));
      return { index, source: name, path: join(folder, name), inside: true };
    });
}

/** The records `--json` gives of the tasks, in this thread; `between` runs once every source has been made once. */
async function jsonRecords(tasks: readonly SourceTask[], between: () => void = () => {}) {
  const records = new Map<number, IngestRecord>();
  const collector = await collectReports(tasks, {
    target: { out: 'content', staging: null, spool: null },
    spool: null,
    records,
    progress: (taken) => {
      if (taken === tasks.length) between();
    },
  });
  return { records, madeAgain: tasks.filter(({ index }) => collector.isCurrent(index, 1)).map(({ source }) => source) };
}

describe('collectReports in the CLI’s thread', () => {
  it('makes a document of a meeting again from its first reading, its source not read and parsed a second time', async () => {
    const tasks = copiedTasks();
    const whole = await jsonRecords(tasks);
    // The versions of one outcome and of one notice are made again once every source is known (the other version
    // there); so are two texts of one number, which are no meeting's and are read again.
    const versions = ['cancelled-cm-90380-1-25-rev-1.txt', 'cancelled-cm-90380-25.txt', 'rev-outcome-90330-1-25-rev-1.txt', 'rev-outcome-90330-25.txt'];
    expect(whole.madeAgain).toEqual(expect.arrayContaining(versions));
    const gone = copiedTasks();
    const removed = await jsonRecords(gone, () => {
      for (const { path, source } of gone) if (versions.includes(source)) rmSync(path);
    });
    expect(removed.madeAgain).toEqual(whole.madeAgain);
    expect([...removed.records.values()]).toEqual([...whole.records.values()]);
    expect([...whole.records.values()].every(({ status }) => status === 'ok')).toBe(true);
  });
});
