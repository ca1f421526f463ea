import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../scripts/ingest/parse/decisions.ts';

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
