import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords } from 'diff';
import { changedPassages, fewestEdits, wordChanges, wordDiff, type DiffPart } from '../../../src/lib/word-diff.ts';
import { versionText, type VersionDocument } from '../../../src/lib/version-text.ts';
import { consecutiveVersions } from '../../../src/lib/word-diff-versions.ts';
import { versionRank } from '../../../src/shared/version-rank.ts';

const fixture = (name: string) => versionText(JSON.parse(readFileSync(`tests/fixtures/versions/${name}`, 'utf8')) as VersionDocument, []);
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
const withoutSpacing = (text: string) => text.replace(/\s+/g, '');
/** One version rebuilt from the diff: every part but those only the other version has. */
const version = (parts: readonly DiffPart[], which: 'old' | 'new') =>
  parts
    .filter((part) => part.op !== (which === 'old' ? 'insert' : 'delete'))
    .map((part) => part.text)
    .join('');
const changes = (parts: readonly DiffPart[]) =>
  parts.filter((part) => part.op !== 'equal').map((part) => `${part.op === 'delete' ? '-' : '+'}${part.text.trim()}`);
const changedCharacters = (parts: readonly DiffPart[]) => parts.filter((part) => part.op !== 'equal').reduce((sum, part) => sum + part.text.trim().length, 0);

/** Replaces the one occurrence of a word in a text; fails when the word is not there exactly once. */
function replaceOnce(text: string, word: string, by: string): string {
  expect(text.split(word).length - 1, word).toBe(1);
  return text.replace(word, by);
}

describe('wordDiff on the two versions of the fixture note', () => {
  const parts = wordDiff(fixture('init.json'), fixture('rev-1.json'));

  it('finds exactly the changes the revision made, word by word and mark by mark', () => {
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
  });

  it('counts seven changed passages, a replacement being one (the new number is two: 1/ and REV 1)', () => {
    expect(changedPassages(parts)).toBe(7);
  });

  it('rebuilds the new version word for word, and every character but spacing of the old one, from its side of the diff', () => {
    expect(words(version(parts, 'new'))).toEqual(words(fixture('rev-1.json')));
    // Equal runs carry the new version's spacing: `14472/` `25 ` `.` of the old version reads `14472/25 .`.
    expect(withoutSpacing(version(parts, 'old'))).toBe(withoutSpacing(fixture('init.json')));
  });
});

describe('wordDiff on a long document', () => {
  // The seed report 6543/25 (5,711 words): its revision changes one word in the opening paragraph and one at the end.
  const before = readFileSync('content/sources/001_a69fd2a43e7584cc.txt', 'utf8');
  const after = replaceOnce(replaceOnce(before, 'establishing', 'creating'), 'suffered', 'endured');
  const parts = wordDiff(before, after);

  it('marks the two changed words and nothing else', () => {
    expect(changes(parts)).toEqual(['-establishing', '+creating', '-suffered', '+endured']);
    expect(changedPassages(parts)).toBe(2);
    expect(changedCharacters(parts)).toBe('establishingcreatingsufferedendured'.length);
  });

  it('rebuilds both versions from its sides', () => {
    expect(version(parts, 'old')).toBe(before);
    expect(words(version(parts, 'new'))).toEqual(words(after));
  });
});

