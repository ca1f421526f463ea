import { describe, expect, it } from 'vitest';
import { findLabels } from '../../../../../scripts/ingest/parse/header/header-labels.ts';
import { readHead } from '../../../../../scripts/ingest/parse/header/header-head.ts';

const head = (text: string) => readHead(text, findLabels(text));

describe('readHead', () => {
  it('reads a flattened head from its anchors, whatever their order', () => {
    expect(head('PUBLIC. Brussels, 27 May 2011 COUNCIL OF THE EUROPEAN UNION 8776/3/11 REV 3 LIMITE GENVAL 36 CRIMORG 48 NOTE ')).toMatchObject({
      number: '8776/3/11 REV 3',
      place: 'Brussels',
      date: '2011-05-27',
      limite: true,
      public: true,
      publicPrinted: 'PUBLIC.',
      codes: ['GENVAL 36', 'CRIMORG 48'],
      kind: 'note',
      otherLines: ['COUNCIL OF THE EUROPEAN UNION'],
    });
  });

  it('reads the PUBLIC marking where the header prints it, but not the word in a title in capitals', () => {
    expect(head('PUBLIC Council of the European Union Brussels, 3 May 2019 (OR. en) 8812/19 COSI 98 NOTE ')).toMatchObject({
      public: true,
      limite: false,
      otherLines: ['Council of the European Union'],
    });
    expect(head('Rada Unii Europejskiej\nBruksela, 3 maja 2019 r.\n(OR. en)\n8812/19\nLIMITE\nPUBLIC\nCOSI 98\n')).toMatchObject({
      public: true,
      limite: true,
    });
    expect(head('Council of the European Union Brussels, 3 May 2019 8812/19 COSI 98 PROTECTION OF PUBLIC SPACES ')).toMatchObject({ public: false });
    expect(head('Conseil de l’Union européenne Bruxelles, le 3 mai 2019 8812/19 COSI 98 ORDRE PUBLIC ')).toMatchObject({ public: false });
    // `LIMITE PUBLIC` above the number is the register's stamp on a LIMITE document made public: its PUBLIC marking as
    // printed, its LIMITE not the document's own (run into the Council's name on a page run into one line)
    expect(head('LIMITE PUBLIC Council of the European Union Brussels, 3 May 2019 8812/19 COSI 98 NOTE ')).toMatchObject({
      public: true,
      publicPrinted: 'LIMITE PUBLIC',
      limite: false,
      otherLines: ['Council of the European Union'],
    });
    expect(head('LIMITE   PUBLIC\nCouncil of the European Union\nBrussels, 3 May 2019\n8812/19\nLIMITE\nCOSI 98\n')).toMatchObject({
      public: true,
      publicPrinted: 'LIMITE PUBLIC',
      limite: true,
      otherLines: ['Council of the European Union'],
    });
  });

  it('reads the procedure of an interinstitutional file printed under its label beside the number’s COR 1, which stays the number’s', () => {
    // pdftotext -layout prints the label's line beside the right-hand column's next line; joining wrapped lines made it one
    expect(head('Brussels, 10 June 2025 (OR. en) 9876/25\nInterinstitutional File:                 COR 1 2023/0131(COD)\n   COSI 98\n')).toMatchObject({
      number: '9876/25 COR 1',
      interinstitutionalFile: '2023/0131(COD)',
      codes: ['COSI 98'],
      otherLines: [],
    });
  });

  it('gives both languages of an original drafted in two, as `(OR. en, fr)` prints them', () => {
    expect(head('Brussels, 24 October 2025\n(OR. en, fr)\n14470/25\n').originalLanguage).toBe('en, fr');
    expect(head('Brussels, 24 October 2025\n(OR. EN)\n14470/25\n').originalLanguage).toBe('en');
  });

  it('reads an addendum’s or corrigendum’s kind line whole, naming the kind it completes, and leaves no word of it as a code', () => {
    expect(head('Brussels, 24 October 2025\n14470/25\nADD 1\nCOSI 188\nADDENDUM TO NOTE\n')).toMatchObject({
      number: '14470/25 ADD 1',
      kind: 'addendum-to-note',
      codes: ['COSI 188'],
      otherLines: [],
    });
    expect(head('Brussels, 10 June 2025\n9876/25\nCOR 1\nCORRIGENDUM TO I/A ITEM NOTE\n').kind).toBe('corrigendum-to-i-a-item-note');
  });

  it('reads an addendum’s or corrigendum’s kind line in the other languages, the kind it completes after a few short words', () => {
    const cases: [string, string, string][] = [
      ['Bruxelles, le 24 octobre 2025\n14470/25\nADD 1\nCOSI 188\nADDENDUM À LA NOTE\n', 'addendum-to-note', 'ADDENDUM À LA NOTE'],
      [
        'Bruxelles, le 24 octobre 2025\n14470/25\nCOR 1\nCOSI 188\nRECTIFICATIF À LA NOTE DE TRANSMISSION\n',
        'corrigendum-to-cover-note',
        'RECTIFICATIF À LA NOTE DE TRANSMISSION',
      ],
      ['Brüssel, den 24. Oktober 2025\n14470/25\nADD 1\nCOSI 188\nADDENDUM ZUM VERMERK\n', 'addendum-to-note', 'ADDENDUM ZUM VERMERK'],
      [
        'Brüssel, den 24. Oktober 2025\n14470/25\nCOR 1\nCOSI 188\nKORRIGENDUM ZUM I/A-PUNKT-VERMERK\n',
        'corrigendum-to-i-a-item-note',
        'KORRIGENDUM ZUM I/A-PUNKT-VERMERK',
      ],
      ['Bruselas, 24 de octubre de 2025\n14470/25\nADD 1\nCOSI 188\nADENDA A LA NOTA\n', 'addendum-to-note', 'ADENDA A LA NOTA'],
      ['Bruxelles, 24 ottobre 2025\n14470/25\nADD 1\nCOSI 188\nADDENDUM ALLA NOTA\n', 'addendum-to-note', 'ADDENDUM ALLA NOTA'],
      ['Brussel, 24 oktober 2025\n14470/25\nCOR 1\nCOSI 188\nCORRIGENDUM BIJ DE NOTA\n', 'corrigendum-to-note', 'CORRIGENDUM BIJ DE NOTA'],
    ];
    for (const [text, kind, printed] of cases) {
      expect(head(text), text).toMatchObject({ kind, kindPrinted: printed, codes: ['COSI 188'], otherLines: [] });
    }
  });

  it('reads a declassified version’s kind line in the languages that print their own word for it', () => {
    const words: [string, string][] = [
      ['FREIGABE', 'declassification'],
      ['DECLASSIFICAZIONE', 'declassification'],
      ['DESCLASIFICACIÓN', 'declassification'],
      ['DESCLASSIFICAÇÃO', 'declassification'],
      ['DECLASSIFICATIE', 'declassification'],
      ['ODTAJNIENIE', 'declassification'],
      ['ODTAJNĚNÍ', 'declassification'],
      ['ODTAJNENIE', 'declassification'],
      ['DECLASIFICARE', 'declassification'],
      ['DEKLASIFIKACIJA', 'declassification'],
      ['РАЗСЕКРЕТЯВАНЕ', 'declassification'],
      ['ΑΠΟΧΑΡΑΚΤΗΡΙΣΜΟΣ', 'declassification'],
      ['DEKLASSIFIKAZZJONI', 'declassification'],
      ['AFKLASSIFICERING', 'declassification'],
      ['IŠSLAPTINIMAS', 'declassification'],
      ['DESCLASIFICACIÓN PARCIAL', 'partial-declassification'],
      ['TEILWEISE FREIGABE', 'partial-declassification'],
    ];
    for (const [word, kind] of words)
      expect(head(`Brussels, 7 June 2024\n7595/16\nDCL 1\nCOSI 56\n${word}\n`), word).toMatchObject({ kind, codes: ['COSI 56'], otherLines: [] });
  });

  it('keeps an addendum’s word apart from a kind it is not joined to on its line', () => {
    expect(head('Brussels, 24 October 2025\n14470/25\nADD 1\nADDENDUM\nCOSI 188\nNOTE\n')).toMatchObject({ kind: 'note' });
  });

  it('reads the words of capitals that qualify a kind on its line with it, and none of them as a code', () => {
    expect(head('Brussels, 3 March 2026\nCM 1204/1/26\nREV 1\nCOSI\nENFOPOL\nCOMMUNICATION\nREVISED NOTICE OF MEETING AND PROVISIONAL AGENDA\n')).toMatchObject(
      {
        kind: 'notice-of-meeting-and-provisional-agenda',
        kindPrinted: 'REVISED NOTICE OF MEETING AND PROVISIONAL AGENDA',
        codes: ['COSI', 'ENFOPOL'],
        otherLines: ['COMMUNICATION'],
      },
    );
    expect(
      head('Bruxelles, le 3 mars 2026\nCM 1204/1/26\nREV 1\nCOSI\nENFOPOL\nCOMMUNICATION\nAVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE RÉVISÉS\n'),
    ).toMatchObject({
      kind: 'notice-of-meeting-and-provisional-agenda',
      kindPrinted: 'AVIS DE RÉUNION ET ORDRE DU JOUR PROVISOIRE RÉVISÉS',
      codes: ['COSI', 'ENFOPOL'],
      otherLines: ['COMMUNICATION'],
    });
    expect(head('Brussels, 3 March 2026\n6512/26\nDRAFT ADDENDUM TO NOTE\n')).toMatchObject({
      kind: 'addendum-to-note',
      kindPrinted: 'DRAFT ADDENDUM TO NOTE',
    });
  });

  it('keeps a code printed bare beside a kind as a code', () => {
    expect(head('Brussels, 3 March 2026\n6512/26\nLIMITE\nCOSI NOTE\n')).toMatchObject({ kind: 'note', kindPrinted: 'NOTE', codes: ['COSI'] });
  });

  it('reads a place and date with the day of the week before the date', () => {
    expect(head('Luxembourg, Tuesday 3 March 2026\n6512/26\nNOTE\n')).toMatchObject({
      place: 'Luxembourg',
      date: '2026-03-03',
      placeAndDatePrinted: 'Luxembourg, Tuesday 3 March 2026',
    });
    expect(head('Bruxelles, le mardi 3 mars 2026\n6512/26\nNOTE\n')).toMatchObject({ place: 'Bruxelles', date: '2026-03-03' });
    expect(head('Bruselas, martes 3 de marzo de 2026\n6512/26\nNOTE\n')).toMatchObject({ place: 'Bruselas', date: '2026-03-03' });
  });

  it('reads a place and date printed in figures, day first', () => {
    expect(head('Brussels, 3.3.2026\n6512/26\nNOTE\n')).toMatchObject({ place: 'Brussels', date: '2026-03-03' });
    expect(head('Bruxelles, le 03.03.2026\n6512/26\nNOTE\n')).toMatchObject({ place: 'Bruxelles', date: '2026-03-03' });
    expect(head('Brusel 24. 10. 2025\n6512/26\nNOTE\n')).toMatchObject({ place: 'Brusel', date: '2025-10-24' });
    expect(head('Brussels, 31.2.2026\n6512/26\nNOTE\n').date).toBeNull();
  });

  it('reads a procedure number printed without its label beside the original’s language as the interinstitutional file, with no printed label', () => {
    expect(head('Brussels, 4 March 2024 (OR. fr, en) 2025/0123 (COD) 14470/25 LIMITE COSI 180 NOTE ')).toMatchObject({
      number: '14470/25',
      originalLanguage: 'fr, en',
      interinstitutionalFile: '2025/0123(COD)',
      interinstitutionalPrinted: { label: '', value: '2025/0123 (COD)' },
      otherLines: [],
    });
    // only the register's types of procedure: years and letters in brackets are no file (`2021/2025 (EMPACT)`), nor part of a longer number
    expect(head('Brussels, 4 March 2024 (OR. en) 14470/25 2021/2025 (ABC) NOTE ')).toMatchObject({ interinstitutionalFile: null });
    expect(head('Brussels, 4 March 2024 (OR. en) 14470/25 12025/0123 (COD) NOTE ')).toMatchObject({ interinstitutionalFile: null });
  });

  it('keeps the interinstitutional file as a field and does not take its procedure for the number', () => {
    expect(head('Brussels, 3 May 2024\n(OR. en)\nInterinstitutional File:\n2023/0437(COD)\n9300/24\nCOSI 70\nNOTE\n')).toMatchObject({
      number: '9300/24',
      originalLanguage: 'en',
      interinstitutionalFile: '2023/0437(COD)',
      codes: ['COSI 70'],
      kind: 'note',
      otherLines: [],
    });
  });

  it('reads French and German heads and gives the languages their words are in', () => {
    expect(head("Conseil de l'Union européenne\nBruxelles, le 3 mai 2019\n8812/19\nNOTE\n")).toMatchObject({
      date: '2019-05-03',
      placeAndDatePrinted: 'Bruxelles, le 3 mai 2019',
      kind: 'note',
      kindPrinted: 'NOTE',
      languages: ['fr', null, null, null],
    });
    expect(head('Rat der Europäischen Union\nBrüssel, den 3. Dezember 2019\n8812/19\nERGEBNIS DER BERATUNGEN\n')).toMatchObject({
      date: '2019-12-03',
      placeAndDatePrinted: 'Brüssel, den 3. Dezember 2019',
      kind: 'outcome-of-proceedings',
      kindPrinted: 'ERGEBNIS DER BERATUNGEN',
      languages: ['de', 'de', 'de', 'de'],
    });
  });

  it('takes the last document-type line for the kind and keeps an earlier one as an other line', () => {
    expect(head('LIMITE PUBLIC\nBrussels, 4 November 2025\nCM 4911/25\nCOSI\nJAI\nCOMMUNICATION\nNOTICE OF MEETING AND PROVISIONAL AGENDA\n')).toMatchObject({
      number: 'CM 4911/25',
      limite: false,
      public: true,
      codes: ['COSI', 'JAI'],
      kind: 'notice-of-meeting-and-provisional-agenda',
      otherLines: ['COMMUNICATION'],
    });
  });

  it('reads no number and no date where there are none', () => {
    expect(head('COUNCIL OF THE EUROPEAN UNION. Brussels, 23 November /11 COPEN 338 ')).toMatchObject({ number: null, date: null });
  });
});

