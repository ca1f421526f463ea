import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * The corrigendum of the outcome of tests/fixtures/outcome-languages/outcomes.json (14470/25 COR 1) that says over its
 * text which language versions it concerns, as the Council's corrigenda word it (`concerns all language versions`,
 * `concerns the English language version only`), written by hand in the versions whose words the parser knows, in the
 * shapes its text reaches the ingest in (its kind line the version's word for a corrigendum): the line is no part of the subject (on a page run into one line too), and
 * the version it names alone is read.
 */
const VERSIONS_LINES: Readonly<Record<string, { kind: string; all: string; only: string }>> = {
  da: { kind: 'BERIGTIGELSE', all: 'vedrører alle sprogversioner', only: 'vedrører kun den danske sprogversion' },
  de: { kind: 'KORRIGENDUM', all: 'betrifft alle Sprachfassungen', only: 'betrifft nur die deutsche Sprachfassung' },
  el: { kind: 'ΔΙΟΡΘΩΤΙΚΟ', all: 'αφορά όλες τις γλωσσικές εκδόσεις', only: 'αφορά μόνο την ελληνική γλωσσική έκδοση' },
  en: { kind: 'CORRIGENDUM', all: 'concerns all language versions', only: 'concerns the English language version only' },
  es: { kind: 'CORRECCIÓN DE ERRORES', all: 'afecta a todas las versiones lingüísticas', only: 'afecta únicamente a la versión española' },
  fi: { kind: 'OIKAISU', all: 'koskee kaikkia kieliversioita', only: 'koskee vain suomenkielistä kieliversiota' },
  fr: { kind: 'RECTIFICATIF', all: 'concerne toutes les versions linguistiques', only: 'concerne uniquement la version française' },
  it: { kind: 'RETTIFICA', all: 'riguarda tutte le versioni linguistiche', only: 'riguarda solo la versione italiana' },
  nl: { kind: 'CORRIGENDUM', all: 'betreft alle taalversies', only: 'betreft alleen de Nederlandse taalversie' },
  pl: { kind: 'SPROSTOWANIE', all: 'dotyczy wszystkich wersji językowych', only: 'dotyczy wyłącznie polskiej wersji językowej' },
  pt: { kind: 'RETIFICAÇÃO', all: 'diz respeito a todas as versões linguísticas', only: 'diz respeito apenas à versão portuguesa' },
  ro: { kind: 'RECTIFICARE', all: 'privește toate versiunile lingvistice', only: 'privește numai versiunea în limba română' },
  sv: { kind: 'RÄTTELSE', all: 'gäller alla språkversioner', only: 'gäller endast den svenska språkversionen' },
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe('the line over a corrigendum’s text that says which versions it concerns', () => {
  for (const [language, { kind, ...lines }] of Object.entries(VERSIONS_LINES)) {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    for (const shape of SHAPES)
      for (const [which, line] of Object.entries(lines))
        it(`${language}, ${shape}: ${line}`, () => {
          const text = outcomePage({ ...outcome, kind }, language, shape, { opening: line, foot: [] }).replace('14470/25', '14470/25 COR 1');
          const record = expectOk(parseDocument(text, `cor-${language}.txt`));
          expect({ subject: record.subject, concerns: record.concernsLanguages }).toEqual({
            subject: outcome.subject,
            concerns: which === 'all' ? undefined : [language],
          });
        });
  }
});

describe('a LibreOffice-made corrigendum (council-pdf-lo/corrigendum-interinstitutional) run into one line per page', () => {
  const folder = 'tests/fixtures/council-pdf-lo/corrigendum-interinstitutional';
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { subject: string };
  it.each(['pdftotext.txt', 'pdftotext-layout.txt'])('%s: the subject ends before `concerns the English language version only`, which is read', (rendering) => {
    const record = expectOk(parseDocument(flattenedPages(readFileSync(join(folder, rendering), 'utf8')), join(folder, rendering)));
    expect({ subject: record.subject, concerns: record.concernsLanguages }).toEqual({ subject: expected.subject, concerns: ['en'] });
  });
});
