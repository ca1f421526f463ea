import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type HeaderRow, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The COSI outcome of each official language (tests/fixtures/outcome-languages/outcomes.json) with its header table's
 * rows in another order than From, To, Subject, as some of the Council's documents print them (the Finnish `Asia:`
 * above `Lähettäjä:`, the Spanish `A:` above `De:` or under `Asunto:`), in the shapes its text reaches the ingest in: each label still
 * takes its own value, and the body begins where it did.
 */
const ORDERS: Record<string, readonly HeaderRow[]> = {
  'subject first': ['subject', 'from', 'to'],
  'recipient first': ['to', 'from', 'subject'],
  'recipient last': ['from', 'subject', 'to'],
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe('an outcome whose header prints its labels in another order', () => {
  for (const [name, order] of Object.entries(ORDERS)) {
    describe(name, () => {
      for (const [language, outcome] of Object.entries(outcomes)) {
        it(`reads the ${language} outcome's sender, recipient, subject and items in every shape`, () => {
          for (const shape of SHAPES) {
            const record = expectOk(parseDocument(outcomePage(outcome, language, shape, { foot: [], order }), `outcome-${language}.txt`));
            expect([record.number, record.from, record.to, record.subject], shape).toEqual(['14470/25', outcome.from, outcome.to, outcome.subject]);
            expect(record.meeting?.dates, shape).toEqual(['2025-11-18', '2025-11-19']);
            expect(
              record.items.map((item) => item.title),
              shape,
            ).toEqual(outcome.items);
          }
        });
      }
    });
  }
});