describe('readHead: the kind lines of the official languages', () => {
  // a report's and a cover note's kind line as the Czech, Greek, Irish, Maltese and Finnish versions print it; a note's and
  // an I/A item note's as the Dutch, Polish, Czech, Greek, Bulgarian and Hungarian versions do
  const cases: [string, string, string, string][] = [
    ['cs', 'Rada Evropské unie', 'ZPRÁVA', 'report'],
    ['el', 'Συμβούλιο της Ευρωπαϊκής Ένωσης', 'ΕΚΘΕΣΗ', 'report'],
    ['ga', 'Comhairle an Aontais Eorpaigh', 'TUARASCÁIL', 'report'],
    ['ga', 'Comhairle an Aontais Eorpaigh', 'NÓTA CUMHDAIGH', 'cover-note'],
    ['mt', 'Il-Kunsill tal-Unjoni Ewropea', 'RAPPORT', 'report'],
    ['fi', 'Euroopan unionin neuvosto', 'RAPORTTI', 'report'],
    // a note as some Dutch and Polish versions print it, beside their `NOTA`
    ['nl', 'Raad van de Europese Unie', 'NOOT', 'note'],
    ['pl', 'Rada Unii Europejskiej', 'NOTATKA', 'note'],
    // an I/A item note, its I/A in the quotes of the language
    ['nl', 'Raad van de Europese Unie', 'I/A-PUNTNOTA', 'i-a-item-note'],
    ['pl', 'Rada Unii Europejskiej', 'NOTA DO PUNKTU „I/A”', 'i-a-item-note'],
    ['pl', 'Rada Unii Europejskiej', 'NOTATKA DO PUNKTU „I/A”', 'i-a-item-note'],
    ['cs', 'Rada Evropské unie', 'POZNÁMKA K BODU „I/A“', 'i-a-item-note'],
    ['el', 'Συμβούλιο της Ευρωπαϊκής Ένωσης', 'ΣΗΜΕΙΩΜΑ ΣΗΜΕΙΟΥ «I/A»', 'i-a-item-note'],
    ['bg', 'Съвет на Европейския съюз', 'БЕЛЕЖКА ПО ТОЧКА „I/A“', 'i-a-item-note'],
    ['hu', 'Az Európai Unió Tanácsa', '„I/A” NAPIRENDI PONTRA VONATKOZÓ FELJEGYZÉS', 'i-a-item-note'],
    // the Irish outcome as printed in capitals, the eclipsis's letter small and without its hyphen, and in capitals throughout
    ['ga', 'Comhairle an Aontais Eorpaigh', 'TORADH NA nIMEACHTAÍ', 'outcome-of-proceedings'],
    ['ga', 'Comhairle an Aontais Eorpaigh', 'TORADH NA NIMEACHTAÍ', 'outcome-of-proceedings'],
    ['ga', 'Comhairle an Aontais Eorpaigh', 'TORADH NA N-IMEACHTAÍ', 'outcome-of-proceedings'],
    // a note the Presidency sends, its sender in the kind line as each version words it
    ['en', 'Council of the European Union', 'NOTE FROM THE PRESIDENCY', 'presidency-note'],
    ['it', "Consiglio dell'Unione europea", 'NOTA DELLA PRESIDENZA', 'presidency-note'],
    ['es', 'Consejo de la Unión Europea', 'NOTA DE LA PRESIDENCIA', 'presidency-note'],
    ['pt', 'Conselho da União Europeia', 'NOTA DA PRESIDÊNCIA', 'presidency-note'],
    ['nl', 'Raad van de Europese Unie', 'NOTA VAN HET VOORZITTERSCHAP', 'presidency-note'],
    ['pl', 'Rada Unii Europejskiej', 'NOTA PREZYDENCJI', 'presidency-note'],
    ['da', 'Rådet for Den Europæiske Union', 'NOTAT FRA FORMANDSKABET', 'presidency-note'],
    ['sv', 'Europeiska unionens råd', 'NOT FRÅN ORDFÖRANDESKAPET', 'presidency-note'],
    ['el', 'Συμβούλιο της Ευρωπαϊκής Ένωσης', 'ΣΗΜΕΙΩΜΑ ΤΗΣ ΠΡΟΕΔΡΙΑΣ', 'presidency-note'],
    ['bg', 'Съвет на Европейския съюз', 'БЕЛЕЖКА ОТ ПРЕДСЕДАТЕЛСТВОТО', 'presidency-note'],
    ['ro', 'Consiliul Uniunii Europene', 'NOTA PREȘEDINȚIEI', 'presidency-note'],
    ['hr', 'Vijeće Europske unije', 'NAPOMENA PREDSJEDNIŠTVA', 'presidency-note'],
    ['cs', 'Rada Evropské unie', 'POZNÁMKA PŘEDSEDNICTVÍ', 'presidency-note'],
    ['sk', 'Rada Európskej únie', 'POZNÁMKA PREDSEDNÍCTVA', 'presidency-note'],
    ['sl', 'Svet Evropske unije', 'OPOMBA PREDSEDSTVA', 'presidency-note'],
    ['et', 'Euroopa Liidu Nõukogu', 'EESISTUJARIIGI MÄRKUS', 'presidency-note'],
    ['lv', 'Eiropas Savienības Padome', 'PREZIDENTŪRAS PIEZĪME', 'presidency-note'],
    ['lt', 'Europos Sąjungos Taryba', 'PIRMININKAUJANČIOSIOS VALSTYBĖS NARĖS PASTABA', 'presidency-note'],
    ['hu', 'Az Európai Unió Tanácsa', 'AZ ELNÖKSÉG FELJEGYZÉSE', 'presidency-note'],
    ['fi', 'Euroopan unionin neuvosto', 'PUHEENJOHTAJAVALTION MUISTIO', 'presidency-note'],
    ['mt', 'Il-Kunsill tal-Unjoni Ewropea', 'NOTA MILL-PRESIDENZA', 'presidency-note'],
    ['ga', 'Comhairle an Aontais Eorpaigh', 'NÓTA ÓN UACHTARÁNACHT', 'presidency-note'],
  ];
  for (const [language, institution, line, kind] of cases) {
    it(`reads the ${language} kind line ${line} as ${kind}`, () => {
      expect(head(`${institution}\n9300/24\nCOSI 70\n${line}\n`)).toMatchObject({ number: '9300/24', codes: ['COSI 70'], kind, otherLines: [institution] });
    });
  }
});

