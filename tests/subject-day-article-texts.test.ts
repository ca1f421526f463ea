import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomePage, outcomes, type OutcomeShape } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';

/**
 * An outcome whose subject names a meeting of one day after the article or preposition its version puts before a
 * single day (`… (COSI) celebrada el 18 de noviembre de 2025`, `tenutasi il 18 novembre 2025`, `realizada
 * em 18 de novembro de 2025`, `tenue le 18 novembre 2025`, `held on 18 November 2025`), as the register's outcomes of an
 * informal videoconference word it: the subject keeps its day and the meeting is that day in every shape, also where a
 * page run into one line prints item 1 right after the day (`… de 2025 1. Aprobación …`, no day heading over it), no
 * opening sentence between them.
 * The word for "day" a Spanish, Italian, Portuguese or Slovak day may take (`celebrada el día`, `tenutasi il giorno`,
 * `realizada no dia`, `konanej dňa`) also ends the version's "agenda" (`orden del día` …): the agenda's first item keeps
 * its title and the next item its number (`Schválenie poriadku dňa` over `2. EMPACT 2026-2029 …`).
 * Written by hand on the outcomes of tests/fixtures/outcome-languages, their subjects rewritten.
 */
const SUBJECTS: readonly [language: string, subject: string][] = [
  [
    'es',
    'Resultado de la videoconferencia informal de los miembros del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) celebrada el 18 de noviembre de 2025',
  ],
  [
    'it',
    'Esito della videoconferenza informale dei membri del comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI) tenutasi il 18 novembre 2025',
  ],
  ['pt', 'Resultados da reunião do Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna (COSI) realizada em 18 de novembro de 2025'],
  [
    'fr',
    'Résultats de la vidéoconférence informelle des membres du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI) tenue le 18 novembre 2025',
  ],
  // The word for "day" after the article, which also ends the version's "agenda" (`orden del día`, `ordine del giorno`,
  // `ordem do dia`, `poriadok dňa`), and a Croatian participle with no preposition before the day.
  [
    'es',
    'Resultado de la videoconferencia informal de los miembros del Comité Permanente de Cooperación Operativa en materia de Seguridad Interior (COSI) celebrada el día 18 de noviembre de 2025',
  ],
  [
    'it',
    'Esito della videoconferenza informale dei membri del comitato permanente per la cooperazione operativa in materia di sicurezza interna (COSI) tenutasi il giorno 18 novembre 2025',
  ],
  [
    'pt',
    'Resultados da videoconferência informal dos membros do Comité Permanente para a Cooperação Operacional em matéria de Segurança Interna (COSI) realizada no dia 18 de novembro de 2025',
  ],
  [
    'sk',
    'Výsledok neformálnej videokonferencie členov Stáleho výboru pre operačnú spoluprácu v oblasti vnútornej bezpečnosti (COSI) konanej dňa 18. novembra 2025',
  ],
  ['hr', 'Ishod neformalne videokonferencije članova Stalnog odbora za operativnu suradnju u području unutarnje sigurnosti (COSI) održane 18. studenoga 2025.'],
  [
    'en',
    'Outcome of the informal videoconference of the members of the Standing Committee on Operational Cooperation on Internal Security (COSI) held on 18 November 2025',
  ],
];

const SHAPES: readonly OutcomeShape[] = ['labelled rows', 'layout', 'labels first', 'flattened'];

describe.each(SUBJECTS)('an outcome whose subject names its one day after an article (%s: %s)', (language, subject) => {
  it.each(SHAPES)('keeps the day in the subject and reads it as the meeting’s (%s)', (shape) => {
    const outcome = outcomes[language];
    if (outcome === undefined) throw new Error(`no outcome in ${language}`);
    const record = expectOk(parseDocument(outcomePage({ ...outcome, subject }, language, shape, { opening: '', foot: [] }), `${language}.txt`));
    expect([record.subject, record.meeting?.dates, record.items.map((item) => item.number)]).toEqual([subject, ['2025-11-18'], ['1', '2', '3']]);
  });
});

describe('an agenda item whose title ends on the version’s "agenda", its word for "day" last', () => {
  it.each(SHAPES)('keeps the next item apart from it (Slovak, %s)', (shape) => {
    const outcome = outcomes['sk'];
    if (outcome === undefined) throw new Error('no outcome in sk');
    const items = ['Schválenie poriadku dňa', 'EMPACT 2026-2029 – operačné akčné plány', 'Boj proti organizovanej trestnej činnosti'];
    const record = expectOk(parseDocument(outcomePage({ ...outcome, items }, 'sk', shape, { opening: '', foot: [] }), 'sk.txt'));
    expect(record.items.map((item) => [item.number, item.title])).toEqual(items.map((title, index) => [String(index + 1), title]));
  });
});
