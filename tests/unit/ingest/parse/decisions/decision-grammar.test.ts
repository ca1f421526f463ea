import { describe, expect, it } from 'vitest';
import { always, grammar, statementsOf } from '../../../../../scripts/ingest/parse/decisions/decision-grammar.ts';
import { verbAfterPassive } from '../../../../../scripts/ingest/parse/decisions/decision-passives.ts';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';

/** The decisions (by, verb, object) an item's text states. */
function decisions(text: string): string[][] {
  return findDecisions(text, 'Title').decisions.map(({ by, verb, object }) => [by ?? '', verb, object]);
}

describe('a verb-second language that puts its negation after the verb', () => {
  it('states no decision where the negation follows or splits the verb', () => {
    for (const text of [
      'Der Ausschuss stimmte dem Bericht nicht zu.',
      'Der Ausschuss billigte den Bericht nicht.',
      'Abschließend billigte der Ausschuss den Bericht nicht.',
      'Der Ausschuss nahm den Bericht nicht zur Kenntnis.',
      'Der Ausschuss billigte keinen der Vorschläge.',
      'Udvalget godkendte ikke rapporten.',
      'Udvalget godkendte aldrig rapporten.',
      'Kommittén godkände inte rapporten.',
      'Kommittén godkände ej rapporten.',
      'Het Comité keurde het verslag niet goed.',
      'Het Comité keurde geen van de voorstellen goed.',
    ])
      expect(decisions(text), text).toEqual([]);
    // a second verb negated is no decision, the first stays one
    expect(decisions('Der Ausschuss nahm den Bericht zur Kenntnis, billigte ihn aber nicht.')).toEqual([['COSI', 'took-note', 'den Bericht']]);
  });

  it('still states the decision where the negation negates no verb: "not only … but also"', () => {
    expect(decisions('Der Ausschuss billigte nicht nur den Bericht, sondern auch den Aktionsplan.')).toEqual([
      ['COSI', 'approved', 'nicht nur den Bericht, sondern auch den Aktionsplan'],
    ]);
    expect(decisions('Udvalget godkendte ikke kun rapporten, men også handlingsplanen.')).toEqual([
      ['COSI', 'approved', 'ikke kun rapporten, men også handlingsplanen'],
    ]);
    expect(decisions('Kommittén godkände rapporten.')).toEqual([['COSI', 'approved', 'rapporten']]);
    expect(decisions('Der Ausschuss billigte den Bericht.')).toEqual([['COSI', 'approved', 'den Bericht']]);
  });
});

/** A small grammar in the shape of the French one (`Le Comité a approuvé …`), its body given by the test. */
function frenchLike(body: string) {
  return grammar({
    hint: /approuvé/u,
    opening: String.raw`(?<=^|[;:,]\s{0,3}|(?<![\p{L}])(?:et|que)\s{1,3})`,
    and: 'et',
    body,
    finite: String.raw`\p{Ll}`,
    phrases: [[String.raw`a\s+approuvé`, always('approved')]],
    adverb: { before: '', after: '' },
    breaks: /[;:]/gu,
    clauseEnds: [String.raw`\s*;`],
    passive: verbAfterPassive({
      auxiliary: String.raw`a\s+été`,
      participles: [[String.raw`approuvée?s?`, 'approved']],
      agent: /^\s+par\s+(le\s+Comité)/u,
      subject: /^(?:le|la|les)\s/iu,
      clauseOpening: /[;:,]\s*/gu,
      negation: /(?<![\p{L}])ne(?![\p{L}])/u,
      impersonal: [[String.raw`[Ii]l\s+a\s+été\s+approuvé`, 'approved']],
    }),
  });
}

describe('grammar', () => {
  it('compiles no pattern of a language until a text in it is read', () => {
    // a body that is no pattern at all: building the grammar must not compile it, reading with it must
    const language = frenchLike('(?:Le\\s+Comité');
    expect(() => language.active).toThrow(SyntaxError);
    expect(() => statementsOf(language, 'Le Comité a approuvé le rapport.')).toThrow(SyntaxError);
  });

  it('reads a clause with patterns made once, the same each time they are asked for', () => {
    const language = frenchLike(String.raw`[Ll]e\s+Comité`);
    expect(language.active).toBe(language.active);
    expect(language.clauseEnd).toBe(language.clauseEnd);
    expect(statementsOf(language, 'Le Comité a approuvé le rapport; la séance est levée.').map(({ by, verb, object }) => [by, verb, object])).toEqual([
      ['Le Comité', 'approved', ' le rapport'],
    ]);
    expect(statementsOf(language, 'Le Comité a approuvé le programme.')).toHaveLength(1);
  });
});
