import { describe, expect, it } from 'vitest';
import { flatTableReader } from '../../../../../scripts/ingest/parse/flat/flat-table-rows.ts';

/** The pieces each page's line holds, as the reader cuts them (the header row, a cut row's rest, each row), page after page. */
function pieces(pages: readonly string[]): string[][] {
  const read = flatTableReader();
  return pages.map((text) => {
    const table = read(text);
    if (table === null) return [];
    const bounds = [...table.starts, text.length];
    return table.starts.map((start, index) => text.slice(start, bounds[index + 1]).trim());
  });
}

describe('flatTableReader', () => {
  it('reads a header row after a lead-in’s colon, before row 1, and the rows in sequence after it', () => {
    expect(
      pieces([
        'The priorities are the following: No. Priority Objective set by the Council 1. Illegal immigration To disrupt OCGs. 2. Firearms To reduce the risk.',
      ]),
    ).toEqual([['No. Priority Objective set by the Council', '1. Illegal immigration To disrupt OCGs.', '2. Firearms To reduce the risk.']]);
  });

  it('reads the header row printed again on the next page, with -layout’s gaps, the rest of the cut row under it and the rows numbered on', () => {
    expect(
      pieces([
        'les suivantes : N° Priorité Objectif fixé par le Conseil 1. Immigration illégale Démanteler les GCO. 2. Traite des êtres humains Démanteler les GCO impliqués dans la traite des êtres',
        'N°         Priorité          Objectif fixé par le Conseil       humains en provenance des pays tiers. 3. Contrefaçons Démanteler les GCO. 5. Drogues 4. Armes à feu Réduire le risque.',
      ]),
    ).toEqual([
      [
        'N° Priorité Objectif fixé par le Conseil',
        '1. Immigration illégale Démanteler les GCO.',
        '2. Traite des êtres humains Démanteler les GCO impliqués dans la traite des êtres',
      ],
      [
        'N°         Priorité          Objectif fixé par le Conseil',
        'humains en provenance des pays tiers.',
        '3. Contrefaçons Démanteler les GCO. 5. Drogues',
        '4. Armes à feu Réduire le risque.',
      ],
    ]);
  });

  it('reads no table where no row 1 follows a numbered column’s header, nor a number’s abbreviation inside a sentence', () => {
    expect(
      pieces([
        'under Regulation (EU) No. 596/2014 of the Council. 1. Introduction The Presidency …',
        'The Council adopted it. Art. Seven of the Treaty 1. Introduction',
        'Delegations will find the table below: No. Priority Objective 2. Illegal immigration',
      ]),
    ).toEqual([[], [], []]);
  });
});