describe('readHead: an I/A item note named in wordings the vocabulary does not hold', () => {
  // The vocabulary holds one wording a language; versions and years word the line otherwise, the I/A item in it always.
  const lines: [string, string][] = [
    ['nl', 'I/A-PUNTNOTITIE'],
    ['nl', 'NOTITIE I/A-PUNT'],
    ['nl', 'I/A-PUNT NOTA'],
    ['da', 'I/A-PUNKTSNOTE'],
    ['es', 'NOTA DE PUNTO «I/A»'],
    ['et', 'I/A PUNKTI MÄRGUKIRI'],
    ['fi', 'I/A PUNKTI MUISTIO'],
    ['hr', '„I/A” NAPOMENA'],
    ['sl', 'BELEŠKA O TOČKI „I/A“'],
    ['lt', 'PASTABA DĖL I/A PUNKTO'],
    ['mt', 'NOTA TA\' PUNT "I/A"'],
    ['ga', 'NÓTA FAOI PHOINTE "I/A"'],
  ];
  for (const [language, line] of lines) {
    it(`reads the ${language} line ${line} as an I/A item note, the whole line its kind's, on its line and on a page run into one line`, () => {
      expect(head(`9300/24\nCOSI 70\n\n${line}\n`)).toMatchObject({ number: '9300/24', codes: ['COSI 70'], kind: 'i-a-item-note', otherLines: [] });
      expect(head(`9300/24 COSI 70 ${line} `)).toMatchObject({ number: '9300/24', codes: ['COSI 70'], kind: 'i-a-item-note', otherLines: [] });
    });
  }

  it('leaves a note a note, and an A item note an A item note', () => {
    expect(head('9300/24\nCOSI 70\n\nNOTE\n')).toMatchObject({ kind: 'note' });
    expect(head('9300/24\nCOSI 70\n\n"A" ITEM NOTE\n')).toMatchObject({ kind: 'a-item-note' });
  });
});

