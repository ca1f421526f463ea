/**
 * The cover note of 2016 sending COSI's fourth report to the national Parliaments (7033/16 of 11 March 2016), its
 * wording kept, in Dutch and English, as plain `pdftotext` and `-layout` print its one page: for
 * tests/unseen-footnotes-texts.test.ts (its footnote under the rule that ends its text) and
 * tests/report-2016-footnotes-texts.test.ts (the report it sends).
 */

/** The cover note in one version: its head as each text prints it, its body's lines, its footer's pieces, its footnote. */
export interface CoverNote7033 {
  head: { plain: string[]; layout: string[] };
  body: string[];
  footer: string[];
  footnote: string;
}

/**
 * 7033/16's cover note: the text ends on the rule under its last line, footnote 1 (called glued to the word before
 * the full stop, `voorgelegd1.`, `2015.1`: the superscript as plain `pdftotext` glues it) at the foot below the rule.
 */
export const COVER_NOTES_7033: Readonly<Record<'Dutch' | 'English', CoverNote7033>> = {
  Dutch: {
    head: {
      plain: [
        'Raad van de',
        'Europese Unie',
        '',
        'Brussel, 11 maart 2016',
        '(OR. en)',
        '7033/16',
        'PARLNAT 57',
        '',
        'NOTA',
        'van:',
        'aan:',
        'Betreft:',
        '',
        'het secretariaat-generaal van de Raad',
        'de nationale parlementen',
        'Verslag aan het Europees Parlement en de nationale parlementen over de',
        'werkzaamheden van het Permanent Comité operationele samenwerking op het',
        'gebied van de binnenlandse veiligheid voor de periode juli 2014 - december 2015',
        '',
      ],
      layout: [
        'Raad van de                                     Brussel, 11 maart 2016',
        'Europese Unie                                   (OR. en)',
        '                                                7033/16',
        '',
        '                                                PARLNAT 57',
        '',
        'NOTA',
        'van:                     het secretariaat-generaal van de Raad',
        'aan:                     de nationale parlementen',
        'Betreft:                 Verslag aan het Europees Parlement en de nationale parlementen over de',
        '                         werkzaamheden van het Permanent Comité operationele samenwerking op het',
        '                         gebied van de binnenlandse veiligheid voor de periode juli 2014 - december 2015',
        '',
      ],
    },
    body: [
      'Het voorzitterschap van de Raad heeft aan de Raad bijgaand verslag over de werkzaamheden van',
      'het Permanent Comité operationele samenwerking op het gebied van de binnenlandse veiligheid',
      'voor de periode juli 2014 - december 2015 voorgelegd1.',
      'Overeenkomstig artikel 71 van het Verdrag betreffende de werking van de Europese Unie en',
      'artikel 6, lid 2, van het besluit van de Raad tot oprichting van het Permanent Comité operationele',
      'samenwerking op het gebied van de binnenlandse veiligheid (COSI) legt de Raad bovengenoemd',
      'verslag hierbij voor aan de nationale parlementen.',
    ],
    footer: ['7033/16', 'dui/OMS/cg', 'DRI', '1', 'NL'],
    footnote: 'Doc. 5299/16.',
  },
  English: {
    head: {
      plain: [
        'Council of the',
        'European Union',
        '',
        'Brussels, 11 March 2016',
        '(OR. en)',
        '7033/16',
        'PARLNAT 57',
        '',
        'NOTE',
        'From:',
        'To:',
        'Subject:',
        '',
        'General Secretariat of the Council',
        'National Parliaments',
        'Report to the European Parliament and national Parliaments on the',
        'proceedings of the Standing Committee on operational cooperation on',
        'internal security for the period July 2014 - December 2015',
        '',
      ],
      layout: [
        'Council of the                                  Brussels, 11 March 2016',
        'European Union                                  (OR. en)',
        '                                                7033/16',
        '',
        '                                                PARLNAT 57',
        '',
        'NOTE',
        'From:                    General Secretariat of the Council',
        'To:                      National Parliaments',
        'Subject:                 Report to the European Parliament and national Parliaments on the',
        '                         proceedings of the Standing Committee on operational cooperation on',
        '                         internal security for the period July 2014 - December 2015',
        '',
      ],
    },
    body: [
      'The Presidency of the Council has submitted to the Council the annexed report on the proceedings',
      'of the Standing Committee on operational cooperation on internal security for the period July',
      '2014 - December 2015.1',
      'In accordance with Article 71 of the Treaty on the Functioning of the European Union and Article',
      '6(2) of the Council Decision establishing the Standing Committee on operational cooperation on',
      'internal security (COSI), the Council hereby transmits the said report to the national',
      'Parliaments.',
    ],
    footer: ['7033/16', 'dui/OMS/cg', 'DRI', '1', 'EN'],
    footnote: 'Doc. 5299/16.',
  },
};
