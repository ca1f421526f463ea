import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The corrigendum of the outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25 COR 1) in each official
 * language: the word each version prints for a corrigendum (as the Official Journal's corrigenda name them, and the
 * Latin `CORRIGENDUM` some versions keep), as the document's only kind line and above the kind line of the document it
 * corrects, in the shapes its text reaches the ingest in.
 */
const CORRIGENDUM: Readonly<Record<string, readonly string[]>> = {
  bg: ['ПОПРАВКА', 'КОРИГЕНДУМ'],
  cs: ['OPRAVA', 'KORIGENDUM'],
  da: ['BERIGTIGELSE'],
  de: ['KORRIGENDUM', 'BERICHTIGUNG'],
  el: ['ΔΙΟΡΘΩΤΙΚΟ'],
  en: ['CORRIGENDUM'],
  es: ['CORRECCIÓN DE ERRORES', 'CORRIGENDUM'],
  et: ['PARANDUS'],
  fi: ['OIKAISU'],
  fr: ['RECTIFICATIF'],
  ga: ['CEARTÚCHÁN'],
  hr: ['ISPRAVAK'],
  hu: ['HELYESBÍTÉS'],
  it: ['RETTIFICA'],
  lt: ['KLAIDŲ IŠTAISYMAS', 'KLAIDŲ ATITAISYMAS'],
  lv: ['KĻŪDU LABOJUMS'],
  mt: ['RETTIFIKA', 'KORRIĠENDUM'],
  nl: ['CORRIGENDUM', 'RECTIFICATIE'],
  pl: ['SPROSTOWANIE'],
  pt: ['RETIFICAÇÃO', 'RECTIFICAÇÃO'],
  ro: ['RECTIFICARE', 'CORIGENDUM'],
  sk: ['KORIGENDUM'],
  sl: ['POPRAVEK'],
  sv: ['RÄTTELSE'],
};
const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe('a corrigendum’s kind line in each official language', () => {
  it('covers the 24 official languages', () => {
    expect(Object.keys(CORRIGENDUM).sort()).toEqual(Object.keys(outcomes).sort());
  });

  for (const [language, outcome] of Object.entries(outcomes))
    for (const word of CORRIGENDUM[language] ?? [])
      it(`${language}: ${word}, alone and above the kind it corrects`, () => {
        for (const shape of SHAPES) {
          const page = (kind: string) => outcomePage({ ...outcome, kind }, language, shape, { foot: [] }).replace('14470/25', '14470/25 COR 1');
          const alone = expectOk(parseDocument(page(word), `cor-${language}.txt`));
          expect({ shape, number: alone.number, kind: alone.kind, codes: alone.codes, language: alone.language }).toEqual({
            shape,
            number: '14470/25 COR 1',
            kind: 'corrigendum',
            codes: ['COSI 180'],
            language,
          });
          // above the kind line of the outcome it corrects: the outcome's kind, the word kept as a header line, no code
          const above = expectOk(parseDocument(page(`${word}\n\n${outcome.kind}`), `cor-${language}.txt`));
          expect({ shape, kind: above.kind, codes: above.codes, kept: above.otherHeaderLines.some((line) => line.includes(word)) }).toEqual({
            shape,
            kind: 'outcome-of-proceedings',
            codes: ['COSI 180'],
            kept: true,
          });
        }
      });
});
