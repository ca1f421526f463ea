import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyHint, asciiHints, hintTrie, onAscii } from '../../../../../scripts/ingest/parse/decisions/decision-hints.ts';
import { LANGUAGES } from '../../../../../scripts/ingest/parse/decisions/decision-languages.ts';

const HINTS = LANGUAGES.map((language) => language.hint);
const ANY = anyHint(HINTS);

/** Whether one of the hints matches, as the parser asked before the hints were one pattern. */
function someHint(hints: readonly RegExp[], text: string): boolean {
  return hints.some((hint) => hint.test(text));
}

/** Sentences in English and in the other versions (written by hand), and near misses: a hint's word inside another word. */
const TEXTS = [
  'The Committee took note of the report and approved the draft conclusions.',
  'Delegations welcomed the initiative; the item was postponed to the group of experts.',
  'Le Comité a pris note du rapport.',
  'Der Ausschuss nahm den Bericht zur Kenntnis.',
  'El Comité tomó nota del informe.',
  'Il Comitato ha preso atto della relazione.',
  'Het Comité nam nota van het verslag.',
  'O Comité tomou nota do relatório.',
  'KOMITET PRZYJĄŁ DO WIADOMOŚCI SPRAWOZDANIE.',
  'Комитетът взе под внимание доклада.',
  'Výbor vzal na vědomí zprávu.',
  'Odbor se je seznanil s poročilom.',
  'Dnevni red donesen je.',
  'Dnevni red nedonesen je u cijelosti.',
  'Comitetul a luat act de raport.',
  'Η Επιτροπή σημείωσε την έκθεση.',
  'A bizottság tudomásul vette a jelentést.',
  'Komitéen tog orienteringen til efterretning.',
  'Kommittén noterade rapporten.',
  'Komitea pani merkille raportin.',
  'Komitee võttis aruande teadmiseks.',
  'Komiteja pieņēma zināšanai ziņojumu.',
  'Komitetas atsižvelgė į ataskaitą.',
  'Il-Kumitat ħa nota tar-rapport.',
  "D'fhormheas an Coiste an tuarascáil.",
  'Thug an Coiste dá aire an tuarascáil.',
  'atog, blevet, ertog, tuki2, je\u00a0su',
  'xtog ytuki zje',
];

