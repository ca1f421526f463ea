import { describe, expect, it } from 'vitest';
import { setItemRows } from '../../../../../scripts/ingest/parse/items/item-rows.ts';
import type { SourceLine } from '../../../../../scripts/ingest/parse/normalise.ts';

/** Lines numbered from 1, as normalise gives them. */
function lines(...texts: string[]): SourceLine[] {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

function texts(result: readonly SourceLine[]): string[] {
  return result.map((entry) => entry.text);
}

describe('setItemRows', () => {
  it('goes on with a title wrapped before a capitalised name beside the column as pdftotext -layout prints it (`… avec   COSI 198` / `Europol   ENFOPOL 391`)', () => {
    const row = lines(
      "5.   Accord entre l'Union européenne et un pays tiers sur      14986/25",
      "     l'échange de données à caractère personnel avec           COSI 198",
      '     Europol                                                   ENFOPOL 391',
      "     Décision autorisant l'ouverture de négociations",
      'Le Comité a approuvé le projet de décision figurant dans le document 14986/25 et est',
    );
    expect(texts(setItemRows(row))).toEqual([
      "5.   Accord entre l'Union européenne et un pays tiers sur l'échange de données à caractère personnel avec Europol",
      '',
      "     Décision autorisant l'ouverture de négociations",
      '',
      '14986/25',
      'COSI 198',
      'ENFOPOL 391',
      '',
      'Le Comité a approuvé le projet de décision figurant dans le document 14986/25 et est',
    ]);
  });

  it('sets a right-hand column that plain pdftotext ran into the title cell after the cell, each paragraph of the cell on a line, apart', () => {
    const row = lines(
      '2.\tPreparation for the Council (Justice and Home Affairs) 14470/1/25 REV 1',
      'meeting on 11 and 12 December 2025',
      'JAI 1502',
      'Regulation on the prevention and combating of child',
      'COSI 201',
      'sexual abuse',
      'General approach',
      'The Committee took note of the compromise text and agreed to submit it to the Council with a',
    );
    expect(texts(setItemRows(row))).toEqual([
      '2.\tPreparation for the Council (Justice and Home Affairs) meeting on 11 and 12 December 2025',
      '',
      'Regulation on the prevention and combating of child sexual abuse',
      '',
      'General approach',
      '',
      '14470/1/25 REV 1',
      'JAI 1502',
      'COSI 201',
      '',
      'The Committee took note of the compromise text and agreed to submit it to the Council with a',
    ]);
  });

  it('keeps every character, each line at the source line it opens on', () => {
    const row = lines(
      '5.\tAgreement between the European Union and a third 14986/25',
      'country on the exchange of personal data with Europol COSI 198',
      'Decision authorising the opening of negotiations',
      'ENFOPOL 391',
    );
    const result = setItemRows(row);
    expect(texts(result).join('').replace(/\s/g, '').split('').sort()).toEqual(texts(row).join('').replace(/\s/g, '').split('').sort());
    expect(result.filter((entry) => entry.text !== '').map((entry) => [entry.text, entry.line])).toEqual([
      ['5.\tAgreement between the European Union and a third country on the exchange of personal data with Europol', 1],
      ['Decision authorising the opening of negotiations', 3],
      ['14986/25', 1],
      ['COSI 198', 2],
      ['ENFOPOL 391', 4],
    ]);
  });

  it("sets back a column printed on lines of its own between the cell's lines, joining the lines of a German title over its capitalised nouns", () => {
    const row = lines(
      '2.\tVorbereitung der Tagung des Rates (Justiz und',
      '14470/1/25 REV 1',
      'Inneres) am 11. und 12. Dezember 2025',
      'JAI 1502',
      'Verordnung zur Festlegung von Vorschriften zur',
      'COSI 201',
      'Prävention und Bekämpfung des sexuellen Missbrauchs',
      'von Kindern',
      'Allgemeine Ausrichtung',
      'Der Ausschuss nahm den Kompromisstext zur Kenntnis und kam überein, ihn dem Rat im',
    );
    expect(texts(setItemRows(row))).toEqual([
      '2.\tVorbereitung der Tagung des Rates (Justiz und Inneres) am 11. und 12. Dezember 2025',
      '',
      'Verordnung zur Festlegung von Vorschriften zur Prävention und Bekämpfung des sexuellen Missbrauchs von Kindern',
      '',
      'Allgemeine Ausrichtung',
      '',
      '14470/1/25 REV 1',
      'JAI 1502',
      'COSI 201',
      '',
      'Der Ausschuss nahm den Kompromisstext zur Kenntnis und kam überein, ihn dem Rat im',
    ]);
  });

  it('sets a subtitle apart from a title without a column beside it where its first word would have fitted on the line above', () => {
    const row = lines(
      "5.\tAccord entre l'Union européenne et un pays tiers sur",
      "l'échange de données à caractère personnel avec",
      'Europol',
      "Décision autorisant l'ouverture de négociations",
      '',
      '14986/25',
    );
    expect(texts(setItemRows(row))).toEqual([...texts(row).slice(0, 3), '', ...texts(row).slice(3)]);
    const wrapped = lines('3.\tImplementation of the EU Strategy to tackle', 'Organised Crime 2021-2025', '');
    expect(setItemRows(wrapped)).toEqual(wrapped);
  });

  it("reads a title cut after a day's ordinal dot as going on with its month", () => {
    const row = lines(
      '4.\tFolgemaßnahmen zur Tagung des COSI vom 18.',
      'November 2025',
      'Informationen des Vorsitzes über den Stand der Strategie',
      'Der Ausschuss nahm die Informationen zur Kenntnis.',
    );
    expect(texts(setItemRows(row))).toEqual([texts(row)[0], texts(row)[1], '', texts(row)[2], '', texts(row)[3]]);
  });

  it('opens the text after a blank line where a sentence follows a title and its subtitle', () => {
    const row = lines(
      '4.\tFollow-up of the COSI meeting of 18 November 2025',
      'Information from the Presidency on the state of play of the',
      'internal security strategy ProtectEU',
      'The Committee took note of the information from the Presidency.',
    );
    expect(texts(setItemRows(row))).toEqual([...texts(row).slice(0, 3), '', texts(row)[3]]);
  });

  it('leaves a row alone whose column stands on lines of its own, a title on one line and the sentence under it', () => {
    const row = lines(
      '3.\tConclusions on the future of Europol',
      'Approval',
      '',
      '15311/25',
      'ENFOPOL 402',
      '',
      'The Committee approved the draft conclusions.',
    );
    expect(setItemRows(row)).toEqual(row);
    const single = lines('1. Adoption of the agenda', 'The agenda was adopted as set out in CM 2210/24.');
    expect(setItemRows(single)).toEqual(single);
  });

  it('leaves numbered paragraphs, day headings and titles ending on a code without any document number alone', () => {
    const paragraph = lines('12. Member States are invited to report on the', 'implementation of the action plan', 'The Commission will present 14470/25');
    expect(setItemRows(paragraph)).toEqual(paragraph);
    const sentences = lines(
      '3. Draft conclusions were discussed. Several delegations asked for',
      'a reference to Frontex',
      'The Presidency will revise the text.',
    );
    expect(setItemRows(sentences)).toEqual(sentences);
    const day = lines('13. Februar 2008', 'Herr Javier SOLANA, Generalsekretär/Hoher Vertreter', 'Die Delegationen erhalten in der Anlage das Dokument.');
    expect(setItemRows(day)).toEqual(day);
    const code = lines('4. Operational action plans of EMPACT 2026', 'priorities of the cycle');
    expect(setItemRows(code)).toEqual(code);
  });

  it('keeps documents the register lists in its own forms under a title in the column, in their order (`WK 2345/2026 INIT`, `COM(2026) 85 final`)', () => {
    const row = lines('4.\tMigrant smuggling: operational cooperation with third countries', '6120/26 ADD 1 REV 2', 'WK 2345/2026 INIT', 'COM(2026) 85 final');
    expect(texts(setItemRows(row))).toEqual([
      '4.\tMigrant smuggling: operational cooperation with third countries',
      '6120/26 ADD 1 REV 2',
      'WK 2345/2026 INIT',
      'COM(2026) 85 final',
    ]);
    const french = lines('7.\t(évent.) Plans d’action opérationnels EMPACT 2026', 'ST 6512 2026 INIT', '6010/26, 6011/26 et 6012/26');
    expect(texts(setItemRows(french))).toEqual(['7.\t(évent.) Plans d’action opérationnels EMPACT 2026', 'ST 6512 2026 INIT', '6010/26, 6011/26 et 6012/26']);
    // Run into the title's line, the column is set after the title's paragraphs, whatever form its documents take.
    const runIn = lines(
      '5.\tAgreement with a third country on the exchange 14986/25',
      'of personal data with Europol WK 2345/2026 INIT',
      'Decision authorising negotiations',
    );
    expect(texts(setItemRows(runIn))).toEqual([
      '5.\tAgreement with a third country on the exchange of personal data with Europol',
      '',
      'Decision authorising negotiations',
      '',
      '14986/25',
      'WK 2345/2026 INIT',
    ]);
  });
});
