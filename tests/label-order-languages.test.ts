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

/**
 * The Spanish outcome with its recipient's `A:` printed after a subject that ends in a capitalised word, as a note's
 * subject may (a committee's name without its acronym, an agency's, an acronym): the label is the recipient's in every
 * shape, on a page run into one line too, where it follows the subject's last word (`… Seguridad Interior A: Delegaciones`).
 */
/** From, Subject, To: the Spanish `A:` under the subject. */
const RECIPIENT_LAST: readonly HeaderRow[] = ['from', 'subject', 'to'];

const SPANISH_SUBJECTS = [
  'Preparación de la reunión del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior',
  'Informe de actividades de Europol',
  'Orden del día provisional del COSI',
];

describe('a Spanish header whose recipient follows a subject ending in a capitalised word', () => {
  const spanish = outcomes['es'];
  for (const subject of SPANISH_SUBJECTS)
    it(`reads the recipient apart from the subject «${subject}» in every shape`, () => {
      if (spanish === undefined) throw new Error('es');
      for (const shape of SHAPES) {
        const record = expectOk(parseDocument(outcomePage({ ...spanish, subject }, 'es', shape, { foot: [], order: RECIPIENT_LAST }), 'outcome-es.txt'));
        expect([record.from, record.to, record.subject], shape).toEqual([spanish.from, spanish.to, subject]);
        expect(
          record.items.map((item) => item.title),
          shape,
        ).toEqual(spanish.items);
      }
    });
});
