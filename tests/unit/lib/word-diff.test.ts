import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPassages, wordDiff, type DiffPart } from '../../../src/lib/word-diff.ts';
import { readableText } from '../../../src/shared/readable-text.ts';
import { consecutiveVersions, versionRank } from '../../../src/lib/word-diff-versions.ts';

const fixture = (name: string) => readableText(readFileSync(`tests/fixtures/versions/${name}`, 'utf8'));
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
const side = (parts: readonly DiffPart[], op: 'delete' | 'insert') =>
  parts
    .filter((part) => part.op !== op)
    .map((part) => part.text)
    .join('');
const changes = (parts: readonly DiffPart[]) =>
  parts.filter((part) => part.op !== 'equal').map((part) => `${part.op === 'delete' ? '-' : '+'}${part.text.trim()}`);

describe('wordDiff on the two versions of the fixture note', () => {
  const parts = wordDiff(fixture('init.md'), fixture('rev-1.md'));

  it('finds exactly the changes the revision made', () => {
    expect(changes(parts)).toEqual([
      '-14472/25.',
      '+14472/1/25 REV 1.',
      '-Europol',
      '+Europol, Eurojust',
      '-June',
      '+April',
      '-The COSI Support Group will prepare the discussion.',
      '-Question',
      '+Questions',
      '+revised',
    ]);
  });

  it('counts six changed passages, a replacement being one', () => {
    expect(changedPassages(parts)).toBe(6);
  });

  it('rebuilds each version from its side of the diff', () => {
    expect(words(side(parts, 'delete'))).toEqual(words(fixture('rev-1.md')));
    expect(words(side(parts, 'insert'))).toEqual(words(fixture('init.md')));
  });
});

describe('wordDiff', () => {
  it('returns one equal part for identical texts, ignoring spacing', () => {
    expect(wordDiff('a  b\nc', 'a b c')).toEqual([{ op: 'equal', text: 'a b c ' }]);
  });

  it('rebuilds both texts from any pair of word lists', () => {
    const text = fc.array(fc.constantFrom('COSI', 'Europol', 'agreed', 'REV', '1', 'the', 'of'), { maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        return words(side(parts, 'delete')).join(' ') === words(after).join(' ') && words(side(parts, 'insert')).join(' ') === words(before).join(' ');
      }),
    );
  });

  it('keeps a minimal diff: the deleted and inserted words are the ones outside a longest common subsequence', () => {
    const parts = wordDiff('a b c d e', 'a x c d y e');
    expect(changes(parts)).toEqual(['-b', '+x', '+y']);
  });
});

describe('versions', () => {
  it('ranks INIT before its corrigendum before REV 1 before REV 2', () => {
    expect(versionRank('14470/25')).toEqual({ rev: 0, cor: 0 });
    expect(versionRank('14470/1/25 REV 1')).toEqual({ rev: 1, cor: 0 });
    expect(versionRank('7402/24 COR 1')).toEqual({ rev: 0, cor: 1 });
    expect(consecutiveVersions(['14470/2/25 REV 2', '14470/25', '14470/1/25 REV 1', '14470/25 COR 1'])).toEqual([
      ['14470/25', '14470/25 COR 1'],
      ['14470/25 COR 1', '14470/1/25 REV 1'],
      ['14470/1/25 REV 1', '14470/2/25 REV 2'],
    ]);
    expect(consecutiveVersions(['14470/25'])).toEqual([]);
  });

  it('reads generated Markdown as a reader sees it: no heading tags, link targets, footnote marks or escapes, escaped source HTML kept', () => {
    expect(readableText('<h2 id="section-1">1. Intro</h2>\n\nSee [14470/25](/documents/14470-25/)[^1] \\*now\\* \\<h2> &lt;b> \\[^2]\n\n[^1]: A note.')).toBe(
      '1. Intro\n\nSee 14470/25 *now* <h2> <b> [^2]\n\n[1] A note.',
    );
  });
});
