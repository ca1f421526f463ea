import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mentionFiles } from '../../../../scripts/ingest/entries/corpus-files.ts';
import { documentFiles } from '../../../../scripts/ingest/entries/document-files.ts';
import { mentionPiece } from '../../../../scripts/ingest/entries/mention-members.ts';
import type { MentionRecord } from '../../../../scripts/ingest/entries/mentions.ts';
import { packedFiles } from '../../../../scripts/ingest/entries/packed-files.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';
import { MentionSpool } from '../../../../scripts/ingest/run/corpus-spool.ts';
import type { MentionResult, MentionTask } from '../../../../scripts/ingest/run/mention-thread.ts';
import { currentMakings, writeMentions } from '../../../../scripts/ingest/run/mention-writer.ts';
import { WorkerPool } from '../../../../scripts/ingest/run/worker-pool.ts';
import { expectOk } from '../../../support/projection.ts';
import { loadSeeds } from '../../../support/seeds.ts';

/** Each seed's mention records, in document order, as the ingest finds them. */
const documents = loadSeeds().map(({ source }) => documentFiles(expectOk(parseDocument(readFileSync(source, 'utf8'), source))).mentions);

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'mention-writer-'));
  for (const name of ['out', 'here', 'thread']) mkdirSync(join(folder, name, 'mentions'), { recursive: true });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Every file written under `root`'s mentions folder, by its path there. */
function filesUnder(root: string): Map<string, string> {
  return new Map(readdirSync(join(root, 'mentions')).map((name) => [`mentions/${name}`, readFileSync(join(root, 'mentions', name), 'utf8')]));
}

/** The mention thread's one answer to one task. */
async function inThread(task: MentionTask): Promise<MentionResult> {
  const pool = new WorkerPool<MentionTask, MentionResult>(new URL('../../../../scripts/ingest/run/mention-thread.ts', import.meta.url), 1, null);
  try {
    return await pool.run(task);
  } finally {
    await pool.close();
  }
}

describe('the mention entries written from the spool', () => {
  it('are the packed files of the current mention records, the same from the mention thread as in this thread', async () => {
    expect(documents.length).toBeGreaterThan(2);
    // Source 1 is made again with another title: its first making's pieces are passed over.
    const again: MentionRecord[] = (documents[1] ?? []).map((record) => ({ ...record, mention: { ...record.mention, title: 'Made again – “quoted”' } }));
    const spool = new MentionSpool();
    try {
      documents.forEach((records, index) => spool.add(index, 0, records.map(mentionPiece)));
      spool.add(1, 1, again.map(mentionPiece));
      const current = (index: number, making: number) => making === (index === 1 ? 1 : 0);
      const makings = currentMakings(documents.length, current);
      expect([...makings]).toEqual(documents.map((_, index) => (index === 1 ? 1 : 0)));
      const target = (name: string) => ({ out: join(folder, 'out'), staging: join(folder, name), spool: null });
      const here = writeMentions(spool.handOver(), current, target('here'));
      const thread = await inThread({ index: 0, spool: spool.handOver(), current: makings, target: target('thread') });
      expect(thread).toEqual({ index: 0, written: here });
      const expected = new Map(packedFiles(mentionFiles(documents.flatMap((records, index) => (index === 1 ? again : records)))));
      expect(here.map(({ path }) => path)).toEqual([...expected.keys()]);
      expect(filesUnder(join(folder, 'here'))).toEqual(expected);
      expect(filesUnder(join(folder, 'thread'))).toEqual(expected);
      expect([...expected.values()].join('')).toContain('Made again');
    } finally {
      spool.close();
    }
  });

  it('from the thread, answer a mention entry its schema refuses with the error this thread throws', async () => {
    const [record] = documents.flat();
    if (record === undefined) throw new Error('the seeds mention nothing');
    const spool = new MentionSpool();
    try {
      spool.add(0, 0, [{ ...mentionPiece(record), id: 'Not An Id' }]);
      const current = () => true;
      const target = { out: join(folder, 'out'), staging: join(folder, 'thread'), spool: null };
      expect(() => writeMentions(spool.handOver(), current, target)).toThrow('is not a valid entry');
      const answer = await inThread({ index: 0, spool: spool.handOver(), current: currentMakings(1, current), target });
      expect(answer).toMatchObject({ index: 0, error: expect.stringContaining('is not a valid entry') });
    } finally {
      spool.close();
    }
  });
});
