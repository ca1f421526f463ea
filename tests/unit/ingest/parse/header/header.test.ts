import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../../../scripts/ingest/parse/header/header.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';

const header = (text: string) => readHeader(normalise(text)).header;
const seed = (name: string) => header(readFileSync(`content/sources/${name}`, 'utf8'));

describe('readHeader', () => {
  it('reads every field of the header of seed 000', () => {
    const { values, warnings, ...fields } = seed('000_fcebac5ee47826ac.txt');
    expect(fields).toEqual({
      number: '15912/25',
      concerns: [],
      date: '2025-11-25',
      unreadDate: null,
      place: 'Brussels',
      language: 'en',
      originalLanguage: 'en',
      limite: false,
      public: false,
      classification: null,
      publicAccess: null,
      codes: ['COSI 237', 'JAI 1769', 'CEPOL', 'EUDA', 'EUROJUST', 'EUROPOL', 'FRONTEX'],
      kind: 'outcome-of-proceedings',
      from: 'General Secretariat of the Council',
      on: ['2025-11-18', '2025-11-19'],
      to: 'Delegations',
      previous: [],
      commissionProposal: [],
      interinstitutionalFile: null,
      otherLines: [],
      // an outcome prints no `Time:` or `Venue:` row
      meetingRows: [],
      subject: 'Outcome of Proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)',
      subjectCalls: null,
      printed: {
        placeAndDate: 'Brussels, 25 November 2025',
        kind: 'OUTCOME OF PROCEEDINGS',
        labels: { from: 'From:', on: 'On:', to: 'To:', subject: 'Subject:' },
        meetingDays: '18 and 19 November 2025',
        originalLanguage: '(OR. en)',
      },
    });
    expect(values.map((entry) => entry.line)).toEqual([18, 19, 20, 21]);
    expect(warnings).toEqual([]);
  });

  it('reads the bold LIMITE and NOTE and the previous document of seed 003', () => {
    const fields = seed('003_4dba75d703f3f065.txt');
    expect([fields.limite, fields.kind, fields.previous, fields.codes.length]).toEqual([true, 'note', ['8451/25'], 11]);
  });

  it('gives a declassified version’s new status its value where plain pdftotext printed the label bare above `Subject:` (`new status:` / `Subject:`, then `Public` / the subject), in English, French and German', () => {
    const labels = [
      ['Brussels, 12 March 2020', 'of document:', 'dated:', '3 May 2019', 'new status:', 'Subject:', 'Public'],
      ['Bruxelles, le 12 mars 2020', 'du document:', 'en date du:', '3 mai 2019', 'nouveau statut:', 'Objet:', 'Public'],
      ['Brüssel, den 12. März 2020', 'des Dokuments:', 'vom:', '3. Mai 2019', 'Neuer Status:', 'Betr.:', 'öffentlich'],
    ];
    for (const [place, ofDocument, dated, day, status, subject, value] of labels) {
      const read = header(
        `Council of the\nEuropean Union\n\n${place}\n(OR. en)\n8812/19\nEXT 1\nCOSI 71\n\nPARTIAL DECLASSIFICATION\n${ofDocument}\n${dated}\n\n8812/19 LIMITE\n${day}\n\n${status}\n${subject}\n\n${value}\nStrengthening the internal security dimension of the fight against\nterrorism\n\nDelegations will find attached the partially declassified version.\n`,
      );
      expect(read.subject).toBe('Strengthening the internal security dimension of the fight against terrorism');
      expect(read.otherLines).toContain(`${status} ${value}`);
    }
  });

  it('joins the Subject continuation line of seed 004', () => {
    expect(seed('004_3542f36dac911e8f.txt').subject).toBe('Standing Committee on Operational Cooperation on Internal Security (COSI)');
  });

  it('reads a number whose REV stands on the next line, a lower-case language and a space before the colon', () => {
    const fields = header(
      'Luxembourg, 9 June 2016\n(Or. fr)\n\n9927/1/16\nREV 1\n\nLIMITE\n\nCFSP/PESC 150\nCOSI 99\n\n"I/A" ITEM NOTE\n\nFrom :\tPresidency\nSubject :\tDraft conclusions\n',
    );
    expect(fields).toMatchObject({
      number: '9927/1/16 REV 1',
      place: 'Luxembourg',
      language: 'en',
      originalLanguage: 'fr',
      limite: true,
      codes: ['CFSP/PESC 150', 'COSI 99'],
      kind: 'i-a-item-note',
      from: 'Presidency',
      subject: 'Draft conclusions',
    });
  });

  it('reads the kind and codes below an "Interinstitutional File" label above the number', () => {
    const fields = header(
      'Brussels, 3 May 2024\n(OR. en)\n\nInterinstitutional File:\n2023/0437(COD)\n\n9300/24\n\nCOSI 70\n\nNOTE\n\nFrom:\tPresidency\nSubject:\tProgress report\n',
    );
    expect(fields).toMatchObject({ number: '9300/24', codes: ['COSI 70'], kind: 'note', subject: 'Progress report' });
  });

  it('reports a missing number and date as null instead of guessing', () => {
    const fields = header('Some text\n\nFrom: Presidency\n');
    expect([fields.number, fields.date, fields.kind]).toEqual([null, null, 'document']);
  });

  it('keeps a French subject whole where a wrapped line holds only des (no German sender’s label)', () => {
    const fields = header(
      "Conseil de l'Union européenne\n\nBruxelles, le 3 février 2026\n\n6120/26\n\nCOSI 21\n\nNOTE\nOrigine:\tla présidence\nObjet:\tÉchange de vues sur la coopération entre les services répressifs\ndes\nÉtats membres\n\n1.\tLa présidence invite les délégations à un échange de vues.\n",
    );
    expect([fields.from, fields.subject]).toEqual(['la présidence', 'Échange de vues sur la coopération entre les services répressifs des États membres']);
  });

  it('reads on to the kind line of a header without labels that pdftotext -layout prints with a code line indented under the number and blank lines between', () => {
    const read = header(
      [
        'Council of the                                Brussels, 3 December 2025',
        'European Union                                (OR. en)',
        '                                              16012/25',
        '',
        '                                              CRS CRP 45',
        '',
        '',
        'SUMMARY RECORD',
        '',
        '                    PERMANENT REPRESENTATIVES COMMITTEE',
        '',
        '                                26 and 28 November 2025',
        '',
        '1.   Adoption of the agenda                                    15850/25 OJ CRP2 45',
        'The Committee adopted the agenda.',
        '',
      ].join('\n'),
    );
    expect(read).toMatchObject({
      number: '16012/25',
      date: '2025-12-03',
      codes: ['CRS CRP 45'],
      kind: 'summary-record',
      otherLines: ['Council of the', 'European Union'],
    });
    expect(read.warnings).toEqual([]);
  });

  it('reads an outcome whose -layout header centres its codes and kind line between blank lines', () => {
    const fields = header(
      [
        'Council of the                                Brussels, 25 November 2025',
        'European Union                                (OR. en)',
        '                                              15912/25',
        '',
        '                                              COSI 237',
        '                                              JAI 1769',
        '',
        '',
        '                         OUTCOME OF PROCEEDINGS',
        '',
        'From:            General Secretariat of the Council',
        '',
        'To:              Delegations',
        '',
        'Subject:         Outcome of Proceedings of the Standing Committee on Operational Cooperation on',
        '                 Internal Security (COSI)',
        '',
        '1.   Adoption of the agenda',
        '',
      ].join('\n'),
    );
    expect(fields).toMatchObject({
      number: '15912/25',
      date: '2025-11-25',
      codes: ['COSI 237', 'JAI 1769'],
      kind: 'outcome-of-proceedings',
      from: 'General Secretariat of the Council',
      to: 'Delegations',
      subject: 'Outcome of Proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)',
    });
  });

  it('reads a note whose -layout header centres its kind line and prints LIMITE beside the number', () => {
    const fields = header(
      [
        'Council of the                                Brussels, 14 May 2025',
        'European Union                                (OR. en)',
        '                                              8812/25',
        '',
        '                                              LIMITE',
        '',
        '                                              COSI 80',
        '',
        '',
        '                                   NOTE',
        '',
        'From:            Presidency',
        'To:              Standing Committee on Operational Cooperation on Internal Security',
        'Subject:         Internal security strategy',
        '',
        '1.   The Presidency invites the Committee to take note.',
        '',
      ].join('\n'),
    );
    expect(fields).toMatchObject({
      number: '8812/25',
      limite: true,
      codes: ['COSI 80'],
      kind: 'note',
      from: 'Presidency',
      subject: 'Internal security strategy',
    });
  });
  it.each([
    ['WK 3456/2025 INIT', 'WK 3456/2025'],
    ['WK 3456/2025 REV 1', 'WK 3456/2025 REV 1'],
    ['WK 12345/2024 ADD 2', 'WK 12345/2024 ADD 2'],
    ['WK 345/2026 INIT', 'WK 345/2026'],
  ])('reads a working document’s own number %s as %s (its series kept, `INIT` dropped)', (printed, number) => {
    const text = `Council of the European Union\nBrussels, 14 March 2025\n${printed}\nLIMITE\nMEETING DOCUMENT\nFrom: Presidency\nTo: Delegations\nSubject: EMPACT\n\nDelegations will find attached a note.\n`;
    expect(header(text)).toMatchObject({ number, limite: true, kind: 'meeting-document', from: 'Presidency', subject: 'EMPACT' });
  });
});

