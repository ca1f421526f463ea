import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A kind line the vocabulary does not know (a discussion paper, as each version names it), set in place of the kind
 * line of the outcome of tests/fixtures/outcome-languages/outcomes.json: the page run into one line gives the kind the
 * header's own lines give, and keeps no word of it as a code or an other header line.
 */
const UNKNOWN: Readonly<Record<string, string>> = {
  en: 'DISCUSSION PAPER',
  fr: 'DOCUMENT DE RÉFLEXION',
  de: 'DISKUSSIONSPAPIER',
  es: 'DOCUMENTO DE REFLEXIÓN',
  it: 'DOCUMENTO DI RIFLESSIONE',
  pt: 'DOCUMENTO DE REFLEXÃO',
  nl: 'DISCUSSIESTUK',
  pl: 'DOKUMENT DO DYSKUSJI',
  sv: 'DISKUSSIONSUNDERLAG',
  fi: 'KESKUSTELUASIAKIRJA',
  el: 'ΕΓΓΡΑΦΟ ΠΡΟΒΛΗΜΑΤΙΣΜΟΥ',
  bg: 'ДОКУМЕНТ ЗА ОБСЪЖДАНЕ',
  hu: 'VITAANYAG',
  cs: 'DISKUSNÍ DOKUMENT',
};

describe('a kind line the vocabulary does not know, on a page run into one line', () => {
  for (const [language, word] of Object.entries(UNKNOWN))
    it(`${language}: ${word}`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(`the fixture has no ${language} outcome`);
      const read = (shape: 'labelled rows' | 'flattened') =>
        expectOk(parseDocument(outcomePage({ ...outcome, kind: word }, language, shape, { foot: [] }), 'x.txt'));
      const lined = read('labelled rows');
      const flat = read('flattened');
      expect(lined.kind).not.toBe('document');
      expect({ kind: flat.kind, printed: flat.printed?.kind, codes: flat.codes, other: flat.otherHeaderLines.filter((line) => line.includes(word)) }).toEqual({
        kind: lined.kind,
        printed: word,
        codes: ['COSI 180'],
        other: [],
      });
    });
});

describe('words that qualify a known kind, on a page run into one line', () => {
  const cases: [string, string, string][] = [
    ['en', 'ISSUES NOTE', 'note'],
    ['en', 'REVISED NOTE', 'note'],
    ['de', 'GEÄNDERTER VERMERK', 'note'],
    ['fr', 'NOTE RÉVISÉE', 'note'],
  ];
  for (const [language, line, kind] of cases)
    it(`${language}: ${line}`, () => {
      const outcome = outcomes[language];
      if (outcome === undefined) throw new Error(`the fixture has no ${language} outcome`);
      const record = expectOk(parseDocument(outcomePage({ ...outcome, kind: line }, language, 'flattened', { foot: [] }), 'x.txt'));
      expect({ kind: record.kind, printed: record.printed?.kind, codes: record.codes }).toEqual({ kind, printed: line, codes: ['COSI 180'] });
    });
});
