import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { diffMadeAhead, startDiffsAhead, stopDiffsAhead } from '../../../src/lib/word-diff-ahead.ts';
import { diffOf, wordDiff, type DiffPart } from '../../../src/lib/word-diff.ts';
import { versionText, type VersionDocument } from '../../../src/lib/version-text.ts';

const THREAD = new URL('../../../src/lib/word-diff-thread.ts', import.meta.url);
const fixture = (name: string) => versionText(JSON.parse(readFileSync(`tests/fixtures/versions/${name}`, 'utf8')) as VersionDocument, []);
const changes = (parts: readonly DiffPart[] | undefined) =>
  (parts ?? []).filter((part) => part.op !== 'equal').map((part) => `${part.op === 'delete' ? '-' : '+'}${part.text.trim()}`);

// The invented note 4711/25 and its REV 1 (tests/fixtures/versions/README.md), and the seed report 6543/25 with one
// word of its opening paragraph and one at its end changed.
const init = fixture('init.json');
const rev1 = fixture('rev-1.json');
const report = readFileSync('content/sources/001_a69fd2a43e7584cc.txt', 'utf8');
const reportRevised = report.replace('establishing', 'creating').replace('suffered', 'endured');

afterEach(() => stopDiffsAhead());

describe('word diffs made ahead on their thread', () => {
  it('gives each pair the thread was given the diff wordDiff makes, in any order the pages ask', () => {
    expect(
      startDiffsAhead(THREAD, [
        [init, rev1],
        [report, reportRevised],
        [rev1, init],
      ]),
    ).toBe(true);
    const reportParts = diffMadeAhead(report, reportRevised);
    expect(changes(reportParts)).toEqual(['-establishing', '+creating', '-suffered', '+endured']);
    expect(reportParts).toEqual(diffOf(report, reportRevised));
    const parts = diffMadeAhead(init, rev1);
    expect(changes(parts)).toEqual([
      '+1/',
      '+REV 1',
      '+, Eurojust',
      '-June',
      '+April',
      '-The COSI Support Group will prepare the discussion.',
      '-Question',
      '+Questions',
      '+revised',
    ]);
    expect(parts).toEqual(diffOf(init, rev1));
    // The same two texts the other way round are another pair: the REV 1's additions deleted, a replacement's deletion first.
    expect(changes(diffMadeAhead(rev1, init))).toEqual([
      '-1/',
      '-REV 1',
      '-, Eurojust',
      '-April',
      '+June',
      '+The COSI Support Group will prepare the discussion.',
      '-Questions',
      '+Question',
      '-revised',
    ]);
  });

  it('gives nothing for a pair it was not given, nor twice for one (wordDiff keeps the diff it took)', () => {
    startDiffsAhead(THREAD, [
      [init, rev1],
      [init, rev1],
    ]);
    expect(diffMadeAhead(init, report)).toBeUndefined();
    expect(diffMadeAhead(init, rev1)).toEqual(diffOf(init, rev1));
    expect(diffMadeAhead(init, rev1)).toBeUndefined();
  });

  it('is taken by wordDiff', () => {
    const before = `${init} Annex`;
    startDiffsAhead(THREAD, [[before, rev1]]);
    expect(changes(wordDiff(before, rev1))).toEqual(changes(diffOf(before, rev1)));
    // wordDiff took it: the thread's diff is no longer there to take.
    expect(diffMadeAhead(before, rev1)).toBeUndefined();
  });

  it('gives nothing for a pair the thread could not diff, which the page then diffs itself', () => {
    const notText = { length: 1 } as unknown as string;
    startDiffsAhead(THREAD, [
      [notText, init],
      [init, rev1],
    ]);
    expect(diffMadeAhead(notText, init)).toBeUndefined();
    expect(diffMadeAhead(init, rev1)).toEqual(diffOf(init, rev1));
  });

  it('gives nothing once let go, and starts no thread without pairs', () => {
    startDiffsAhead(THREAD, [[init, rev1]]);
    stopDiffsAhead();
    expect(diffMadeAhead(init, rev1)).toBeUndefined();
    expect(startDiffsAhead(THREAD, [])).toBe(false);
  });
});
