import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../../../../scripts/ingest/parse/normalise.ts';
import { flatOutcomeColumns, outcomeColumns } from '../../../../../scripts/ingest/parse/layout/outcome-columns.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';

/** Numbered lines from text. */
function lines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

/** An outcome's header as plain `pdftotext` prints it (labels, then values), in English and Spanish. */
const HEADS = {
  en: 'Council of the\nEuropean Union\n\nBrussels, 25 November 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nOUTCOME OF PROCEEDINGS\nFrom:\nOn:\nTo:\nSubject:\n\nGeneral Secretariat of the Council\n18 November 2025\nDelegations\nOutcome of proceedings of the Standing Committee on Operational Cooperation on\nInternal Security (COSI)\n',
  es: 'Consejo de la\nUnión Europea\n\nBruselas, 25 de noviembre de 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nRESULTADO DE LOS TRABAJOS\nDe:\nFecha:\nA:\nAsunto:\n\nSecretaría General del Consejo\n18 de noviembre de 2025\nDelegaciones\nResultado de los trabajos del Comité Permanente de Cooperación Operativa en materia\nde Seguridad Interior (COSI)\n',
  fr: "Conseil de\nl'Union européenne\n\nBruxelles, le 25 novembre 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nRÉSULTATS DES TRAVAUX\nDe:\nDestinataire:\nObjet:\n\nSecrétariat général du Conseil\nDélégations\nRésultats des travaux du Comité permanent de coopération opérationnelle en matière de\nsécurité intérieure (COSI) lors de sa réunion du 18 novembre 2025\n",
  de: 'Rat der\nEuropäischen Union\n\nBrüssel, den 25. November 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nBERATUNGSERGEBNISSE\nAbsender:\nEmpfänger:\nBetr.:\n\nGeneralsekretariat des Rates\nDelegationen\nBeratungsergebnisse des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich\nder inneren Sicherheit (COSI) vom 18. November 2025\n',
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

/**
 * The same tables as a page run into one line leaves them (a viewer's copy of plain `pdftotext`, each page one line):
 * the first column's header and titles, then the second's header and its cells, run on, one sentence to a cell (the
 * page's footer as plain `pdftotext` prints it, its number and unit between the columns, `15990/25 JAI.1`, the rest
 * after the second, `AB/cd LIMITE 1 EN`, as council-pdf/outcome-table prints it), in English, Spanish, French and German.
 */
const FLAT_TABLES = [
  [
    'en',
    `${HEADS.en}\nItem\n1. Adoption of the agenda\n2. Terrorism threat assessment\n(doc. 14001/25)\n3. Any other business\n\n15990/25\nJAI.1\n\nOutcome\nThe agenda was approved as set out in CM\n4578/25.\nCOSI took note of the\nassessment.\nThe Netherlands delegation informed\nCOSI about a conference.\n\nAB/cd\nLIMITE\n\n1\nEN\n`,
    [
      ['1', 'Adoption of the agenda', [[null, 'adopted', 'the agenda as set out in CM 4578/25']]],
      ['2', 'Terrorism threat assessment (doc. 14001/25)', [['COSI', 'took-note', 'the assessment']]],
      ['3', 'Any other business', []],
    ],
  ],
  [
    'es',
    `${HEADS.es}\nPunto\n1. Aprobación del orden del día\n2. Evaluación de la amenaza terrorista\n3. Varios\n\n15990/25\nJAI.1\n\nResultado\nSe aprobó el orden del día que figura en\nel documento CM 4578/25.\nEl COSI tomó nota de la evaluación.\nLa delegación neerlandesa informó al\nCOSI sobre una conferencia.\n\nAB/cd\nLIMITE\n\n1\nES\n`,
    [
      ['1', 'Aprobación del orden del día', [[null, 'adopted', 'el orden del día que figura en el documento CM 4578/25']]],
      ['2', 'Evaluación de la amenaza terrorista', [['COSI', 'took-note', 'la evaluación']]],
      ['3', 'Varios', []],
    ],
  ],
  [
    'fr',
    `${HEADS.fr}\nPoint\n1. Adoption de l'ordre du jour\n2. Évaluation de la menace terroriste\n3. Divers\n\n15990/25\nJAI.1\n\nRésultat\nL'ordre du jour a été adopté tel qu'il\nfigure dans le document CM 4578/25.\nLe COSI a pris note de l'évaluation.\nLa délégation néerlandaise a informé le\nCOSI d'une conférence.\n\nAB/cd\nLIMITE\n\n1\nFR\n`,
    [
      ['1', "Adoption de l'ordre du jour", [[null, 'adopted', "l'ordre du jour tel qu'il figure dans le document CM 4578/25"]]],
      ['2', 'Évaluation de la menace terroriste', [['COSI', 'took-note', "l'évaluation"]]],
      ['3', 'Divers', []],
    ],
  ],
  [
    'de',
    `${HEADS.de}\nPunkt\n1. Annahme der Tagesordnung\n2. Bewertung der terroristischen Bedrohung\n3. Sonstiges\n\n15990/25\nJAI.1\n\nErgebnis\nDie Tagesordnung wurde in der Fassung\nvon Dokument CM 4578/25 angenommen.\nDer COSI nahm Kenntnis von der Bewertung.\nDie niederländische Delegation\nunterrichtete den COSI über eine Konferenz.\n\nAB/cd\nLIMITE\n\n1\nDE\n`,
    [
      ['1', 'Annahme der Tagesordnung', [[null, 'adopted', 'die Tagesordnung in der Fassung von Dokument CM 4578/25']]],
      ['2', 'Bewertung der terroristischen Bedrohung', [['COSI', 'took-note', 'der Bewertung']]],
      ['3', 'Sonstiges', []],
    ],
  ],
] as const;

describe('an outcome table printed column by column, its page run into one line: each item’s decisions read from its row', () => {
  it.each(FLAT_TABLES)('in %s', (_language, text, expected) => {
    const flat = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join(' ');
    const record = parseDocument(`${flat}\n`, 'outcome.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items.map((item) => [item.number, item.title, item.decisions.map((d) => [d.by, d.verb, d.object])])).toEqual(expected);
  });

  it.each(FLAT_TABLES)('reads the same rows printed column by column in %s', (_language, text, expected) => {
    const record = parseDocument(text, 'outcome.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items.map((item) => [item.number, item.title, item.decisions.map((d) => [d.by, d.verb, d.object])])).toEqual(expected);
  });
});

describe('flatOutcomeColumns', () => {
  it('sets each numbered title over its sentence where the second column’s line holds one sentence for each title', () => {
    const read = flatOutcomeColumns(
      lines(['Item', '', '1. Adoption of the agenda', '', '2. Drugs', '', 'Outcome The agenda was approved. COSI took note of the report.'].join('\n')),
    );
    expect(read.map(({ text }) => text)).toEqual([
      'Item',
      'Outcome',
      '1. Adoption of the agenda',
      '',
      'The agenda was approved.',
      '',
      '2. Drugs',
      '',
      'COSI took note of the report.',
      '',
    ]);
  });

  it('leaves the lines as they are where the sentences do not pair with the titles, or no outcome header opens the line', () => {
    const uneven = ['Item', '1. Adoption of the agenda', '2. Drugs', 'Outcome The agenda was approved. COSI took note. It thanked the Presidency.'].join('\n');
    expect(flatOutcomeColumns(lines(uneven)).map(({ text }) => text)).toEqual(uneven.split('\n'));
    const none = ['Item', '1. Adoption of the agenda', 'The agenda was approved.'].join('\n');
    expect(flatOutcomeColumns(lines(none)).map(({ text }) => text)).toEqual(none.split('\n'));
  });
});
