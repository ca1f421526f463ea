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
  bg: { kind: 'ПОПРАВКА', all: 'засяга всички езикови версии', only: 'засяга само българската езикова версия' },
  cs: { kind: 'OPRAVA', all: 'týká se všech jazykových znění', only: 'týká se pouze českého jazykového znění' },
  da: { kind: 'BERIGTIGELSE', all: 'vedrører alle sprogversioner', only: 'vedrører kun den danske sprogversion' },
  de: { kind: 'KORRIGENDUM', all: 'betrifft alle Sprachfassungen', only: 'betrifft nur die deutsche Sprachfassung' },
  el: { kind: 'ΔΙΟΡΘΩΤΙΚΟ', all: 'αφορά όλες τις γλωσσικές εκδόσεις', only: 'αφορά μόνο την ελληνική γλωσσική έκδοση' },
  en: { kind: 'CORRIGENDUM', all: 'concerns all language versions', only: 'concerns the English language version only' },
  es: { kind: 'CORRECCIÓN DE ERRORES', all: 'afecta a todas las versiones lingüísticas', only: 'afecta únicamente a la versión española' },
  et: { kind: 'PARANDUS', all: 'puudutab kõiki keeleversioone', only: 'puudutab ainult eestikeelset versiooni' },
  fi: { kind: 'OIKAISU', all: 'koskee kaikkia kieliversioita', only: 'koskee vain suomenkielistä kieliversiota' },
  fr: { kind: 'RECTIFICATIF', all: 'concerne toutes les versions linguistiques', only: 'concerne uniquement la version française' },
  ga: { kind: 'CEARTÚCHÁN', all: 'baineann sé le gach leagan teanga', only: 'baineann sé leis an leagan Gaeilge amháin' },
  hr: { kind: 'ISPRAVAK', all: 'odnosi se na sve jezične verzije', only: 'odnosi se samo na hrvatsku jezičnu verziju' },
  hu: { kind: 'HELYESBÍTÉS', all: 'valamennyi nyelvi változatot érinti', only: 'csak a magyar nyelvi változatot érinti' },
  it: { kind: 'RETTIFICA', all: 'riguarda tutte le versioni linguistiche', only: 'riguarda solo la versione italiana' },
  lt: { kind: 'KLAIDŲ ATITAISYMAS', all: 'taikomas visoms kalbinėms versijoms', only: 'taikomas tik lietuvių kalbos versijai' },
  lv: { kind: 'KĻŪDU LABOJUMS', all: 'attiecas uz visām valodu versijām', only: 'attiecas tikai uz latviešu valodas versiju' },
  mt: { kind: 'KORRIĠENDUM', all: 'jikkonċerna l-verżjonijiet lingwistiċi kollha', only: 'jikkonċerna biss il-verżjoni Maltija' },
  nl: { kind: 'CORRIGENDUM', all: 'betreft alle taalversies', only: 'betreft alleen de Nederlandse taalversie' },
  pl: { kind: 'SPROSTOWANIE', all: 'dotyczy wszystkich wersji językowych', only: 'dotyczy wyłącznie polskiej wersji językowej' },
  pt: { kind: 'RETIFICAÇÃO', all: 'diz respeito a todas as versões linguísticas', only: 'diz respeito apenas à versão portuguesa' },
  ro: { kind: 'RECTIFICARE', all: 'privește toate versiunile lingvistice', only: 'privește numai versiunea în limba română' },
  sk: { kind: 'KORIGENDUM', all: 'týka sa všetkých jazykových znení', only: 'týka sa len slovenského jazykového znenia' },
  sl: { kind: 'POPRAVEK', all: 'zadeva vse jezikovne različice', only: 'zadeva samo slovensko jezikovno različico' },
  sv: { kind: 'RÄTTELSE', all: 'gäller alla språkversioner', only: 'gäller endast den svenska språkversionen' },
};

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

/**
 * The line as each version words it where the corrigendum concerns other versions than its own, named in its words
 * (adjectives and nouns in their case forms), with the versions it names: its kind line, the line, the codes.
 */
const OTHER_VERSIONS: Readonly<Record<string, readonly [string, string, readonly string[]]>> = {
  bg: ['ПОПРАВКА', 'засяга само английската езикова версия', ['en']],
  cs: ['KORIGENDUM', 'týká se pouze anglického a slovenského znění', ['en', 'sk']],
  da: ['BERIGTIGELSE', 'vedrører kun den engelske sprogversion', ['en']],
  de: ['KORRIGENDUM', 'betrifft nur die englische und die französische Sprachfassung', ['en', 'fr']],
  el: ['ΔΙΟΡΘΩΤΙΚΟ', 'αφορά μόνο τη γαλλική γλωσσική απόδοση', ['fr']],
  en: ['CORRIGENDUM', 'concerns only the French and Dutch language versions', ['fr', 'nl']],
  es: ['CORRECCIÓN DE ERRORES', 'afecta únicamente a la versión inglesa', ['en']],
  et: ['PARANDUS', 'puudutab ainult ingliskeelset versiooni', ['en']],
  fi: ['OIKAISU', 'koskee ainoastaan ruotsinkielistä kieliversiota', ['sv']],
  fr: ['RECTIFICATIF', 'concerne uniquement la version anglaise', ['en']],
  ga: ['CEARTÚCHÁN', 'baineann sé leis an leagan Béarla amháin', ['en']],
  hr: ['ISPRAVAK', 'odnosi se samo na englesku jezičnu verziju', ['en']],
  hu: ['HELYESBÍTÉS', 'csak az angol nyelvi változatot érinti', ['en']],
  it: ['RETTIFICA', 'riguarda solo la versione tedesca', ['de']],
  lt: ['KLAIDŲ ATITAISYMAS', 'taikoma tik anglų kalbos versijai', ['en']],
  lv: ['KĻŪDU LABOJUMS', 'attiecas tikai uz angļu valodas versiju', ['en']],
  mt: ['KORRIĠENDUM', 'jikkonċerna biss il-verżjoni Ingliża', ['en']],
  nl: ['CORRIGENDUM', 'betreft alleen de Duitse taalversie', ['de']],
  pl: ['SPROSTOWANIE', 'dotyczy wyłącznie angielskiej wersji językowej', ['en']],
  pt: ['RETIFICAÇÃO', 'diz respeito apenas à versão espanhola', ['es']],
  ro: ['RECTIFICARE', 'privește numai versiunea în limba engleză', ['en']],
  sk: ['KORIGENDUM', 'týka sa len anglického znenia', ['en']],
  sl: ['POPRAVEK', 'zadeva samo angleško in slovaško različico', ['en', 'sk']],
  sv: ['RÄTTELSE', 'gäller endast den finska språkversionen', ['fi']],
};

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

describe('the line over a corrigendum’s text naming other versions than its own, in its words', () => {
  for (const [language, [kind, line, codes]] of Object.entries(OTHER_VERSIONS)) {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    for (const shape of SHAPES)
      it(`${language}, ${shape}: ${line}`, () => {
        const text = outcomePage({ ...outcome, kind }, language, shape, { opening: line, foot: [] }).replace('14470/25', '14470/25 COR 1');
        const record = expectOk(parseDocument(text, `cor-${language}.txt`));
        expect({ subject: record.subject, concerns: record.concernsLanguages }).toEqual({ subject: outcome.subject, concerns: codes });
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
