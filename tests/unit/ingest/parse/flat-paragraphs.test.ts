import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';

/**
 * A note whose pages were run into one line each (text flattened to one line per page), its numbered paragraphs
 * opening with a clause before a comma whose next word opens a body's sentence elsewhere (`COSI`, `the Presidency`):
 * each paragraph stays whole, no title cut off at the comma.
 */
function page(first: string, second: string): string {
  return [
    `1. The EU Policy Cycle for organised and serious international crime has been the Union's main instrument for operational cooperation against serious crime since 2010, and the current cycle ends on 31 December 2025 after four years of work by the Member States and the agencies. ${first} 3. Delegations are invited to send their comments by 15 November 2025. 14470/25 JV/ab 1 JAI.1 EN`,
    `${second} 14470/25 JV/ab 2 JAI.1 EN`,
  ].join('\n');
}

describe('a numbered paragraph opening with a clause on a page run into one line', () => {
  it.each([
    [
      'English',
      '2. At its meeting on 17 September 2025, COSI held a first exchange of views on the future cycle.',
      '4. In the light of the replies, the Presidency will prepare a revised text.',
    ],
    [
      'French',
      '2. Lors de sa réunion du 17 septembre 2025, le COSI a procédé à un premier échange de vues.',
      '4. À la lumière des réponses, la présidence préparera un texte révisé.',
    ],
    [
      'Spanish',
      '2. En su reunión del 17 de septiembre de 2025, el COSI mantuvo un primer cambio de impresiones.',
      '4. A la luz de las respuestas, la Presidencia preparará un texto revisado.',
    ],
    [
      'Italian',
      '2. Nella riunione del 17 settembre 2025, il COSI ha avuto un primo scambio di opinioni.',
      '4. Alla luce delle risposte, la Presidenza preparerà un testo riveduto.',
    ],
  ])('keeps the paragraph whole (%s)', (_language, second, fourth) => {
    const lines = normalise(page(second, fourth)).map((line) => line.text);
    expect(lines).toContain(second);
    expect(lines).toContain(fourth);
  });
});