describe('readHead: a kind line of one word under the codes', () => {
  const above = 'Rat der Europäischen Union\nBrüssel, den 14. Oktober 2022\n13250/22\nLIMITE\n\nCOSI 121\nENFOPOL 489\nJAI 1298\n\n';

  it('reads the Danish and Croatian note lines NOTAT and BILJEŠKA as a note', () => {
    expect(head(`${above}NOTAT\n`)).toMatchObject({ kind: 'note', codes: ['COSI 121', 'ENFOPOL 489', 'JAI 1298'], languages: ['de', 'de', 'de', 'da'] });
    expect(head(`${above}BILJEŠKA\n`)).toMatchObject({
      kind: 'note',
      codes: ['COSI 121', 'ENFOPOL 489', 'JAI 1298'],
      otherLines: ['Rat der Europäischen Union'],
    });
  });

  it('reads a word the vocabulary does not know, set apart under the codes, as the kind line and not as a code', () => {
    expect(head(`${above}MEMORANDUM\n`)).toMatchObject({ kind: 'memorandum', kindPrinted: 'MEMORANDUM', codes: ['COSI 121', 'ENFOPOL 489', 'JAI 1298'] });
  });

  it('reads a kind line of several words the vocabulary does not know in any alphabet, as printed, and not as another line', () => {
    // (a summary record's lines, `ACTA RESUMIDA`, `PROTOKÓŁ SKRÓCONY`, are known now: tests/summary-record-languages.test.ts)
    const lines: [string, string][] = [
      ['PROYECTO DE CONCLUSIONES', 'proyecto-de-conclusiones'],
      ['PROJEKT KONKLUZJI', 'projekt-konkluzji'],
      ['NÁVRH ZÁVĚRŮ', 'návrh-závěrů'],
      ['ΣΧΕΔΙΟ ΣΥΜΠΕΡΑΣΜΑΤΩΝ', 'σχεδιο-συμπερασματων'],
      ['ПРОЕКТ НА ЗАКЛЮЧЕНИЯ', 'проект-на-заключения'],
    ];
    for (const [line, kind] of lines)
      expect(head(`${above}${line}\n`)).toMatchObject({
        kind,
        kindPrinted: line,
        codes: ['COSI 121', 'ENFOPOL 489', 'JAI 1298'],
        otherLines: ['Rat der Europäischen Union'],
      });
  });

  it('keeps a bare code of the codes’ block, and a known bare code set apart, as codes', () => {
    expect(head('Brussels, 4 November 2025\nCM 4911/25\nCOSI\nFREMP\n\nNOTICE OF MEETING\n')).toMatchObject({
      codes: ['COSI', 'FREMP'],
      kind: 'notice-of-meeting',
    });
    expect(head('Brussels, 4 November 2025\nCM 4911/25\nCOSI\n\nJAI\n')).toMatchObject({ codes: ['COSI', 'JAI'], kind: null });
  });
});
