import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A footnote that holds a list (bullets, dashes after its lead-in, sub-points `(a)`, `(b)` or `i)`, `ii)`), written by
 * hand in five languages and set under the COSI outcome of tests/fixtures/outcome-languages/outcomes.json (its opening
 * sentence calls footnote 1) in the shapes a text reaches the ingest in: plain `pdftotext` (the labels before their values,
 * the footnote's number glued to its lead-in, each item on its own line), `pdftotext -layout` (the items indented, the bullet apart from its text)
 * and the page run into one line. The footnote keeps its lead-in and each item apart, as printed.
 */
const LISTS: Readonly<Record<string, { lead: string; bullet: string; items: string[] }>> = {
  en: { lead: 'The Strategy covers two strands:', bullet: '(a)', items: ['the prevention of radicalisation;', 'the protection of public spaces.'] },
  de: { lead: 'Die Strategie umfasst:', bullet: '–', items: ['die Verhütung der Radikalisierung;', 'den Schutz öffentlicher Räume.'] },
  fr: {
    lead: 'La stratégie comprend trois volets:',
    bullet: 'i)',
    items: ['la prévention de la radicalisation;', 'la protection des espaces publics;', 'la poursuite des auteurs.'],
  },
  pl: {
    lead: 'Państwa członkowskie opisują dwie formy współpracy:',
    bullet: '•',
    items: ['protokoły ustaleń między organami celnymi;', 'dostęp policji do systemów śledzenia kontenerów.'],
  },
  es: { lead: 'La Estrategia abarca:', bullet: 'a)', items: ['la prevención de la radicalización;', 'la protección de los espacios públicos.'] },
};

/** The label of the n-th item of a list whose first label is `first` (`(a)` → `(b)`, `i)` → `ii)`), or the bullet itself. */
function label(first: string, index: number): string {
  if (first === 'i)') return `${['i', 'ii', 'iii'][index] ?? ''})`;
  if (/^\(?a\)$/.test(first)) return first.replace('a', 'abc'.charAt(index));
  return first;
}

/** The list's items as printed, each with its label or bullet. */
const printedItems = (list: (typeof LISTS)[string]) => list.items.map((item, index) => `${label(list.bullet, index)} ${item}`);

describe('a footnote that holds a list keeps its lead-in and each item apart', () => {
  for (const shape of ['labels first', 'layout', 'flattened'] as OutcomeShape[]) {
    describe(shape, () => {
      for (const [language, list] of Object.entries(LISTS)) {
        it(`reads the ${language} footnote's ${list.bullet} list`, () => {
          const outcome = outcomes[language];
          if (outcome === undefined) throw new Error(language);
          const record = expectOk(
            parseDocument(
              outcomePage(outcome, language, shape, {
                opening: `${outcome.opening}1`,
                foot: [
                  `1 ${list.lead}`,
                  ...(shape === 'layout' ? list.items.map((item, index) => `      ${label(list.bullet, index)}     ${item}`) : printedItems(list)),
                ],
              }),
              `outcome-${language}.txt`,
            ),
          );
          const labelled = !/^[•–]$/.test(list.bullet);
          expect(record.footnotes.map((note) => [note.label, note.text.map((block) => [block.list, blocksPlain([block])])])).toEqual([
            ['1', [[null, list.lead], ...(labelled ? printedItems(list) : list.items).map((item) => [labelled ? null : 0, item])]],
          ]);
        });
      }
    });
  }
});
