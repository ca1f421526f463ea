import { describe, expect, it } from 'vitest';
import { refusedNames } from '../../../../scripts/ingest/run/source-names.ts';

/** The refusals of a list of source paths, as `[path, message]` in source order. */
function refusals(paths: readonly string[]): [string, string][] {
  const refused = refusedNames(paths.map((source) => ({ source })));
  return [...refused].sort(([a], [b]) => a - b).map(([index, error]) => [paths[index] ?? '', error.message]);
}

describe('refusedNames', () => {
  it('refuses both of two names that differ only in Unicode normalisation, naming both, the decomposed one escaped', () => {
    const nfc = 'content/sources/collide-\u00e9.txt';
    const nfd = 'content/sources/collide-e\u0301.txt';
    const message =
      'content/sources/collide-\u00e9.txt, content/sources/collide-e\\u0301.txt would be served at one address (/sources/collide-%C3%A9.txt): their names differ only in how accented letters are encoded (Unicode NFC and NFD); rename all but one';
    expect(refusals([nfc, 'content/sources/other.txt', nfd])).toEqual([
      [nfc, message],
      [nfd, message],
    ]);
  });

  it('refuses names that differ only in case, and names that a sources folder without that name would serve at one address', () => {
    expect(refusals(['content/sources/Note.txt', 'content/sources/NOTE.txt']).map(([, message]) => message)).toEqual([
      'content/sources/Note.txt, content/sources/NOTE.txt would be served at one address (/sources/Note.txt): their names differ only in upper and lower case; rename all but one',
      'content/sources/Note.txt, content/sources/NOTE.txt would be served at one address (/sources/Note.txt): their names differ only in upper and lower case; rename all but one',
    ]);
    // Outside a folder named "sources" only the file name is served.
    expect(refusals(['/tmp/in/a/x.txt', '/tmp/in/b/x.txt'])[0]?.[1]).toBe(
      '/tmp/in/a/x.txt, /tmp/in/b/x.txt would be served at one address (/sources/x.txt): their names lead to the same address; rename all but one',
    );
  });

  it('refuses a name holding "#", "?", "%", a backslash, a line feed, a control character, U+FFFD or a noncharacter, saying which', () => {
    const cases = [
      ['content/sources/hash#1.txt', '"#" (a web address ends its path there)'],
      ['content/sources/what?.txt', '"?" (a web address starts its query there)'],
      ['content/sources/dot%2e.txt', '"%" (a web address reads "%2e", "%41" … as escaped characters)'],
      ['content/sources/escape%41.txt', '"%" (a web address reads "%2e", "%41" … as escaped characters)'],
      ['content/sources/back\\slash.txt', 'a backslash (a folder separator to Windows and some servers)'],
      ['content/sources/line\nfeed.txt', 'a line break or another control character'],
      ['content/sources/bell\u0007.txt', 'a line break or another control character'],
      ['content/sources/next\u0085line.txt', 'a line break or another control character'],
      ['content/sources/para\u2029graph.txt', 'a line break or another control character'],
      ['content/sources/latin-1 caf\uFFFD.txt', 'bytes that are not UTF-8'],
      ['content/sources/non\uFFFEcharacter.txt', 'a Unicode noncharacter (U+FFFE, U+FFFF)'],
      ['content/sources/a#b/inside a folder.txt', '"#" (a web address ends its path there)'],
    ] as const;
    for (const [path, why] of cases) {
      expect(refusals([path]), path).toEqual([[path, `the file name holds ${why}, so the site cannot serve it; rename the file`]]);
    }
    expect(refusedNames([{ source: 'content/sources/line\nfeed.txt' }]).get(0)?.file).toBe('content/sources/line\\u000Afeed.txt');
    expect(refusals(['content/sources/#%.txt'])[0]?.[1]).toMatch(/^the file name holds "#" .* and "%" /);
  });

  it('accepts names that are unusual but servable, and what lies outside the sources folder', () => {
    const paths = [
      'content/sources/a file with spaces.txt',
      "content/sources/Re\u0301sume\u0301 – note (draft) [v2] & co + 1;=@!~$'.txt",
      'content/sources/sub dir ✓/Ünïcödé – 文書 ✓.md',
      'content/sources/2024/x.txt',
      'content/sources/2025/x.txt',
      'tmp/odd#folder/sources/y.pdf',
    ];
    expect(refusals(paths)).toEqual([]);
  });
});
