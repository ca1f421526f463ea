import { describe, expect, it } from 'vitest';
import { isOutcomeHeader, outcomeRows } from '../../../../../scripts/ingest/parse/layout/outcome-rows.ts';
import type { SourceLine } from '../../../../../scripts/ingest/parse/normalise.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';

/** Numbered lines from text. */
function lines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

/** A one-page outcome's header in a version's words, its body the table's lines. */
const HEADS = {
  en: 'Council of the\nEuropean Union\n\nBrussels, 25 November 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nOUTCOME OF PROCEEDINGS\nFrom:\tGeneral Secretariat of the Council\nOn:\t18 November 2025\nTo:\tDelegations\nSubject:\tOutcome of proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)\n',
  fr: "Conseil de\nl'Union européenne\n\nBruxelles, le 25 novembre 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nRÉSULTATS DES TRAVAUX\nOrigine:\tSecrétariat général du Conseil\nEn date du:\t18 novembre 2025\nDestinataire:\tDélégations\nObjet:\tRésultats des travaux du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)\n",
  de: 'Rat der\nEuropäischen Union\n\nBrüssel, den 25. November 2025\n(OR. en)\n15990/25\nLIMITE\nCOSI 240\nJAI 1702\n\nBERATUNGSERGEBNISSE\nAbsender:\tGeneralsekretariat des Rates\nVom:\t18. November 2025\nEmpfänger:\tDelegationen\nBetr.:\tBeratungsergebnisse des Ständigen Ausschusses für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)\n',
} as const;

/** Each item's title and its decisions as (by, verb, object). */
function decisions(text: string): Array<[string, Array<[string | null, string, string]>]> {
  const record = parseDocument(text, 'outcome.txt');
  if (record.status !== 'ok') throw new Error(record.error.message);
  return record.items.map((item) => [item.title, item.decisions.map((d) => [d.by, d.verb, d.object])]);
}

describe('isOutcomeHeader', () => {
  it('reads an outcome table’s header row in several versions, as printed in bold or with a colon', () => {
    expect(isOutcomeHeader(['Item', 'Outcome'])).toBe(true);
    expect(isOutcomeHeader(['**Point', 'Résultat**'])).toBe(true);
    expect(isOutcomeHeader(['Punkt', 'Dokumente', 'Ergebnis:'])).toBe(true);
    expect(isOutcomeHeader(['Punkt porządku obrad', 'Wynik'])).toBe(true);
  });

  it('reads no other table’s header row', () => {
    expect(isOutcomeHeader(['Action', 'Lead', 'Deadline'])).toBe(false);
    expect(isOutcomeHeader(['Outcome', 'Item'])).toBe(false);
    expect(isOutcomeHeader(['Item'])).toBe(false);
  });
});

describe('outcomeRows', () => {
  it('sets each numbered row under the header as its title, its middle cells and its outcome, each on a line with the row’s line', () => {
    const read = outcomeRows(
      lines(
        [
          '**Item\tDocuments\tOutcome**',
          '1. Adoption of the agenda\tCM 4578/25\tThe agenda was approved.',
          '2.\tTerrorism threat assessment\t14001/25\tCOSI took note of the assessment.',
        ].join('\n'),
      ),
    );
    expect(read).toEqual([
      { line: 1, text: '**Item\tDocuments\tOutcome**' },
      { line: 2, text: '1. Adoption of the agenda' },
      { line: 2, text: 'CM 4578/25' },
      { line: 2, text: 'The agenda was approved.' },
      { line: 3, text: '2. Terrorism threat assessment' },
      { line: 3, text: '14001/25' },
      { line: 3, text: 'COSI took note of the assessment.' },
    ]);
  });

  it('leaves the rows of other tables, and rows after the table has ended, as printed', () => {
    const text = [
      'Action\tLead\tDeadline',
      '1. Map the criminal networks\tEuropol\tThe map is due in June.',
      '',
      'Item\tOutcome',
      'Text between.',
      '1. Title\tCOSI took note.',
    ].join('\n');
    expect(outcomeRows(lines(text)).map(({ text: line }) => line)).toEqual(text.split('\n'));
  });
});

describe('an outcome printed as a table: each item’s decisions read from its row', () => {
  it.each([
    [
      'en, the PDF reader’s rows',
      `${HEADS.en}\n**Item\tOutcome**\n1. Adoption of the agenda\tThe agenda was approved as set out in CM 4578/25.\n2. Terrorism threat assessment (doc. 14001/25)\tCOSI took note of the assessment and held an exchange of views.\n`,
      [
        ['Adoption of the agenda', [[null, 'adopted', 'the agenda as set out in CM 4578/25']]],
        [
          'Terrorism threat assessment (doc. 14001/25)',
          [
            ['COSI', 'took-note', 'the assessment'],
            ['COSI', 'exchanged-views', 'Terrorism threat assessment (doc. 14001/25)'],
          ],
        ],
      ],
    ],
    [
      'fr, -layout',
      `${HEADS.fr}\n Point                                  Résultat\n 1. Adoption de l'ordre du jour          L'ordre du jour a été adopté tel qu'il\n                                        figure dans le document CM 4578/25.\n 2. Évaluation de la menace terroriste   Le COSI a pris note de l'évaluation.\n`,
      [
        ["Adoption de l'ordre du jour", [[null, 'adopted', "l'ordre du jour tel qu'il figure dans le document CM 4578/25"]]],
        ['Évaluation de la menace terroriste', [['COSI', 'took-note', "l'évaluation"]]],
      ],
    ],
    [
      'de, -layout, a title wrapped in its column',
      `${HEADS.de}\n Punkt                                  Ergebnis\n 1. Annahme der Tagesordnung             Die Tagesordnung wurde in der Fassung\n                                        des Dokuments CM 4578/25 angenommen.\n 2. Bewertung der terroristischen        Der Ausschuss billigte die Bewertung.\n Bedrohung\n`,
      [
        ['Annahme der Tagesordnung', [[null, 'adopted', 'die Tagesordnung in der Fassung des Dokuments CM 4578/25']]],
        ['Bewertung der terroristischen Bedrohung', [['COSI', 'approved', 'die Bewertung']]],
      ],
    ],
  ] as const)('in %s', (_shape, text, expected) => {
    expect(decisions(text)).toEqual(expected);
  });
});
