import { describe, expect, it } from 'vitest';
import { CorpusCollector } from '../../../../scripts/ingest/run/corpus-collector.ts';
import type { TakenReport } from '../../../../scripts/ingest/run/corpus-collector.ts';

/** The report of a note (no meeting) that made `paths`: those of packed collections (`items/`) as entries spooled, the others as files written. */
function note(index: number, number: string, slug: string, paths: string[]): TakenReport {
  const packed = paths.filter((path) => path.startsWith('items/'));
  return {
    index,
    status: 'ok',
    key: { date: '2025-01-01', number, language: 'en', hash: `text of s${index}`, source: `s${index}.txt`, meeting: null, decisions: [] },
    document: { slug, number },
    warnings: index === 0 ? [{ line: 3, message: 'a warning' }] : [],
    bytes: 100 + index,
    paths,
    differing: paths.filter((path) => !packed.includes(path)),
    packed: packed.map((path) => ({
      collection: 'items',
      id: path.slice('items/'.length, -'.json'.length),
      file: `s${index}`,
      offset: 0,
      bytes: 10,
      chars: 10,
    })),
    corpus: { self: { id: number, type: 'council', url: 'https://example.org/' }, references: [], citations: [], mentions: [], meeting: null },
  };
}

describe('CorpusCollector', () => {
  it('turns two documents that would write one file into errors naming both, keeps the others, and never throws', () => {
    const collector = new CorpusCollector();
    collector.take(note(0, '1/25', '1-25', ['documents/1-25.md', 'items/own.json']), 's0.txt');
    collector.take(note(1, '2/25', '2-25', ['documents/2-25.md', 'items/shared.json']), 's1.txt');
    collector.take(note(2, '3/25', '3-25', ['documents/3-25.md', 'items/shared.json']), 's2.txt');
    const message = 'two documents would be written to content/items/shared.json: s1.txt, s2.txt';
    expect(collector.errors()).toEqual([
      { file: 's1.txt', line: 0, message },
      { file: 's2.txt', line: 0, message },
    ]);
    expect(collector.paths()).toEqual(['documents/1-25.md']);
    expect([...collector.packedEntries()]).toEqual([{ collection: 'items', id: 'own', file: 's0', offset: 0, bytes: 10, chars: 10 }]);
    expect(collector.leftOutFiles()).toEqual(['documents/2-25.md', 'documents/3-25.md']);
    expect(collector.verdicts().get(0)).toEqual({
      status: 'ok',
      bytes: 100,
      document: { slug: '1-25', number: '1/25' },
      warnings: [{ line: 3, message: 'a warning' }],
      error: null,
    });
    expect(collector.verdicts().get(2)).toMatchObject({ status: 'error', bytes: 102, document: null, warnings: [] });
  });

  it('rejects every source of one document page, even when their numbers are written differently', () => {
    const collector = new CorpusCollector();
    collector.take(note(0, '1/25', '1-25', ['documents/1-25.md']), 's0.txt');
    collector.take(note(1, 'ST 1/25', '1-25', ['documents/1-25.md']), 's1.txt');
    expect(collector.errors().map(({ message }) => message)).toEqual([
      'document numbers 1/25 and ST 1/25 would share one page (/documents/1-25/): s0.txt, s1.txt',
      'document numbers 1/25 and ST 1/25 would share one page (/documents/1-25/): s0.txt, s1.txt',
    ]);
    expect(collector.corpusParts()).toEqual([]);
  });

  it('drops a document that fails when made again, as an error, instead of stopping', () => {
    const collector = new CorpusCollector();
    collector.take(note(0, '1/25', '1-25', ['documents/1-25.md']), 's0.txt');
    collector.replace({ index: 0, status: 'error', error: { file: 's0.txt', line: 0, message: 'made again, it failed' }, bytes: 100 });
    expect(collector.errors()).toEqual([{ file: 's0.txt', line: 0, message: 'made again, it failed' }]);
    expect(collector.isCurrent(0, 1)).toBe(false);
    expect(() => collector.take({ index: 1, status: 'fatal', message: 'disk full' }, 's1.txt')).toThrow('disk full');
  });
});
