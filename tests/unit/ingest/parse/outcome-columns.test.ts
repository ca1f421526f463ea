import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../../scripts/ingest/parse/normalise.ts';
import { outcomeColumns } from '../../../../scripts/ingest/parse/outcome-columns.ts';
import { parseDocument } from '../../../../scripts/ingest/parse/parse.ts';

/** Numbered lines from text. */
function lines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

/** An outcome's header as plain `pdftotext` prints it (labels, then values), in English and Spanish. */
const HEADS = {
  en: 'Council of the\nEuropean Union\n\nBrussels, 25 November 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nSubject:\n\nGeneral Secretariat of the Council\n18 November 2025\nDelegations\nOutcome of proceedings of the Standing Committee on Operational Cooperation on\nInternal Security (COSI)\n',
  es: 'Consejo de la\nUnión Europea\n\nBruselas, 25 de noviembre de 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nRESULTADO DE LOS TRABAJOS\nDe:\nFecha:\nA:\nAsunto:\n\nSecretaría General del Consejo\n18 de noviembre de 2025\nDelegaciones\nResultado de los trabajos del Comité Permanente de Cooperación Operativa en materia\nde Seguridad Interior (COSI)\n',
} as const;

describe('outcomeColumns', () => {
  it('sets each title back over its outcome, each cell’s lines joined, where the second column holds as many cells as the first titles', () => {
    const read = outcomeColumns(
      lines(
        [
          'Item',
          '1. Adoption of the agenda',
          '2. EU Drugs Action Plan 2021-2025:',
          'implementation report',
          '',
          'Outcome',
          'The agenda was approved as set out in CM',
          '4578/25.',
          'COSI took note of the report.',
          '',
          'Next page.',
        ].join('\n'),
      ),
    );
    expect(read).toEqual([
      { line: 1, text: 'Item' },
      { line: 6, text: 'Outcome' },
      { line: 2, text: '1. Adoption of the agenda' },
      { line: 2, text: '' },
      { line: 7, text: 'The agenda was approved as set out in CM 4578/25.' },
      { line: 7, text: '' },
      { line: 3, text: '2. EU Drugs Action Plan 2021-2025: implementation report' },
      { line: 3, text: '' },
      { line: 9, text: 'COSI took note of the report.' },
      { line: 9, text: '' },
      { line: 5, text: '' },
      { line: 10, text: '' },
      { line: 11, text: 'Next page.' },
    ]);
  });

  it('leaves the columns as printed where the cells do not pair with the titles, or no outcome header follows', () => {
    const uneven = ['Item', '1. Adoption of the agenda', '2. Drugs', '', 'Outcome', 'The agenda was approved.', ''].join('\n');
    expect(outcomeColumns(lines(uneven)).map(({ text }) => text)).toEqual(uneven.split('\n'));
    const none = ['Item', '1. Adoption of the agenda', '', 'The agenda was approved.'].join('\n');
    expect(outcomeColumns(lines(none)).map(({ text }) => text)).toEqual(none.split('\n'));
  });
});

describe('an outcome table printed column by column: each item’s decisions read from its row', () => {
  it.each([
    [
      'en',
      `${HEADS.en}\nItem\n1. Adoption of the agenda\n2. Terrorism threat assessment\n(doc. 14001/25)\n\nOutcome\nThe agenda was approved as set out in CM\n4578/25.\nCOSI took note of the\nassessment.\n`,
      [
        ['Adoption of the agenda', [[null, 'adopted', 'the agenda as set out in CM 4578/25']]],
        ['Terrorism threat assessment (doc. 14001/25)', [['COSI', 'took-note', 'the assessment']]],
      ],
    ],
    [
      'es',
      `${HEADS.es}\nPunto\n1. Aprobación del orden del día\n2. Evaluación de la amenaza terrorista\n\nResultado\nSe aprobó el orden del día que figura en\nel documento CM 4578/25.\nEl COSI tomó nota de la evaluación.\n`,
      [
        ['Aprobación del orden del día', [[null, 'adopted', 'el orden del día que figura en el documento CM 4578/25']]],
        ['Evaluación de la amenaza terrorista', [['COSI', 'took-note', 'la evaluación']]],
      ],
    ],
  ] as const)('in %s', (_language, text, expected) => {
    const record = parseDocument(text, 'outcome.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items.map((item) => [item.title, item.decisions.map((d) => [d.by, d.verb, d.object])])).toEqual(expected);
  });
});