describe('readHeader: a previous documents’ label naming a range of numbers', () => {
  const note = (institution: string, kind: string, label: string, range: string) =>
    header(`${institution}\n\nBrussels, 12 November 2025\n\n14470/25\n\nCOSI 201\n\n${kind}\n${label}\t${range}\nSubject:\tState of play\n\n1. Text.\n`);

  it('lists every number of the range among the previous documents, in each version’s word for "to"', () => {
    const every = ['9876/25', '9877/25', '9878/25', '9879/25'];
    expect(note('Council of the European Union', 'NOTE', 'No. prev. doc.:', '9876/25 to 9879/25').previous).toEqual(every);
    expect(note("Conseil de l'Union européenne", 'NOTE', 'N° doc. préc.:', '9876/25 à 9879/25').previous).toEqual(every);
    expect(note('Rat der Europäischen Union', 'VERMERK', 'Nr. Vordok.:', '9876/25 bis 9879/25').previous).toEqual(every);
    expect(note('Council of the European Union', 'NOTE', 'No. prev. doc.:', '9876/25 and 9879/25 + COR 1').previous).toEqual([
      '9876/25',
      '9879/25',
      '9879/25 COR 1',
    ]);
  });

  it('reads the German label spelt out, `Vorherige Dok.-Nr.:`, as the previous documents’, in a row and on a page run into one line', () => {
    const rows = note('Rat der Europäischen Union', 'VERMERK', 'Empfänger:\tDelegationen\nVorherige Dok.-Nr.:', '14470/25; 13802/25');
    expect([rows.to, rows.previous]).toEqual(['Delegationen', ['14470/25', '13802/25']]);
    const flat = header(
      'Rat der Europäischen Union Brüssel, den 12. November 2025 14470/25 COSI 201 VERMERK Absender: Vorsitz Empfänger: Delegationen Vorherige Dok.-Nr.: 14470/25; 13802/25 Betr.: Stand der Beratungen 1. Der Vorsitz ersucht den Ausschuss, den Stand zur Kenntnis zu nehmen.\n',
    );
    expect([flat.to, flat.previous, flat.subject]).toEqual(['Delegationen', ['14470/25', '13802/25'], 'Stand der Beratungen']);
  });
});
