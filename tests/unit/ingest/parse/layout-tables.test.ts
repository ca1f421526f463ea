import { describe, expect, it } from 'vitest';
import { layoutTableRows } from '../../../../scripts/ingest/parse/layout-tables.ts';
import type { SourceLine } from '../../../../scripts/ingest/parse/normalise.ts';

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
    expect(texts(layoutTableRows(table)).slice(1)).toEqual([
      'Hochrisikonetzwerke kriminelle   Niederlande   42',
      'Cyberangriffe   Deutschland ^3   37',
      'Menschenhandel und Ausbeutung   Österreich   29',
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
