import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome 14470/25 of 18 and 19 November 2025 (tests/fixtures/outcome-languages/outcomes.json, the register's
 * shape of 2025) in Polish, Czech and Slovak, whose second and third items are titled as the register titles Council
 * and Commission papers, the body's name in the genitive inside the title before a preposition in small letters
 * (`Projekt konkluzji Rady w sprawie …`, `Návrh závěrů Rady o …`, `Sprawozdanie Komisji w sprawie …`), each over the
 * committee's decision (`Komitet zatwierdził …`, `Výbor schválil …`). Run into one line, the title goes on past the name
 * to the clause the committee opens: each item keeps its whole title and its decision. Written by hand.
 */
const CASES: Record<string, { items: string[]; sentences: string[]; decisions: [string | null, string, string][] }> = {
  pl: {
    items: [
      'Przyjęcie porządku obrad',
      'Projekt konkluzji Rady w sprawie zwalczania handlu narkotykami',
      'Sprawozdanie Komisji w sprawie strategii bezpieczeństwa',
    ],
    sentences: [
      'Porządek obrad przyjęto w brzmieniu z dokumentu CM 5123/25.',
      'Komitet zatwierdził projekt konkluzji zawarty w dokumencie 13802/25.',
      'Komitet przyjął do wiadomości sprawozdanie zawarte w dokumencie 9001/25.',
    ],
    decisions: [
      [null, 'adopted', 'porządek obrad w brzmieniu z dokumentu CM 5123/25'],
      ['COSI', 'approved', 'projekt konkluzji zawarty w dokumencie 13802/25'],
      ['COSI', 'took-note', 'sprawozdanie zawarte w dokumencie 9001/25'],
    ],
  },
  cs: {
    items: ['Schválení pořadu jednání', 'Návrh závěrů Rady o boji proti obchodu s drogami', 'Zpráva Komise o provádění strategie'],
    sentences: [
      'Pořad jednání byl schválen ve znění dokumentu CM 5123/25.',
      'Výbor schválil návrh závěrů uvedený v dokumentu 13802/25.',
      'Výbor vzal na vědomí zprávu uvedenou v dokumentu 9001/25.',
    ],
    decisions: [
      [null, 'adopted', 'pořad jednání ve znění dokumentu CM 5123/25'],
      ['COSI', 'approved', 'návrh závěrů uvedený v dokumentu 13802/25'],
      ['COSI', 'took-note', 'zprávu uvedenou v dokumentu 9001/25'],
    ],
  },
  sk: {
    items: ['Schválenie programu', 'Návrh záverov Rady o boji proti obchodovaniu s drogami', 'Správa Komisie o vykonávaní stratégie'],
    sentences: [
      'Program bol schválený v znení dokumentu CM 5123/25.',
      'Výbor schválil návrh záverov uvedený v dokumente 13802/25.',
      'Výbor vzal na vedomie správu uvedenú v dokumente 9001/25.',
    ],
    decisions: [
      [null, 'adopted', 'program v znení dokumentu CM 5123/25'],
      ['COSI', 'approved', 'návrh záverov uvedený v dokumente 13802/25'],
      ['COSI', 'took-note', 'správu uvedenú v dokumente 9001/25'],
    ],
  },
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each(Object.entries(CASES))(
  'the outcome 14470/25 in %s whose titles name the Council or the Commission in the genitive',
  (language, { items, sentences, decisions }) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    it.each(SHAPES)('reads each whole title and its decision (%s)', (shape) => {
      const record = expectOk(
        parseDocument(outcomePage({ ...outcome, items }, language, shape, { foot: [], sentences }), `content/sources/genitive-${language}.txt`),
      );
      expect(record.items.map((item) => item.title)).toEqual(items);
      expect(record.items.map((item) => item.decisions.map(({ by, verb, object }) => [by, verb, object]))).toEqual(decisions.map((decision) => [decision]));
    });
  },
);
