import { describe, expect, it } from 'vitest';
import { layoutTableRows } from '../../../../../scripts/ingest/parse/layout/layout-tables.ts';
import type { SourceLine } from '../../../../../scripts/ingest/parse/normalise.ts';

/** Numbered lines from text. */
function lines(text: string): SourceLine[] {
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

function texts(read: readonly SourceLine[]): string[] {
  return read.map(({ text }) => text);
}

describe('layoutTableRows', () => {
  it('sets a row back whole where -layout wraps a cell over the lines under it, its cells in order (French)', () => {
    const table = lines(
      [
        'État membre                      Unité                          Statut',
        'Belgique                         Police judiciaire fédérale     désignée',
        'Tchéquie                         Centre national contre la cri- désignée',
        '                                 minalité organisée',
        'Estonie                          Police criminale centrale      en attente',
        '',
        'La criminalité organisée reste une priorité.',
      ].join('\n'),
    );
    const read = layoutTableRows(table);
    expect(texts(read)).toEqual([
      'État membre                      Unité                          Statut',
      'Belgique   Police judiciaire fédérale   désignée',
      'Tchéquie   Centre national contre la criminalité organisée   désignée',
      'Estonie   Police criminale centrale   en attente',
      '',
      'La criminalité organisée reste une priorité.',
    ]);
    // The row keeps its first line's number; the line it took is dropped.
    expect(read.map(({ line }) => line)).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it('reads a numbered row’s title and outcome going on in capitals on the line under it as the row’s, and an unnumbered row after a closed outcome as a row (German)', () => {
    const table = lines(
      [
        ' Punkt                                       Ergebnis',
        ' 2. Schengen und innere Sicherheit:          Der COSI nahm Kenntnis von den Informationen',
        ' Sachstand (Dok. 14520/25)                   des Vorsitzes.',
        ' 3. Entwurf von Schlussfolgerungen des       Der COSI billigte den Entwurf von',
        ' Rates zur Bekämpfung des Drogenhandels      Schlussfolgerungen in Dokument 14632/25.',
        ' Sonstiges                                   Keine Wortmeldungen.',
      ].join('\n'),
    );
    // an outcome table's cells apart by a tab, as outcome-rows.ts reads them
    expect(texts(layoutTableRows(table)).slice(1)).toEqual([
      ' 2. Schengen und innere Sicherheit: Sachstand (Dok. 14520/25)\tDer COSI nahm Kenntnis von den Informationen des Vorsitzes.',
      ' 3. Entwurf von Schlussfolgerungen des Rates zur Bekämpfung des Drogenhandels\tDer COSI billigte den Entwurf von Schlussfolgerungen in Dokument 14632/25.',
      ' Sonstiges\tKeine Wortmeldungen.',
    ]);
  });

  it('reads a header cell -layout wraps over two lines as one cell of the header row, not as the first row’s (a table of positions)', () => {
    const table = lines(
      [
        'Member State            Position on the      Comments                          Reply received on',
        '                        compromise text',
        'Belgium                 Support              Can accept the text as it stands. 9 March 2026',
        'Bulgaria                Scrutiny             To be completed by 20 March 2026. 10 March 2026',
        '                        reservation',
      ].join('\n'),
    );
    expect(texts(layoutTableRows(table))).toEqual([
      'Member State   Position on the compromise text   Comments   Reply received on',
      'Belgium   Support   Can accept the text as it stands.   9 March 2026',
      'Bulgaria   Scrutiny reservation   To be completed by 20 March 2026.   10 March 2026',
    ]);
  });

  it('reads a first cell that wraps, a last cell pushed to the line below, and a cell crowded one space from the next (German)', () => {
    const table = lines(
      [
        'Priorität                      Federführung                     Operative Maßnahmen',
        'Hochrisikonetzwerke kriminelle Niederlande                      42',
        'Cyberangriffe                  Deutschland   ^3',
        '                                                                37',
        'Menschenhandel und             Österreich                       29',
        'Ausbeutung',
      ].join('\n'),
    );
    // an outcome table's cells apart by a tab, as outcome-rows.ts reads them
    expect(texts(layoutTableRows(table)).slice(1)).toEqual([
      'Hochrisikonetzwerke kriminelle   Niederlande   42',
      'Cyberangriffe   Deutschland ^3   37',
      'Menschenhandel und Ausbeutung   Österreich   29',
    ]);
  });

  it('reads the rows of a table whose cells are centred vertically in order, a cell opening above its row’s first line (French)', () => {
    // As -layout prints Word's centred cells: the first line under the header row is the first row's last cell, and each
    // row's shorter cells stand on its middle line; the last cell of row 3 holds two paragraphs, one opening above the row.
    const table = lines(
      [
        'Action                           Responsable      Échéance     État d’avancement',
        '                                                               Europol a présenté la première',
        '1. Cartographier les réseaux     Europol          T4 2024      analyse des réseaux criminels en',
        'criminels les plus menaçants                                   avril 2024.',
        '2. Renforcer l’échange',
        'd’informations sur les cibles    SUPPRIMÉ         T1 2025      SUPPRIMÉ',
        'prioritaires',
        '                                                               Deux journées d’action ont eu lieu',
        '3. Organiser des journées        Conducteurs                   en 2024.',
        'd’action communes contre les     EMPACT           T2 2025      Les conducteurs présenteront une',
        'réseaux                                                        troisième journée au groupe de',
        '                                                               soutien du COSI.',
      ].join('\n'),
    );
    const read = layoutTableRows(table);
    expect(texts(read).slice(1)).toEqual([
      '1. Cartographier les réseaux criminels les plus menaçants   Europol   T4 2024   Europol a présenté la première analyse des réseaux criminels en avril 2024.',
      '2. Renforcer l’échange d’informations sur les cibles prioritaires   SUPPRIMÉ   T1 2025   SUPPRIMÉ',
      '3. Organiser des journées d’action communes contre les réseaux   Conducteurs EMPACT   T2 2025   Deux journées d’action ont eu lieu en 2024. Les conducteurs présenteront une troisième journée au groupe de soutien du COSI.',
    ]);
    // Each row keeps the number of its first cell's line.
    expect(read.map(({ line }) => line)).toEqual([1, 3, 5, 9]);
  });

  it('reads centred cells where the first row opens the table and later rows’ cells stand above and below their first lines (German)', () => {
    const table = lines(
      [
        'Maßnahme                         Federführung     Frist        Sachstand',
        '1. Kartierung der kriminellen',
        'Netzwerke mit der höchsten       Europol          Q4 2024      Erste Analyse im April 2024.',
        'Bedrohung',
        '                                                               Zwei gemeinsame Aktionstage',
        '2. Gemeinsame Aktionstage        EMPACT-                       fanden 2024 statt.',
        'gegen die Netzwerke in den                        Q2 2025      Die Treiber legen einen dritten',
        'Häfen                            Treiber                       Aktionstag vor.',
        '                                                               GESTRICHEN',
        '3. Bewertung der                 Kommission       Q3 2025      Die Kommission hat eine',
        'Verschlüsselung                                                Gruppe eingesetzt.',
      ].join('\n'),
    );
    // an outcome table's cells apart by a tab, as outcome-rows.ts reads them
    expect(texts(layoutTableRows(table)).slice(1)).toEqual([
      '1. Kartierung der kriminellen Netzwerke mit der höchsten Bedrohung   Europol   Q4 2024   Erste Analyse im April 2024.',
      '2. Gemeinsame Aktionstage gegen die Netzwerke in den Häfen   EMPACT-Treiber   Q2 2025   Zwei gemeinsame Aktionstage fanden 2024 statt. Die Treiber legen einen dritten Aktionstag vor. GESTRICHEN',
      '3. Bewertung der Verschlüsselung   Kommission   Q3 2025   Die Kommission hat eine Gruppe eingesetzt.',
    ]);
  });

  it('leaves lines alone that are no table under a header row: an agenda’s timed rows, numbered paragraphs, a header row without rows', () => {
    const agenda = lines('10.00 – 10.10   1.   Adoption of the agenda\n10.10 – 11.00   2.   Information from the Presidency');
    const paragraphs = lines('1.      Lors de sa réunion, le groupe a examiné\n        les conséquences de la guerre.\n2.      La présidence estime que');
    const alone = lines('Priority      Driver      Operational actions\n\nThe table is set out in the annex.');
    const sentence = lines('The Committee    took note    of the report.\nBelgium   Federal Police   designated');
    for (const text of [agenda, paragraphs, alone, sentence]) expect(layoutTableRows(text)).toEqual(text);
  });
});