describe('anyHint', () => {
  it('matches the sentences of every version and no English one, as the hints one by one do', () => {
    for (const text of TEXTS) expect(ANY.test(text), text).toBe(someHint(HINTS, text));
    expect(ANY.test(TEXTS[0] ?? '')).toBe(false);
    expect(ANY.test(TEXTS[1] ?? '')).toBe(false);
  });

  it('matches exactly the texts some hint matches, over texts made of the hints’ own words', () => {
    // the words each hint is written with, cut and joined with letters, spaces and signs of every script
    const words = [...new Set(HINTS.flatMap((hint) => hint.source.match(/[\p{L}'’-]+/gu) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.slice(1)),
      fc.constantFrom(...words).map((word) => word.toUpperCase()),
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ',', '.', '-', "'", 'a', 'x', 'é', 'ó', 'è', 'ж', 'λ', '2', 'se ', 'je ', 'su '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(ANY.test(text)).toBe(someHint(HINTS, text));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the alternatives a hint has beside its word start, and each hint’s own case', () => {
    const hints = [/(?<![\p{L}])(?:je|su)\s|(?:donesen)\s+je/u, /(?<![\p{L}])tog(?![\p{L}])/u, /przyj/iu];
    const any = anyHint(hints);
    for (const text of ['nedonesen je', 'je ', 'sije ', 'tog', 'atog', 'TOG', 'PRZYJĘTO', 'Przyj', 'prz yj'])
      expect(any.test(text), text).toBe(someHint(hints, text));
    expect(any.test('nedonesen je')).toBe(true);
    expect(any.test('TOG')).toBe(false);
    expect(any.test('PRZYJĘTO')).toBe(true);
  });

  it('refuses a hint whose test would depend on the last one', () => {
    expect(() => anyHint([/tog/gu])).toThrow(/flags/);
  });

  it('matches nothing without hints', () => {
    expect(anyHint([]).test('anything')).toBe(false);
  });
});

describe('asciiHints', () => {
  // as decision-languages.ts asks a text of ASCII characters only
  const ASCII = onAscii(anyHint(asciiHints(HINTS)));

  it('matches a text of ASCII characters only exactly when one of the hints does, over texts made of the hints’ words', () => {
    // the hints' words with the letters outside ASCII left out or replaced, so that the rest of each word is tried
    const words = [...new Set(HINTS.flatMap((hint) => hint.source.match(/[\p{L}'’-]+/gu) ?? []))];
    const ascii = (word: string): string => word.normalize('NFD').replace(/[^\u0000-\u007f]/gu, '');
    const piece = fc.oneof(
      fc.constantFrom(...words).map(ascii),
      fc.constantFrom(...words).map((word) => ascii(word).slice(1)),
      fc.constantFrom(...words).map((word) => ascii(word).toUpperCase()),
      fc.constantFrom(...words).map((word) => word.replace(/[^\u0000-\u007f]/gu, 'e')),
      fc.constantFrom(' ', '  ', '\n', '\t', ',', '.', '-', "'", 'a', 'x', 's', 'k', '2', 'se ', 'je ', 'su ', 'ha ', 'a '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(ASCII.test(text), text).toBe(someHint(HINTS, text));
        expect(ASCII.test(text), text).toBe(ANY.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of TEXTS.filter((sentence) => /^[\u0000-\u007f]*$/u.test(sentence))) expect(ASCII.test(text), text).toBe(someHint(HINTS, text));
  });

  it('leaves out only alternatives that need a letter outside ASCII, in groups too', () => {
    const hints = [/é|soutenu|a(?:è|b)c|(?:x|ö)?y|z[éf]|q\u00e9/u, /ł|(?<![\p{L}])(?:żu|zu)/iu, /ж|λ/u, /ſ/iu, /K/iu];
    expect(asciiHints(hints).map((hint) => `${hint.source}/${hint.flags}`)).toEqual([
      'soutenu|a(?:b)c|(?:x)?y|z[éf]|q\\u00e9/u',
      '(?<![\\p{L}])(?:zu)/iu',
      // the long s and the Kelvin sign match `s` and `k` without case: kept
      'ſ/iu',
      'K/iu',
    ]);
    // compared with anyHint of all the hints: V8 folds the long s to `s` under the flag `iu`, not within `(?i:…)`
    const any = anyHint(asciiHints(hints));
    const all = anyHint(hints);
    for (const text of ['soutenu', 'abc', 'y', 'zf', 'ZU', 's', 'S', 'k', 'K', 'e', 'ac', 'xx', 'xy']) expect(any.test(text), text).toBe(all.test(text));
  });
});

describe('onAscii', () => {
  it('writes the letter and figure properties as the ASCII characters they hold, in classes and alone, and nothing else', () => {
    const pattern = /(?<![\p{L}])a\p{Lu}[^\p{N}x]\p{Ll}\\p\p{Sc}[\p{Nd}\p{L}-]/iu;
    expect(onAscii(pattern).source).toBe(String.raw`(?<![A-Za-z])a[A-Z][^0-9x][a-z]\\p\p{Sc}[0-9A-Za-z-]`);
    expect(onAscii(pattern).flags).toBe('iu');
  });

  it('matches every text of ASCII characters exactly where the pattern does, with case and without', () => {
    const patterns = [/(?<![\p{L}])ab(?![\p{L}])/u, /\p{Lu}\p{Ll}/u, /\p{Lu}\p{Ll}/iu, /[^\p{N}]\d/u, /(?<![\p{L}\p{N}_])k\p{L}?s/iu, /[^\p{Lu}]x/iu];
    const alphabet = ['a', 'b', 'B', 'k', 'K', 'S', 's', 'x', '1', ' ', '_', '-'];
    const texts = [''];
    for (let length = 0; length < 4; length++)
      for (const text of [...texts]) if (text.length === length) for (const char of alphabet) texts.push(`${text}${char}`);
    for (const pattern of patterns) {
      const ascii = onAscii(pattern);
      expect(ascii.source).not.toContain('\\p');
      for (const text of texts) expect(ascii.test(text), `${pattern.source} ${text}`).toBe(pattern.test(text));
    }
  });
});

describe('hintTrie', () => {
  const ASCII = onAscii(anyHint(asciiHints(HINTS)));
  const ANY_TRIE = hintTrie(ANY);
  const ASCII_TRIE = hintTrie(ASCII);

  it('matches exactly the texts the hints match, over texts made of the hints’ own words, in every script and in ASCII', () => {
    const words = [...new Set(HINTS.flatMap((hint) => hint.source.match(/[\p{L}'’-]+/gu) ?? []))];
    const ascii = (word: string): string => word.normalize('NFD').replace(/[^\u0000-\u007f]/gu, '');
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((word) => word.slice(1)),
      fc.constantFrom(...words).map((word) => word.toUpperCase()),
      fc.constantFrom(...words).map(ascii),
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ',', '.', '-', "'", 'a', 'i', 'x', 's', 'k', 'é', 'ж', '2', 'se ', 'je ', 'su ', 'ha ', 'a '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(ANY_TRIE.test(text), text).toBe(someHint(HINTS, text));
        if (/^[\u0000-\u007f]*$/u.test(text)) expect(ASCII_TRIE.test(text), text).toBe(someHint(HINTS, text));
      }),
      { numRuns: 5000 },
    );
    for (const text of TEXTS) expect(ANY_TRIE.test(text), text).toBe(someHint(HINTS, text));
  });

  it('gives each alternative of a group it opens with, a look-behind after the letter that follows it, each letter of a class and an optional letter both ways', () => {
    const hint = /(?<![\p{L}])(?:tog|blev)(?![\p{L}])|i?nnota|[Tt]hug|(?:ad|id)[oa]s?(?![\p{L}])/u;
    const trie = hintTrie(hint);
    expect(trie.source).toBe(
      String.raw`t(?:(?<!(?:[\p{L}])t)og(?![\p{L}])|hug)|b(?<!(?:[\p{L}])b)lev(?![\p{L}])|i(?:nnota|d[oa]s?(?![\p{L}]))|nnota|Thug|ad[oa]s?(?![\p{L}])`,
    );
    for (const text of [
      'tog',
      'atog',
      'togs',
      'a tog.',
      'blev',
      'ablev',
      'innota',
      'nnota',
      'nota',
      'Thug',
      'thug',
      'THUG',
      'ado',
      'video',
      'ados ',
      'adox',
      'id',
      '',
    ])
      expect(trie.test(text), text).toBe(hint.test(text));
    expect(trie.test('atog')).toBe(false);
    expect(trie.test('a tog.')).toBe(true);
    expect(trie.test('tornado')).toBe(true);
  });

  it('keeps whole a quantified group, a caseless group and a look-ahead, and the pattern’s flags', () => {
    const hint = /(?:ab)?c|(?i:przyj)|(?=x)xy/u;
    const trie = hintTrie(hint);
    expect(trie.flags).toBe('u');
    for (const text of ['c', 'abc', 'PRZYJ', 'Przyjęto', 'xy', 'x', 'ab']) expect(trie.test(text), text).toBe(hint.test(text));
  });

  it('refuses a pattern searched from a place or holding a back-reference', () => {
    expect(() => hintTrie(/tog/gu)).toThrow(/tested/);
    expect(() => hintTrie(/(a)\1/u)).toThrow(/back-reference/);
  });
});
