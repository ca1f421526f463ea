import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseTrie, type Phrase } from '../../../src/shared/phrase-trie.ts';

/** A small vocabulary with the shapes of the actor and topic tables: shared beginnings, prefixes, spaces, hyphens, quotes. */
const PHRASES: readonly Phrase<string>[] = [
  { text: 'terroris', value: 'terror', prefix: true },
  { text: 'counter-terroris', value: 'counter', prefix: true },
  { text: 'terrorism financing', value: 'finance' },
  { text: 'of drugs', value: 'drugs' },
  { text: 'EC3', value: 'ec3' },
  { text: 'Cyprus', value: 'cyprus' },
  { text: 'Cyprus Presidency', value: 'presidency' },
  { text: "Russia's war", value: 'war' },
  { text: 'Russia’s war', value: 'war' },
  { text: 'sk', value: 'sk' },
];

/** The regular expression a phrase stands for: what the trie must find, and nothing else. */
function phraseSource(phrase: Phrase<string>): string {
  const literal = phrase.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?<![\\p{L}\\p{N}])${literal}${phrase.prefix === true ? '' : '(?![\\p{L}\\p{N}])'}`;
}

/** Texts made of the phrases' pieces, their case changed, and characters that test word boundaries and case folding. */
const texts = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PHRASES.map((phrase) => phrase.text)),
      fc.constantFrom(...PHRASES.map((phrase) => phrase.text.toUpperCase())),
      fc.constantFrom('terror', 'ism', 'Cyp', 'rus', ' ', '-', "'", '’', 'x', '7', 'é', 'ß', '\u212a', '\u017f', '\u{1d400}', '\ud835', '.', 'Presidency'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('PhraseTrie', () => {
  it('finds, case-insensitively, every place each phrase occurs, exactly where its Unicode regular expression with the flags iu does', () => {
    const trie = new PhraseTrie(PHRASES, { ignoreCase: true });
    fc.assert(
      fc.property(texts, (text) => {
        const found: string[] = [];
        trie.each(text, (start, value) => found.push(`${start} ${value}`));
        const expected = PHRASES.flatMap((phrase) =>
          [...text.matchAll(new RegExp(`(?=${phraseSource(phrase)})`, 'giu'))].map((match) => ({ start: match.index, value: phrase.value })),
        );
        expect(found.sort()).toEqual(expected.map(({ start, value }) => `${start} ${value}`).sort());
      }),
      { numRuns: 2000 },
    );
  });

  it('finds, with case, the matches one global alternation of the phrases, longest first, finds', () => {
    const whole = PHRASES.filter((phrase) => phrase.prefix !== true);
    const trie = new PhraseTrie(whole);
    const alternation = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${[...whole]
        .sort((a, b) => b.text.length - a.text.length)
        .map((phrase) => phrase.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    fc.assert(
      fc.property(texts, (text) => {
        const found = trie.leftmostLongest(text).map((match) => [match.start, text.slice(match.start, match.end)]);
        expect(found).toEqual([...text.matchAll(alternation)].map((match) => [match.index, match[0]]));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the Cyprus Presidency as one phrase, not the state, and a Kelvin sign as a k when case does not count', () => {
    expect(new PhraseTrie(PHRASES).leftmostLongest('the Cyprus Presidency').map((match) => match.value)).toEqual(['presidency']);
    const found: string[] = [];
    new PhraseTrie(PHRASES, { ignoreCase: true }).each('a S\u212a b', (_, value) => found.push(value));
    expect(found).toEqual(['sk']);
  });

  it('refuses a case-insensitive phrase with a letter outside ASCII, whose case it could not fold', () => {
    expect(() => new PhraseTrie([{ text: 'Ελλάδα', value: 'gr' }], { ignoreCase: true })).toThrow(/ASCII letters only/);
  });
});