describe('wordDiff', () => {
  it('returns one equal part for texts that differ only in spacing', () => {
    const parts = wordDiff('a  b\nc', 'a b c');
    expect(parts.map((part) => part.op)).toEqual(['equal']);
    expect(words(parts[0]?.text ?? '')).toEqual(['a', 'b', 'c']);
  });

  it('rebuilds both texts from any pair of word lists', () => {
    const text = fc.array(fc.constantFrom('COSI', 'Europol', 'agreed', 'REV', '1', 'the', 'of'), { maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        return words(version(parts, 'new')).join(' ') === words(after).join(' ') && words(version(parts, 'old')).join(' ') === words(before).join(' ');
      }),
    );
  });

  it('keeps a minimal diff: the deleted and inserted words are the ones outside a longest common subsequence', () => {
    const parts = wordDiff('a b c d e', 'a x c d y e');
    expect(changes(parts)).toEqual(['-b', '+x', '+y']);
  });

  it('shows two unrelated texts as the one deleted and the other inserted, without looking for a word in common', () => {
    const unrelated = (prefix: string) => Array.from({ length: 6_000 }, (_, index) => `${prefix}${index}`).join(' ');
    expect(changes(wordDiff(unrelated('a'), unrelated('b')))).toEqual([`-${unrelated('a')}`, `+${unrelated('b')}`]);
  });
});
describe('fewestEdits', () => {
  const token = fc.constantFrom(
    'COSI',
    'Europol',
    'agreed',
    'Sûreté',
    'Łódź',
    'ŝ',
    '×',
    '÷',
    ',',
    '.',
    '(',
    ')',
    '–',
    '1',
    '24',
    'REV',
    '\u00ad',
    '\u02d8',
    'ǅ',
    '日本',
  );
  const spacing = fc.constantFrom(' ', '  ', '\n', '\t', '');
  const text = fc.array(fc.tuple(token, spacing), { maxLength: 40 }).map((parts) => parts.map(([word, space]) => `${word}${space}`).join(''));
  /** The words and marks a diff deletes and inserts, counted as diffWords splits them. */
  const edits = (before: string, after: string) =>
    (diffWords(before, after) ?? []).filter((change) => change.added || change.removed).reduce((sum, change) => sum + change.count, 0);

  it('counts the edits of the shortest diff that diffWords makes', () => {
    fc.assert(fc.property(text, text, (before, after) => fewestEdits(before, after) === edits(before, after)));
  });

  it('with a bound, counts the edits as without one up to the bound, and one past the bound above it', () => {
    fc.assert(
      fc.property(text, text, fc.nat({ max: 80 }), (before, after, bound) => fewestEdits(before, after, bound) === Math.min(edits(before, after), bound + 1)),
    );
  });

  it('tells texts whose words differ in number apart by counting them, and texts of the same words in another order by the search', () => {
    const words = Array.from({ length: 600 }, (_, index) => `w${index}`);
    // Half the words of each are not in the other at all: at least 600 edits by their counts alone.
    expect(fewestEdits(words.join(' '), [...words.slice(300), ...words.map((word) => `${word}x`).slice(0, 300)].join(' '), 500)).toBe(501);
    // The same 600 words reversed: no count differs, yet only one word can stay, so 1,198 edits.
    expect(fewestEdits(words.join(' '), [...words].reverse().join(' '), 2_000)).toBe(1_198);
  });

  it('counts the words and marks outside a longest common subsequence: two of five kept in each text, six edits', () => {
    // In common, in order: COSI then agreed, or COSI then noted; never three, as the texts order agreed and noted apart.
    expect(fewestEdits('COSI agreed, COSI noted', 'COSI noted the agreed text')).toBe(6);
  });

  it('stops one past its bound when the texts need more edits', () => {
    const unrelated = (prefix: string) => Array.from({ length: 800 }, (_, index) => `${prefix}${index % 50}`).join(' ');
    expect(fewestEdits(unrelated('a'), unrelated('b'), 1_000)).toBe(1_001);
    expect(fewestEdits(unrelated('a'), unrelated('b'))).toBe(1_600);
    expect(fewestEdits(unrelated('a'), `${unrelated('a')} extra.`, 1_000)).toBe(2);
  });

  it('leaves the diff of texts near the bound of a thousand edits as diffWords makes it', () => {
    const base = Array.from({ length: 700 }, (_, index) => `w${index % 97}`);
    for (const replaced of [480, 499, 500, 501, 520]) {
      const before = base.join(' ');
      const after = base.map((word, index) => (index < replaced ? `x${index}` : word)).join(' ');
      const direct = diffWords(before, after, { maxEditLength: 1_000 });
      const expected =
        direct === undefined
          ? [`-${before}`, `+${after}`]
          : changes(direct.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value })));
      expect(changes(wordDiff(before, after)), `${replaced} words replaced`).toEqual(expected);
    }
  });
});

describe('wordChanges', () => {
  // Few kinds of token, so that texts share many in many orders (ties between deleting and inserting, paths pruned at
  // the edges), and spacing of every kind around them, which jsdiff's clean-up moves between the changes.
  const token = fc.constantFrom('COSI', 'Europol', 'agreed', 'Łódź', ',', '.', '(', '–', '1', 'REV', '\u00ad', '日本');
  const spacing = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', '');
  const text = fc
    .tuple(spacing, fc.array(fc.tuple(token, spacing), { maxLength: 60 }))
    .map(([lead, parts]) => `${lead}${parts.map(([word, space]) => `${word}${space}`).join('')}`);

  it('gives diffWords’ changes, change for change and character for character, or undefined where it does', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 130 }), (before, after, maxEditLength) => {
        expect(wordChanges(before, after, maxEditLength)).toEqual(diffWords(before, after, { maxEditLength }));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives diffWords’ changes for two versions of the seed report a few hundred words apart', () => {
    const before = readFileSync('content/sources/001_a69fd2a43e7584cc.txt', 'utf8');
    const words = before.split(' ');
    // Every seventh word of the first 2,800 changed: about 400 replaced, 800 edits.
    const after = words.map((word, index) => (index < 2_800 && index % 7 === 3 ? `${word}s` : word)).join(' ');
    const expected = diffWords(before, after, { maxEditLength: 1_000 });
    expect(expected?.filter((change) => change.added || change.removed).length).toBeGreaterThan(700);
    expect(wordChanges(before, after, 1_000)).toEqual(expected);
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
});
