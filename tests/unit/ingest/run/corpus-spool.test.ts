import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { MentionPiece } from '../../../../scripts/ingest/entries/mention-members.ts';
import { MentionSpool } from '../../../../scripts/ingest/run/corpus-spool.ts';

const piece = (kind: MentionPiece['kind'], id: string, document: string, text: string): MentionPiece => ({
  group: `${kind}-${id}-2024`,
  kind,
  id,
  year: '2024',
  date: '2024-03-01',
  document,
  text,
});

describe('MentionSpool', () => {
  it('gives back each group’s pieces in the order added, across many chunks of one file, and passes over those not current', () => {
    const spool = new MentionSpool();
    try {
      // Texts of 40,000 code units, many of them two or three bytes in UTF-8: a group's waiting pieces are appended
      // to the file every 64 KB, so each group lies in several chunks, the two groups' chunks interleaved.
      const long = (mark: string) => `${mark} ${'é€ “quoted” \\ \n'.repeat(2500)}`;
      const added: MentionPiece[][] = [];
      for (let index = 0; index < 6; index++) {
        const pieces = [piece('actor', 'europol', `${index}/24`, long(`europol ${index}`)), piece('topic', 'drugs', `${index}/24`, long(`drugs ${index}`))];
        spool.add(index, 0, pieces);
        added.push(pieces);
      }
      // Source 2 made again: its first making is no longer current.
      const again = [piece('actor', 'europol', '2/24', long('europol 2, again'))];
      spool.add(2, 1, again);
      const current = (index: number, making: number) => index !== 2 || making === 1;
      const groups = [...spool.groups(current)];
      expect(groups.map((pieces) => pieces[0]?.group)).toEqual(['actor-europol-2024', 'topic-drugs-2024']);
      const [europol = [], drugs = []] = groups;
      expect(europol).toEqual([...added.filter((_, index) => index !== 2).map(([first]) => first), ...again]);
      expect(drugs).toEqual(added.filter((_, index) => index !== 2).map(([, second]) => second));
    } finally {
      spool.close();
    }
  });

  it('gives back the pieces two workers spooled in files of their own in the order of their sources, first makings before makings again', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cosi-spool-test-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const spool = new MentionSpool();
    const workers = [new MentionSpool({ folder, file: 'worker-1.mentions' }), new MentionSpool({ folder, file: 'worker-2.mentions' })];
    try {
      // Sources 0, 2 and 4 went to the first worker, 1 and 3 to the second; source 3 was made again by the first.
      const europol = (index: number, again = '') => piece('actor', 'europol', `${index}/24`, `europol ${index}${again}`);
      const drugs = (index: number) => piece('topic', 'drugs', `${index}/24`, `drugs ${index}`);
      for (const index of [0, 2, 4]) workers[0]?.add(index, 0, [europol(index), drugs(index)]);
      for (const index of [1, 3]) workers[1]?.add(index, 0, [europol(index)]);
      workers[0]?.add(3, 1, [europol(3, ', again')]);
      for (const worker of workers) spool.adopt(worker.handOver());
      const current = (index: number, making: number) => making === (index === 3 ? 1 : 0);
      const [fromEuropol = [], fromDrugs = []] = [...spool.groups(current)];
      expect(fromEuropol.map(({ text }) => text)).toEqual(['europol 0', 'europol 1', 'europol 2', 'europol 4', 'europol 3, again']);
      expect(fromDrugs.map(({ text }) => text)).toEqual(['drugs 0', 'drugs 2', 'drugs 4']);
    } finally {
      for (const worker of workers) worker.close();
      spool.close();
    }
  });
});
