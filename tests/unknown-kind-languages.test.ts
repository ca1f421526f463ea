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

describe('an outcome under a kind line the vocabulary does not know', () => {
  const shapes = ['labelled rows', 'layout', 'labels first', 'flattened'] as const;
  for (const [language, outcome] of Object.entries(outcomes))
    it(`${language}: is read as the outcome its shape says, its items and their decisions, with a warning naming the line`, () => {
      for (const shape of shapes) {
        const record = expectOk(parseDocument(outcomePage({ ...outcome, kind: 'ZZZ QQQ' }, language, shape, { foot: [] }), 'x.txt'));
        expect(
          {
            kind: record.kind,
            printed: record.printed?.kind,
            meeting: record.meeting?.dates,
            items: record.items.map((item) => [item.number, item.title, item.decisions.length > 0]),
            warned: record.warnings.some((warning) => warning.message.includes('"ZZZ QQQ"') && warning.message.includes('outcome of proceedings')),
          },
          shape,
        ).toEqual({
          kind: 'outcome-of-proceedings',
          printed: 'ZZZ QQQ',
          meeting: ['2025-11-18', '2025-11-19'],
          items: outcome.items.map((title, index) => [String(index + 1), title, true]),
          warned: true,
        });
      }
    });
});

describe('a note under a kind line the vocabulary does not know', () => {
  it('keeps its numbered paragraphs as its text, no items, with a warning naming the line', () => {
    const text = [
      'Council of the European Union',
      'Brussels, 10 November 2025',
      '(OR. en)',
      '14501/25',
      'LIMITE',
      'COSI 181',
      '',
      'ZZZ QQQ',
      '',
      'From: Presidency',
      'To: Standing Committee on Operational Cooperation on Internal Security (COSI)',
      'Subject: Preparation of the COSI meeting on 18 November 2025',
      '',
      '1. The Presidency has prepared the discussion on the fight against organised crime set out below.',
      '',
      '2. COSI is invited to discuss the questions in the annex at its meeting on 18 November 2025.',
      '',
    ].join('\n');
    const record = expectOk(parseDocument(text, 'x.txt'));
    expect({
      kind: record.kind,
      items: record.items.length,
      warnings: record.warnings.map((warning) => warning.message).filter((message) => message.includes('ZZZ QQQ')),
    }).toEqual({
      kind: 'zzz-qqq',
      items: 0,
      warnings: ['the kind line "ZZZ QQQ" is none the parser knows: the body was read as sections, as a note’s (its shape names no kind)'],
    });
  });
});
