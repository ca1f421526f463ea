import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatRunAnywhere, markFootFootnotes } from '../../../../../scripts/ingest/parse/footnotes/foot-footnotes.ts';
import { LINE_BREAK } from '../../../../../scripts/ingest/read/line-breaks.ts';

/** A plain pdftotext page footer, column by column, and the form feed ending the page. */
const FOOTER = '14470/25\nJAI.1\n\nJV/ab\n\n1\nEN\n\f';

describe('markFootFootnotes', () => {
  it('reads the numbered lines above the footer as footnotes: a call glued to a word, a call glued to a year (its four digits kept), every line kept', () => {
    const text = `crime since\n20101. The cycle ends in 2025.\n\non the basis of a Presidency paper2. Delegations agreed.\n\n1 Council Conclusions of 8 and 9 November 2010, doc. 15358/10.\n2 Doc. 12211/25.\n${FOOTER}ANNEX\n`;
    expect(markFootFootnotes(text)).toBe(
      `crime since\n2010^1. The cycle ends in 2025.\n\non the basis of a Presidency paper^2. Delegations agreed.\n\n^1 Council Conclusions of 8 and 9 November 2010, doc. 15358/10.\n^2 Doc. 12211/25.\n${FOOTER}ANNEX\n`,
    );
  });

  it('reads a footnote whose number stands alone right above its text in plain pdftotext without its blank lines (the number set on its text’s line), not one under a paragraph’s number', () => {
    const footer = '9798/15\nds/ab\nANLAGE\nDGD 1C\n2\nDE\n\f';
    const recital = 'UNTER HINWEIS darauf, dass der Europäische Rat am 26./27. Juni 2014 1 im Rahmen der\nFestlegung der Leitlinien ersucht hat;';
    expect(markFootFootnotes(`ANLAGE\n${recital}\nEINGEDENK der Erklärung von Riga;\n1\nEUCO 79/14.\n${footer}`)).toBe(
      `ANLAGE\n${recital.replace('2014 1 im', '2014 ^1 im')}\nEINGEDENK der Erklärung von Riga;\n^1 EUCO 79/14.\n\n${footer}`,
    );
    // plain pdftotext prints a paragraph's number and the footnote's apart from their texts, the footnote's text further down
    const apart = 'Main changes\n3.\n1\nThe revised text clarifies that the conclusions create no new obligations.\nSee 8417/19.\n';
    const text = `operational cooperation1. Several delegations agreed.\n${apart}8812/1/19 REV 1\nJAI.1\nJV/np\nLIMITE\n1\nEN\n\f`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it.each([
    ['English, after a bracketed document number', 'The Committee took note of the report (doc. 9876/25 ADD 1)1 and agreed.', '(doc. 9876/25 ADD 1)^1 and'],
    ['French, after the bracket, before the full stop', 'Le Comité a pris note du rapport de la présidence (9876/25 + ADD 1)1.', '(9876/25 + ADD 1)^1.'],
    [
      'German, after the full stop that follows the bracket',
      'Der Ausschuss nahm den Bericht zur Kenntnis (Dok. 9876/25).1 Die Delegationen',
      '(Dok. 9876/25).^1 Die',
    ],
    ['Italian, after a closing quote', 'Il comitato ha preso atto della relazione «SOCTA 2025»1 e della nota.', '«SOCTA 2025»^1 e'],
  ])('reads a call glued after a closing bracket or quote that follows a number (%s)', (_what, sentence, marked) => {
    const read = markFootFootnotes(`${sentence}\n\n1 Doc. 14470/25.\n${FOOTER}`);
    expect(read.split('\n')[0]).toContain(marked);
    expect(read.split('\n')[2]).toBe('^1 Doc. 14470/25.');
  });

  it.each([
    ['a quarter', 'A study is due in Q1 2026 and the partners were consulted.'],
    ['an annex’s code', 'The measures are listed in Annex A1 of the roadmap.'],
  ])('takes no code of one letter for a word a call is glued to (%s), the footnote then left as printed', (_what, sentence) => {
    const text = `${sentence}\n\n1 Doc. 14470/25.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it.each([
    [
      'German',
      'Der Rat wird ersucht, den Beschluss 2010/131/EU des Rates1 zu beachten.',
      'Beschluss 2010/131/EU des Rates vom 25. Februar 2010 zur Einsetzung des Ständigen Ausschusses für die operative',
      'Zusammenarbeit im Bereich der inneren Sicherheit (ABl. L 52 vom 3.3.2010, S.',
    ],
    [
      'Polish',
      'Rada zwraca uwagę na decyzję Rady 2010/131/UE1 w tej sprawie.',
      'Decyzja Rady 2010/131/UE z dnia 25 lutego 2010 r. w sprawie ustanowienia Stałego Komitetu ds. Współpracy Operacyjnej',
      'w dziedzinie Bezpieczeństwa Wewnętrznego (Dz.U. L 52 z 3.3.2010, s.',
    ],
    [
      'English',
      'The Council recalled Council Decision 2010/131/EU1 on the matter.',
      'Council Decision 2010/131/EU of 25 February 2010 on setting up the Standing Committee on operational cooperation',
      'on internal security, published in the Official Journal of the European Union (OJ L 52, 3.3.2010, p.',
    ],
  ])(
    'reads a footnote plain pdftotext printed apart from its number whole where its citation wraps after the page’s abbreviation (%s: `… S.` / `50).`)',
    (_language, sentence, first, second) => {
      const footer = '9798/15\n\nds/ab\n\nDGD 1C\n\n1\n\nDE\n\f';
      const called = sentence.replace('2010/131/EU1', '2010/131/EU^1').replace('2010/131/UE1', '2010/131/UE^1').replace('Rates1', 'Rates^1');
      // before: only `50).` was read as the footnote's text, the two lines above it left on the page
      expect(markFootFootnotes(`${sentence}\n\n1\n\n${first}\n${second}\n50).\n\n${footer}`)).toBe(
        `${called}\n\n\n\n^1 ${first} ${second} 50).\n\n\n\n${footer}`,
      );
    },
  );

  it.each([
    [
      'German',
      'Der Rat wird ersucht, den Beschluss 2010/131/EU des Rates1 zu beachten.',
      'Beschluss 2010/131/EU des Rates vom 25. Februar 2010 zur Einsetzung des Ständigen Ausschusses (ABl.',
      'L 52 vom 3.3.2010, S. 50).',
    ],
    [
      'Polish',
      'Rada zwraca uwagę na decyzję Rady 2010/131/UE1 w tej sprawie.',
      'Decyzja Rady 2010/131/UE z dnia 25 lutego 2010 r. w sprawie ustanowienia Stałego Komitetu (Dz.U.',
      'L 52 z 3.3.2010, s. 50).',
    ],
    [
      'Czech',
      'Rada připomíná rozhodnutí Rady 2010/131/EU1 v této věci.',
      'Rozhodnutí Rady 2010/131/EU ze dne 25. února 2010 o zřízení Stálého výboru pro operativní spolupráci (Úř. věst.',
      'L 52, 3.3.2010, s. 50).',
    ],
    [
      'Slovak',
      'Rada pripomína rozhodnutie Rady 2010/131/EÚ1 v tejto veci.',
      'Rozhodnutie Rady 2010/131/EÚ z 25. februára 2010, ktorým sa zriaďuje Stály výbor pre operačnú spoluprácu (Ú. v.',
      'EÚ L 52, 3.3.2010, s. 50).',
    ],
  ])(
    'reads a footnote plain pdftotext printed apart from its number whole where its citation wraps after the Journal’s abbreviation (%s: `(ABl.` / `L 52 …`)',
    (_language, sentence, first, second) => {
      const footer = '9798/15\n\nds/ab\n\nDGD 1C\n\n1\n\nDE\n\f';
      const called = sentence
        .replace('2010/131/UE1', '2010/131/UE^1')
        .replace('Rates1', 'Rates^1')
        .replace('2010/131/EU1', '2010/131/EU^1')
        .replace('2010/131/EÚ1', '2010/131/EÚ^1');
      // before 0c58c6a3 and 59b8e27f (the Slovak `Ú. v.` before this commit): the line under the abbreviation was read as the footnote's text, the line above left on the page
      expect(markFootFootnotes(`${sentence}\n\n1\n\n${first}\n${second}\n\n${footer}`)).toBe(`${called}\n\n\n\n^1 ${first} ${second}\n\n\n${footer}`);
    },
  );

  it('takes a call glued to a word before one glued to a year, and a call after closing punctuation or an acronym', () => {
    const text = `in 20101 on the Strategy1.\nthe Committee (COSI),2 and EMPACT3.\n\n1 First.\n2 Second.\n3 Third.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(`in 20101 on the Strategy^1.\nthe Committee (COSI),^2 and EMPACT^3.\n\n^1 First.\n^2 Second.\n^3 Third.\n${FOOTER}`);
  });

  it('joins the wrapped lines of a footnote to it (a word hyphenation cut made whole where the document spells it whole), leaving their lines empty', () => {
    const text = `on cooperation and the agencies1.\n\n1 The agencies reported on their coopera-\ntion with the Member States.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(
      `on cooperation and the agencies^1.\n\n^1 The agencies reported on their cooperation with the Member States.\n\n${FOOTER}`,
    );
  });

  it('reads a footnote -layout prints as its number alone over its indented text, above a footer in columns', () => {
    const text =
      'the Ports Alliance1 and the next steps.\n1\n     Launched in Antwerp in 2024.\n\n9876/25        JV/mk        1\nJAI.1          LIMITE       EN\n\f';
    expect(markFootFootnotes(text)).toBe(
      'the Ports Alliance^1 and the next steps.\n^1 Launched in Antwerp in 2024.\n\n\n9876/25        JV/mk        1\nJAI.1          LIMITE       EN\n\f',
    );
  });

  it.each([
    ['English, after a year', 'for a four-year cycle from 2022 to 2025.1 In November 2023, COSI', '2025.^1 In'],
    ['French, after a year at the line’s end', 'pour un cycle de quatre ans allant de 2022 à 2025.1', '2025.^1'],
    ['German, after a document’s number', 'Der Ausschuss billigte die Schlussfolgerungen (siehe Dok. 9876/25.1 Die Delegationen', '9876/25.^1 Die'],
    ['Polish, after a year', 'na czteroletni cykl od 2022 do 2025 r. w latach 2022–2025.1 W listopadzie', '2025.^1 W'],
  ])('reads a call glued after the full stop that ends a sentence on a year or a document’s number (%s)', (_what, sentence, marked) => {
    const read = markFootFootnotes(`${sentence}\n\n1 Doc. 8665/21.\n${FOOTER}`);
    expect(read.split('\n')[0]).toContain(marked);
    expect(read.split('\n')[2]).toBe('^1 Doc. 8665/21.');
  });

  it.each([
    ['English, after a bracket', 'pending legislative proposals (anti-migrant smuggling package)1, 2.', '(anti-migrant smuggling package)^1, ^2.'],
    ['French, glued to a word', 'les propositions législatives en suspens1,2 ont été examinées.', 'suspens^1,^2 ont'],
    ['German, after a word', 'die anhängigen Gesetzgebungsvorschläge1, 2 wurden erörtert.', 'Gesetzgebungsvorschläge^1, ^2 wurden'],
  ])('reads the second of two calls printed one after the other with a comma between them (%s)', (_what, sentence, marked) => {
    const read = markFootFootnotes(`${sentence}\n\n1 Doc. 8665/21.\n2 Doc. 9876/25.\n${FOOTER}`);
    expect(read.split('\n')[0]).toContain(marked);
    expect(read.split('\n').slice(2, 4)).toEqual(['^1 Doc. 8665/21.', '^2 Doc. 9876/25.']);
  });

  it('takes no number after a call and a comma for the next call where it is not the next footnote’s: the page’s footnotes stay as printed', () => {
    const text = `the proposals1, 3 and 4 were discussed.\n\n1 Doc. 8665/21.\n2 Doc. 9876/25.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it('takes no section’s number, decimal or date after a number’s full stop for a call', () => {
    for (const text of [
      `3.1 EMPACT\nThe cycle runs from 2022 to 2025.\n\n1 Doc. 8665/21.\n${FOOTER}`,
      `The budget grew to EUR 2025.1 million in total.\n\n1 Doc. 8665/21.\n${FOOTER}`,
      `Published in OJ L, 2024/1689, 12.7.2024.\n\n1 Doc. 8665/21.\n${FOOTER}`,
    ])
      expect(markFootFootnotes(text)).toBe(text);
  });

  it('reads a call -layout prints one space after its word, where no other call fits', () => {
    const text = `elaborado por la Presidencia 1. Las delegaciones.\n\n1 Documento 6120/24.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(`elaborado por la Presidencia ^1. Las delegaciones.\n\n^1 Documento 6120/24.\n${FOOTER}`);
  });

  it.each([
    ['Polish, inside the sentence', 'na posiedzeniu w dniu 28 stycznia 2025 r. 1 prezydencja przedstawiła stan prac.', 'r. ^{1} prezydencja'],
    ['Polish, ending the sentence', 'na posiedzeniu w dniach 12 i 13 czerwca 2025 r. 1 Prezydencja przedstawi wyniki.', 'r. ^{1} Prezydencja'],
    ['Lithuanian, after the day', 'posėdyje, įvykusiame 2025 m. sausio 28 d. 1 pirmininkaujančioji valstybė narė pristatė', 'd. ^{1} pirmininkaujančioji'],
    ['Bulgarian, after the year', 'на заседанието на 28 януари 2025 г. 1 председателството представи', 'г. ^{1} председателството'],
    ['Croatian, after the year’s full stop', 'na sastanku održanom 28. siječnja 2025. 1 predsjedništvo je predstavilo', '2025. ^{1} predsjedništvo'],
  ])('reads a call -layout prints one space after the word a date ends on, marked in braces after its full stop (%s)', (_what, sentence, marked) => {
    const read = markFootFootnotes(`${sentence}\n\n1 Doc. 5873/25.\n${FOOTER}`);
    expect(read.split('\n')[0]).toContain(marked);
    expect(read.split('\n')[2]).toBe('^1 Doc. 5873/25.');
  });

  it('takes no number after a reference’s abbreviation, a month or before the noun it numbers for a call one space apart (`5 ust. 1 lit.`, `liepos 1 d.`, `1 punktą`)', () => {
    for (const sentence of [
      'zgodnie z art. 5 ust. 1 lit. a rozporządzenia prezydencja przedstawiła stan prac.',
      'nuo 2025 m. liepos 1 d. valstybės narės stiprina bendradarbiavimą.',
      'pagal rekomendacijos 1 punktą valstybės narės stiprina bendradarbiavimą.',
      'od 1\nlipca 2025 r. państwa członkowskie wzmacniają współpracę.',
    ]) {
      const text = `${sentence}\n\n1 Doc. 5873/25.\n${FOOTER}`;
      expect(markFootFootnotes(text)).toBe(text);
    }
  });

  it('takes no number a paragraph’s or an article’s word numbers for a call one space apart (`lid 2,`, `stk. 2,`, `paragraphe 2,`)', () => {
    // plain pdftotext: footnote 1's number apart above its text; `2` after `lid`, `stk.`, `paragraphe` calls no footnote 2 the page would print without its number
    for (const [called, reference] of [
      ['voorgelegd1.', 'artikel 6, lid 2, van het besluit'],
      ['forelagt1.', 'artikel 6, stk. 2, i Rådets afgørelse'],
      ['présenté1.', 'article 6, paragraphe 2, de la décision'],
    ] as const) {
      const text = `le rapport ${called}\nconformément à l'${reference}.\n\n1\n\nDoc. 5299/16.\n${FOOTER}`;
      expect(markFootFootnotes(text)).toBe(`le rapport ${called.replace('1.', '^1.')}\nconformément à l'${reference}.\n\n\n\n^1 Doc. 5299/16.\n${FOOTER}`);
    }
  });

  it('reads a call -layout prints apart from a table cell’s word at the end of the row, only where no other call fits', () => {
    const row = `Priorité                 Pilote                Actions\nCyberattaques            Allemagne   1\n                                               37\n\n1 Avec la Roumanie depuis 2024.\n${FOOTER}`;
    expect(markFootFootnotes(row)).toBe(row.replace('Allemagne   1', 'Allemagne   ^1').replace('\n1 Avec', '\n^1 Avec'));
    const glued = `le cycle EMPACT1 continue.\nCyberattaques            Allemagne   1\n\n1 Avec la Roumanie depuis 2024.\n${FOOTER}`;
    expect(markFootFootnotes(glued)).toBe(glued.replace('EMPACT1', 'EMPACT^1').replace('\n1 Avec', '\n^1 Avec'));
  });

  it('numbers the footnotes in sequence over the pages: a page’s first footnote goes on from the last one', () => {
    const text = `word1 here.\n\n1 One.\n${FOOTER}again word2 and word1.\n\n2 Two.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(`word^1 here.\n\n^1 One.\n${FOOTER}again word^2 and word1.\n\n^2 Two.\n${FOOTER}`);
  });

  it('goes on from the footnotes an earlier reader marked', () => {
    const text = `see word^1.\n^1 Marked.\n${FOOTER}then word2.\n\n2 Plain.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(`see word^1.\n^1 Marked.\n${FOOTER}then word^2.\n\n^2 Plain.\n${FOOTER}`);
  });

  it('never takes a numbered paragraph, a table’s cell, an item’s number or a line out of sequence for a footnote', () => {
    const paragraph = `the text1 above.\n\n1. The first paragraph at the foot.\n${FOOTER}`;
    const cell = `Austria\n\n3\n\n29\n${FOOTER}`;
    const outOfSequence = `the text2 above.\n\n2 Not the first footnote.\n${FOOTER}`;
    const agenda = `Information from the Presidency1\n\n1 Adoption of the agenda\n${FOOTER}`.replace('Presidency1', 'Presidency');
    for (const text of [paragraph, cell, outOfSequence, agenda]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('reads a call one space after an acronym the page prints with no other number (`JIT 1.`), not after a code, a currency or an acronym the page numbers elsewhere', () => {
    const text = `sieci JIT.\nzaktualizowany wzór umowy\no powołaniu JIT 1.\n\n1 Dz.U. L 18 z 19.1.2017, s. 1.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(`sieci JIT.\nzaktualizowany wzór umowy\no powołaniu JIT ^1.\n\n^1 Dz.U. L 18 z 19.1.2017, s. 1.\n${FOOTER}`);
    for (const words of ['dokument COSI 1.', 'na kwotę EUR 1.', 'zespołu JIT 2 i JIT 1.']) {
      const numbered = `zaktualizowany wzór umowy\n${words}\n\n1 Dz.U. L 18 z 19.1.2017, s. 1.\n${FOOTER}`;
      expect(markFootFootnotes(numbered), words).toBe(numbered);
    }
    const flat =
      'Przewodnik zawiera zaktualizowany wzór umowy o powołaniu zespołu przez właściwe organy dwóch państw członkowskich JIT 1. 1 Dz.U. L 18 z 19.1.2017, s. 1. 6128/1/17 REV 1 md/ama/mk DG D 2B 1 PL';
    expect(markFootFootnotes(flat)).toBe(flat.replace('JIT 1. 1 Dz', 'JIT ^1. ^1 Dz'));
    const flatCode = flat.replace('JIT 1.', 'COSI 1.');
    expect(markFootFootnotes(flatCode)).toBe(flatCode);
  });

  it('reads no call in the number one space after each version’s Official Journal in a citation without its series (before 1968: `OJ 17, 6.10.1958, p. 385`)', () => {
    // Regulation No 1 determining the languages, as each version cites the Journal's issue 17 of 1958; footnote 17 at the page's foot
    const citations = [
      ['hu', 'HL 17., 1958.10.6., 385. o.'],
      ['lt', 'OL 17, 1958 10 6, p. 385'],
      ['lv', 'OV 17, 6.10.1958., 385. lpp.'],
      ['et', 'ELT 17, 6.10.1958, lk 385'],
      ['fi', 'EUVL 17, 6.10.1958, s. 385'],
      ['ga', 'IO 17, 6.10.1958, lch. 385'],
      ['hr', 'SL 17, 6.10.1958., str. 385'],
      ['mt', 'ĠU 17, 6.10.1958, p. 385'],
      ['el', 'ΕΕ 17, 6.10.1958, σ. 385'],
      ['bg', 'ОВ 17, 6.10.1958 г., стр. 385'],
      ['sk', 'Ú. v. EÚ 17, 6.10.1958, s. 385'],
    ];
    for (const [language, citation] of citations) {
      // each failed before but the Greek (`ΕΕ`): `(HL ^17., …)` read as footnote 17's call
      const lines = `see word^16.\n^16 Marked.\n${FOOTER}Regulation No 1 (${citation ?? ''}) applies.\n\n17 Doc. 1234/58.\n${FOOTER}`;
      expect(markFootFootnotes(lines), language).toBe(lines);
      const flat = `see word^16. ^16 Marked. 14470/25 JV/ab 1 JAI.1 EN\nRegulation No 1 applies (${citation ?? ''}). 17 Doc. 1234/58. 14470/25 JV/ab 2 JAI.1 EN`;
      expect(markFootFootnotes(flat), `${language}, the page run into one line`).toBe(flat);
    }
  });

  it('leaves a numbered line whose number the page does not call, and a number inside a figure or a code', () => {
    const text = `COSI 71 met in 2021, doc. 12011/25 and JAI 1.\n\n1 The meeting.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it.each([
    ['glued to a document’s number', 'The draft set out in 14470/251 and the comments were noted.', 'in 14470/25^1 and'],
    ['one space after a document’s number', 'The draft set out in 14470/25 1 and the comments were noted.', 'in 14470/25 ^1 and'],
    ['one space after a document’s number, before a comma', 'The draft set out in 8812/1/19 1, and the comments were noted.', 'in 8812/1/19 ^1, and'],
    ['one space after `etc.`', 'Training, exchanges, etc. 1 and the comments were noted.', 'etc. ^{1} and'],
    ['one space after `usw.`', 'Ausbildung, Austausch usw. 1 wurden erörtert.', 'usw. ^{1} wurden'],
  ])('reads a call %s (after a full stop marked in braces, as every call after one is)', (_what, sentence, marked) => {
    const read = markFootFootnotes(`${sentence}\n\n1 Doc. 9013/24.\n${FOOTER}`);
    expect(read.split('\n')[0]).toContain(marked);
    expect(read.split('\n')[2]).toBe('^1 Doc. 9013/24.');
  });

  it('takes no figure glued to an act’s number (its year first) for a call: `Directive (EU) 2016/681`, `Decision 2010/131/EU`', () => {
    const text = `Directive (EU) 2016/681 applies, as does Decision 2010/131/EU.\n\n1 The meeting.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it('reads nothing in a text without pages or footer', () => {
    const text = 'the text1 above.\n\n1 A line of a list.\n2 Another.\n';
    expect(markFootFootnotes(text)).toBe(text);
  });

  it('reads the footnotes of a text that marks no page and prints no footer from their shape: after a blank line or a sentence’s end, called above, up to a blank line, a page number or the running header (Polish, Spanish)', () => {
    const polish =
      'Komitet przyjął do wiadomości sprawozdanie prezydencji1 oraz dokument\nEuropolu2.\n\n1 Dok. 9876/25.\n2 WK 5678/2025.\n- 2 -\nDelegacje uzgodniły dalsze kroki3.\n3 Dok. 14470/25.\n\n4. Komitet zostaje poproszony o zatwierdzenie.\n';
    expect(markFootFootnotes(polish)).toBe(
      'Komitet przyjął do wiadomości sprawozdanie prezydencji^1 oraz dokument\nEuropolu^2.\n\n^1 Dok. 9876/25.\n^2 WK 5678/2025.\n- 2 -\nDelegacje uzgodniły dalsze kroki^3.\n^3 Dok. 14470/25.\n\n4. Komitet zostaje poproszony o zatwierdzenie.\n',
    );
    const spanish =
      'El Comité tomó nota del informe1.\n\n1 Documento 9876/25, distribuido a las\ndelegaciones el 3 de marzo de 2025.\n14470/25\nLIMITE\nEl Comité aprobó las conclusiones.\n';
    expect(markFootFootnotes(spanish)).toBe(
      'El Comité tomó nota del informe^1.\n\n^1 Documento 9876/25, distribuido a las delegaciones el 3 de marzo de 2025.\n\n14470/25\nLIMITE\nEl Comité aprobó las conclusiones.\n',
    );
  });

  it('reads no footnote by shape where nothing calls the number, or the block ends in no sentence, in a text without pages or footer', () => {
    const agenda = 'Información de la Presidencia\n\n1 Aprobación del orden del día\n2 Información de la Presidencia\n';
    const uncalled = 'The Committee took note of the report.\n\n1 The first measure.\n2 The second measure.\n\nThe Presidency will report.\n';
    const cut = 'the report1 was presented.\n\n1 The report of the Presidency on the\n\nfollowing steps.\n';
    for (const text of [agenda, uncalled, cut]) expect(markFootFootnotes(text)).toBe(text);
  });
});

describe('markFootFootnotes on a call printed one space apart between two words', () => {
  it('reads the one place a number stands between two words as its call, in English and French, also at a line’s end', () => {
    const en = `the assessment1.\ngoverned by Directive (EU) 2016/680 of the Council 2 and by the\nEuropol Regulation.\n\n1 SOCTA 2025.\n2 OJ L 119, 4.5.2016, p. 89.\n${FOOTER}`;
    expect(markFootFootnotes(en)).toBe(
      `the assessment^1.\ngoverned by Directive (EU) 2016/680 of the Council ^2 and by the\nEuropol Regulation.\n\n^1 SOCTA 2025.\n^2 OJ L 119, 4.5.2016, p. 89.\n${FOOTER}`,
    );
    const fr = `l’évaluation1.\nrégi par la directive du Conseil 2 et\npar le règlement Europol.\n\n1 SOCTA 2025.\n2 JO L 119 du 4.5.2016, p. 89.\n${FOOTER}`;
    expect(markFootFootnotes(fr)).toBe(
      `l’évaluation^1.\nrégi par la directive du Conseil ^2 et\npar le règlement Europol.\n\n^1 SOCTA 2025.\n^2 JO L 119 du 4.5.2016, p. 89.\n${FOOTER}`,
    );
  });

  it.each([
    ['a quantity, the first of two numbers', 'the views of the Council 2 and 3 delegations were heard.'],
    ['the first of two numbers over a line’s end', 'the views of the Council 2 and\n3 delegations were heard.'],
    ['a range', 'the meetings of weeks 2 to 4 of the cycle are planned.'],
    ['an article’s number', 'as laid down in Article 2 and in the annex of the act.'],
    ['a point’s number', 'the measures under point 2 of the roadmap are ongoing.'],
    ['an item’s number', 'the delegations discussed item 2 on the agenda at length.'],
    ['a quantity in French', 'les avis du Conseil 2 et 3 délégations ont été entendus.'],
    ['an article’s number in French', 'comme le prévoit l’article 2 et son annexe.'],
    ['a day in French', 'la réunion se tiendra le 2 mars à Bruxelles.'],
    ['a day in Spanish', 'la reunión tendrá lugar el jueves 2 de marzo en Bruselas.'],
    ['a day in German', 'die Sitzung findet am 2 und 3 März in Brüssel statt.'],
  ])('takes no number for a call where it is %s, the footnote left as printed', (_what, sentence) => {
    const text = `the assessment1.\n${sentence}\n\n1 SOCTA 2025.\n2 Doc. 12211/25.\n${FOOTER}`;
    // Footnote 2 not called, the page's footnotes are left as printed.
    expect(markFootFootnotes(text)).toBe(text);
  });

  it('takes no place for the call where the page holds two (`Council 2 and`, `Commission 2 and`)', () => {
    const text = `the assessment1.\nof the Council 2 and by the Commission 2 and by others.\n\n1 SOCTA 2025.\n2 Doc. 12211/25.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it.each([
    ['French, beside an item’s number', 'Au titre du point 1 de l’ordre du jour, le Comité a pris note du rapport 1 de la présidence.', 'rapport ^1 de'],
    ['French, beside an article’s number', 'Conformément à l’article 1 de la décision, le Comité a pris note du rapport 1 de la présidence.', 'rapport ^1 de'],
    ['English, beside a document’s version', 'COSI endorsed 6120/1/24 REV 1 with a view to the report 1 of the Presidency.', 'report ^1 of'],
    ['German, beside a paragraph’s number', 'Gemäß Absatz 1 des Beschlusses nahm der Ausschuss den Bericht 1 des Vorsitzes zur Kenntnis.', 'Bericht ^1 des'],
    ['Spanish, beside an article’s number', 'Con arreglo al artículo 1 de la Decisión, el Comité tomó nota del informe 1 de la Presidencia.', 'informe ^1 de'],
    ['Dutch, beside an item’s number', 'Onder punt 1 van de agenda nam het Comité nota van het verslag 1 van het voorzitterschap.', 'verslag ^1 van'],
    ['Czech, beside an item’s number', 'V rámci bodu 1 programu vzal výbor na vědomí zprávu 1 předsednictví a bod 1 uzavřel.', 'zprávu ^1 předsednictví'],
    ['Greek, beside an article’s number', 'Σύμφωνα με το άρθρο 1 της απόφασης, η επιτροπή έλαβε γνώση της έκθεσης 1 της Προεδρίας.', 'έκθεσης ^1 της'],
  ])('reads the call where the page’s other places of the number are a reference’s (%s)', (_what, sentence, marked) => {
    const text = `${sentence}\n\n1 Doc. 9876/25.\n${FOOTER}`;
    const read = markFootFootnotes(text);
    expect(read.split('\n')[0]).toContain(marked);
    expect(read.split('\n')[2]).toBe('^1 Doc. 9876/25.');
  });

  it('reads a call -layout prints one space after the last word of a line: a title’s, or a sentence going on below in lower case (English, French, German)', () => {
    const layoutFooter = '9412/24                        MK/ps                          1\n                               JAI.1          LIMITE    EN\n\f';
    const title = `2.   Draft Council conclusions on external borders 1\n\n     COSI took note of the report.\n\n\n1\n     Doc. 9013/24.\n${layoutFooter}`;
    expect(markFootFootnotes(title)).toContain('external borders ^1\n');
    const fr = `Le Comité a pris note du rapport de la présidence 1\net l’a approuvé.\n\n1 Doc. 9013/24.\n${FOOTER}`;
    expect(markFootFootnotes(fr)).toContain('présidence ^1\net');
    const de = `3.   Sachstand zum Europäischen Hafenbündnis 1\n\n     Der Ausschuss nahm den Bericht zur Kenntnis.\n\n1    Dok. 9013/24.\n${FOOTER}`;
    expect(markFootFootnotes(de)).toContain('Hafenbündnis ^1\n');
  });

  it('reads a call -layout prints one space after the last word of a line whose sentence goes on below with a capital, in any language', () => {
    const cases = [
      ['The Presidency recalls the priorities set out in the EU Security Union Strategy 1\nThe Committee is invited to take note.', 'Strategy ^1\nThe'],
      [
        'Der Vorsitz verweist auf die Prioritäten der Strategie für eine Sicherheitsunion 1\nDer Ausschuss wird ersucht, dies zur Kenntnis zu nehmen.',
        'Sicherheitsunion ^1\nDer',
      ],
      ['La présidence rappelle les priorités de la stratégie pour l’union de la sécurité 1\nLe comité est invité à en prendre note.', 'sécurité ^1\nLe'],
      [
        'Prezydencja przypomina priorytety określone w strategii unii bezpieczeństwa 1\nKomitet jest proszony o przyjęcie tego do wiadomości.',
        'bezpieczeństwa ^1\nKomitet',
      ],
    ];
    for (const [text, marked] of cases) expect(markFootFootnotes(`${text}\n\n1 COM(2020) 605 final.\n${FOOTER}`)).toContain(marked);
  });

  it.each([
    ['a day before its month (English)', 'The meeting was held on 1\nMarch 2024 in Brussels.'],
    ['a day before its month (German)', 'Die Sitzung fand vom 1\nMärz bis zum 3. März statt.'],
    ['a day before its abbreviated month', 'The report is due by 1\nSept. 2024 at the latest.'],
    ['a day after a short word', 'The deadline was set for 1\nThe Presidency will remind delegations.'],
  ])('takes no number at a line’s end before a capital for a call where it is %s', (_what, sentence) => {
    const text = `the assessment1.\n${sentence}\n\n1 SOCTA 2025.\n2 Doc. 12211/25.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it('reads a call -layout prints one space after a closing bracket or quote (English, French, Italian)', () => {
    const cases = [
      ['the Standing Committee (COSI) 1. The Presidency invited it.', '(COSI) ^1. The'],
      ['le rapport de la présidence (9876/25) 1 et son annexe.', '(9876/25) ^1 et'],
      ['la «Strategia dell’UE per l’Unione della sicurezza» 1 è stata presentata.', 'sicurezza» ^1 è'],
    ];
    for (const [sentence, marked] of cases) expect(markFootFootnotes(`${sentence}\n\n1 Doc. 9013/24.\n${FOOTER}`).split('\n')[0]).toContain(marked);
  });

  it.each([
    ['a day whose month opens the next line', 'the meeting held in Brussels on 1\nMarch 2024 was noted.'],
    ['a day in French over the line’s end', 'la réunion tenue le 1\nmars 2024 a été notée.'],
    ['an article’s number at a title’s end', '2.   Implementation of Article 1\n\nThe Committee took note.'],
    ['the first of two numbers over the line’s end', 'the views of the Council 1 and\n2 delegations were heard.'],
  ])('takes no number at a line’s end for a call where it is %s', (_what, sentence) => {
    const text = `${sentence}\n\n1 Doc. 9013/24.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });

  it.each([
    [
      'plain, under the page’s text',
      `The agenda was adopted as set out in CM 2210/24¹.\n\nThe Presidency informed about the conference², held in Antwerp.\n\n1 Restricted to Member States.\n2 Held on 16 April 2024.\n${FOOTER}`,
    ],
    [
      'Spanish, glued to a bracket',
      `Se aprobó el orden del día (CM 2210/24)¹.\n\nLa Presidencia informó sobre la conferencia².\n\n1 Documento restringido.\n2 Celebrada en Amberes.\n${FOOTER}`,
    ],
  ])('reads the footnotes of calls a text file keeps in superscript digits (%s), the calls left as printed', (_what, text) => {
    const read = markFootFootnotes(text);
    expect(read).toContain('\n^1 ');
    expect(read).toContain('\n^2 ');
    expect(read.split('\n\n')[0]).toMatch(/¹\.?\)?\.?$/u);
    expect(read).not.toContain('^¹');
  });

  it('takes no place for the call where two places are left once the references’ numbers are set aside', () => {
    const text = `Au titre du point 1 de l’ordre du jour, le rapport 1 de la présidence et la note 1 du Conseil ont été présentés.\n\n1 Doc. 9876/25.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text);
  });
});

describe('markFootFootnotes on pages run into one line', () => {
  const background = 'The Presidency recalled the background of the file and the work done in the working party. ';

  it('marks the footnote printed right before the footer, and its last call on the page', () => {
    const page =
      'Delegations will find below the outcome of the meeting.1 1. Adoption of the agenda The agenda was adopted as set out in CM 5123/25. 1 Also circulated as WK 15012/2025. 14470/25 TR/kl 1 JAI.1 LIMITE EN';
    expect(markFootFootnotes(page)).toBe(
      'Delegations will find below the outcome of the meeting.^1 1. Adoption of the agenda The agenda was adopted as set out in CM 5123/25. ^1 Also circulated as WK 15012/2025. 14470/25 TR/kl 1 JAI.1 LIMITE EN',
    );
  });

  it('marks the footnote under the rule that ends the page’s text (`… parlementen. ________________________ 1 Doc. 5299/16.`)', () => {
    const page = `${background}Het voorzitterschap heeft het verslag voorgelegd1. De Raad legt het verslag voor aan de nationale parlementen. ________________________ 1 Doc. 5299/16. 7033/16 dui/OMS/cg 1 DRI NL`;
    expect(markFootFootnotes(page)).toBe(page.replace('voorgelegd1.', 'voorgelegd^1.').replace('_ 1 Doc.', '_ ^1 Doc.'));
  });

  it('numbers the footnotes in sequence over the pages, several on one page, in another language and footer', () => {
    const first = `${background}1. Le rapport d'Europol1 a été présenté au comité. 1 Document 8123/19. 8812/19 AB/cd 1 JAI.1 LIMITE FR`;
    const second = `2 2. Le comité a approuvé les conclusions2 et pris note de la feuille de route3. 2 Document 7000/19. 3 Voir aussi WK 4321/2019. 8812/19 AB/cd 2 JAI.1 LIMITE FR`;
    expect(markFootFootnotes(`${first}\n${second}\n`)).toBe(
      `${background}1. Le rapport d'Europol^1 a été présenté au comité. ^1 Document 8123/19. 8812/19 AB/cd 1 JAI.1 LIMITE FR\n2 2. Le comité a approuvé les conclusions^2 et pris note de la feuille de route^3. ^2 Document 7000/19. ^3 Voir aussi WK 4321/2019. 8812/19 AB/cd 2 JAI.1 LIMITE FR\n`,
    );
  });

  it('marks a call glued after a reference’s bracket and one apart beside an item’s number, on pages run into one line (Portuguese, French)', () => {
    const pt = `${background}O Comité tomou nota do relatório da Presidência (doc. 9876/25 ADD 1)1 e aprovou-o. 1 Também divulgado como WK 15012/2025. 14470/25 TR/kl 1 JAI.1 LIMITE PT`;
    expect(markFootFootnotes(pt)).toContain('(doc. 9876/25 ADD 1)^1 e aprovou-o. ^1 Também');
    const fr = `${background}Au titre du point 1 de l’ordre du jour, le Comité a pris note du rapport 1 de la présidence. 1 Doc. 9876/25. 14470/25 TR/kl 1 JAI.1 LIMITE FR`;
    expect(markFootFootnotes(fr)).toContain('point 1 de l’ordre du jour, le Comité a pris note du rapport ^1 de la présidence. ^1 Doc. 9876/25.');
  });

  it('marks a footnote after a list item ending in a semicolon, and a withheld one after the word a page break cut', () => {
    const listed = `${background}COSI is invited to: • take note of the assessment of Europol1; • […]; 1 Doc. 9876/25. 13120/25 AB/cd 1 JAI.1 LIMITE EN`;
    expect(markFootFootnotes(listed)).toContain('of Europol^1; • […]; ^1 Doc. 9876/25. 13120/25');
    const cut = `${background}Le Comité a approuvé le projet (14470/25)1 et est convenu de le 1 […] 9120/25 MC/ff 1 JAI.1 LIMITE FR`;
    expect(markFootFootnotes(cut)).toContain('(14470/25)^1 et est convenu de le ^1 […] 9120/25');
    // a number before a withheld passage that no call on the page numbers stays text
    const uncalled = `${background}Le Comité a approuvé le projet et est convenu de le 1 […] 9120/25 MC/ff 1 JAI.1 LIMITE FR`;
    expect(markFootFootnotes(uncalled)).toBe(uncalled);
  });

  it('marks a footnote after the word a page break cut where its text runs to the footer and ends a sentence; not one whose text ends none', () => {
    const cut = `${background}The Presidency briefed delegations on 30 January 2026. 1 COSI took note. Most delegations supported it, while one delegation (HU) 1 Also circulated as WK 2345/2026. 6350/26 TR/kl 1 JAI.1 LIMITE EN`;
    expect(markFootFootnotes(cut)).toContain(
      '2026. ^{1} COSI took note. Most delegations supported it, while one delegation (HU) ^1 Also circulated as WK 2345/2026. 6350/26',
    );
    const greek = `${background}Η Προεδρία ενημέρωσε τις αντιπροσωπίες στις 30 Ιανουαρίου 2026.1 Η COSI ενέκρινε το 1 Διανεμήθηκε επίσης ως WK 2345/2026. 6350/26 TR/kl 1 JAI.1 LIMITE EL`;
    expect(markFootFootnotes(greek)).toMatch(/2026\.\^1 Η COSI ενέκρινε το \^1[ \t]+Διανεμήθηκε επίσης ως WK 2345\/2026\. 6350\/26/u);
    // a number whose text runs on in no sentence's end to the footer stays text
    const open = `${background}The Presidency briefed delegations on 30 January 2026. 1 COSI took note of item 4 and one delegation (HU) 1 Also circulated as 6350/26 TR/kl 1 JAI.1 LIMITE EN`;
    expect(markFootFootnotes(open)).not.toContain('(HU) ^1');
  });

  it('takes a paragraph’s number right after the subject for no call where the next paragraph’s number follows, and a call one space apart then', () => {
    const page = `Betr.: Lage im Westbalkan – Gedankenaustausch 1. Auf seiner Sitzung hat der Ausschuss beraten (Dokument 7421/25). 2. Der Vorsitz hat Europol 1 zu den Entwicklungen konsultiert. 1 Bewertung von Europol (WK 3120/2025). 8795/25 FL/mr 1 RELEX.2 LIMITE DE`;
    expect(markFootFootnotes(page)).toContain('Gedankenaustausch 1. Auf seiner Sitzung');
    expect(markFootFootnotes(page)).toContain('Europol ^1 zu den Entwicklungen konsultiert. ^1 Bewertung');
  });

  it('marks nothing where the page does not call the number, no footer ends the line, or the line is short', () => {
    const uncalled = `${background}The agenda was adopted as set out in CM 5123/25. 3 Member States abstained. 14470/25 TR/kl 1 JAI.1 LIMITE EN`;
    const noFooter = `${background}Delegations will find below the outcome of the meeting.1 The agenda was adopted. 1 Also circulated as WK 15012/2025.`;
    const short = 'See it.1 1 Also. 14470/25 TR/kl 1 JAI.1 LIMITE EN';
    for (const text of [uncalled, noFooter, short]) expect(markFootFootnotes(text)).toBe(text);
  });
});

describe('markFootFootnotes on pages run into one line with -layout’s gaps kept', () => {
  /** A -layout footer flattened: its columns apart by wide gaps. */
  const footer = (number: string, page: number, language: string) => `${number}          AB/cd          ${page} JAI.1          LIMITE          ${language}`;
  const background = 'Der Vorsitz erinnerte an den Hintergrund des Dossiers und an die Arbeit der Gruppe. ';

  it('marks a footnote that follows the page’s last sentence after two spaces or more, and the footer’s wide gaps, in German and Polish', () => {
    const german = `${background}Der Ausschuss billigte die Schlussfolgerungen1 und den Fahrplan.      1      Dokument 8123/19.          ${footer('8812/19', 1, 'DE')}`;
    expect(markFootFootnotes(german)).toBe(german.replace('Schlussfolgerungen1', 'Schlussfolgerungen^1').replace('.      1      Dok', '.      ^1      Dok'));
    const polish = `Prezydencja przypomniała kontekst dokumentu i dotychczasowe prace grupy roboczej. Komitet zatwierdził konkluzje1 i plan2.  1 Dokument 8123/19.  2 Zob. WK 4321/2019.  ${footer('8812/19', 1, 'PL')}`;
    expect(markFootFootnotes(polish)).toBe(
      polish.replace('konkluzje1 i plan2', 'konkluzje^1 i plan^2').replace('.  1 Dok', '.  ^1 Dok').replace('.  2 Zob', '.  ^2 Zob'),
    );
  });

  it('marks a footnote after a title that ends in no sentence, where -layout’s gap follows its number (Spanish)', () => {
    const spanish = `El punto 4 trata de las amenazas terroristas y del uso indebido de sistemas de aeronaves no tripuladas1          6955/24 5. Conclusiones sobre la protección de los espacios públicos 1      Este punto se tratará en presencia del Servicio Europeo de Acción Exterior. ${footer('CM 1234/24', 1, 'ES')}`;
    expect(markFootFootnotes(spanish)).toBe(spanish.replace('tripuladas1', 'tripuladas^1').replace('públicos 1      Este', 'públicos ^1      Este'));
  });

  it('marks nothing where the number after a wide gap is not called or is not the next footnote’s', () => {
    const uncalled = `${background}Die Tabelle nennt die Staaten Österreich 1      Belgien 2      Dänemark ${footer('8812/19', 1, 'DE')}`;
    const outOfSequence = `${background}Der Ausschuss billigte die Schlussfolgerungen2.      2      Dokument 8123/19.          ${footer('8812/19', 1, 'DE')}`;
    for (const text of [uncalled, outOfSequence]) expect(markFootFootnotes(text)).toBe(text);
  });
});

describe('markFootFootnotes on footers whose columns a text export sets apart with tabs', () => {
  it('takes a line opening with the document number, then a tab and the footer’s columns, for the page’s footer', () => {
    for (const footer of ['14470/25\tTR/kl\t1\tJAI.1\tLIMITE\tEN', '8812/1/19 REV 1\tAB/cd\t2', 'CM\t1234/24\t1\tEN', '9123/25 ADD 1\tRS/ml']) {
      const text = `the report1 was presented.\n\n1 Doc. 8123/25.\n${footer}\n`;
      expect(markFootFootnotes(text)).toBe(`the report^1 was presented.\n\n^1 Doc. 8123/25.\n${footer}\n`);
    }
  });

  it('takes no line for a footer where the number goes on with words after one space, nor a number inside a sentence', () => {
    for (const line of ['14470/25 sets out the plan', 'See 14470/25\tTR/kl\t1']) {
      const text = `the report1 was presented.\n\n1 Doc. 8123/25.\n${line}\n`;
      expect(markFootFootnotes(text)).toBe(text);
    }
  });

  it('sets apart the footer’s number a footnote line ran into after a tab, its parts apart by tabs or spaces alike', () => {
    const rest = (page: number) => `JAI.1\n\nJV/mk\n\n${page}\nEN\n\f`;
    const text = `the staff1 of the ports.\n\n1 Eleven Member States cover the staff of the terminal op\t16102/1/25\tREV\t1\n${rest(1)}The staff of the terminal operators.\n\nerators, whose number has grown.\n16102/1/25 REV 1\n${rest(2)}`;
    const read = markFootFootnotes(text);
    expect(read).toContain(
      '^1 Eleven Member States cover the staff of the terminal operators, whose number has grown.\n16102/1/25\tREV\t1\nJAI.1\nJV/mk\n1\nEN\n',
    );
  });
});

describe('markFootFootnotes on a footnote the page break cuts', () => {
  const footer = (page: number) => `16102/25\nJAI.1\n\nJV/mk\nLIMITE\n\n${page}\nEN\n\f`;

  it('joins the rest printed at the top of the next page’s foot, above its own footnote, to the footnote it goes on (a word cut at the break made whole)', () => {
    const text = `within a few days1, and the checks for the\n\n1 Eleven Member States consider that the checks should cover terminal op -\n${footer(1)}staff of terminal operators.\n\nthe good practices identified2.\n\nerators, whose number has grown since 2020.\n2 See document 9034/25.\n${footer(2)}`;
    expect(markFootFootnotes(text)).toBe(
      `within a few days^1, and the checks for the\n\n^1 Eleven Member States consider that the checks should cover terminal operators, whose number has grown since 2020.\n${footer(1)}staff of terminal operators.\n\nthe good practices identified^2.\n\n\n^2 See document 9034/25.\n${footer(2)}`,
    );
  });

  it('joins a rest alone above the footer of a page without footnotes of its own, in any language, and goes on over a third page', () => {
    const text = `le rapport d’Europol1 a été présenté.\n\n1 Le rapport décrit les réseaux criminels actifs dans les ports et les moyens\n${footer(1)}Le comité a pris note du rapport.\n\nque ces réseaux emploient pour recruter les dockers\n${footer(2)}Le comité a approuvé les conclusions.\n\net les employés des terminaux.\n${footer(3)}`;
    expect(markFootFootnotes(text)).toBe(
      `le rapport d’Europol^1 a été présenté.\n\n^1 Le rapport décrit les réseaux criminels actifs dans les ports et les moyens que ces réseaux emploient pour recruter les dockers et les employés des terminaux.\n${footer(1)}Le comité a pris note du rapport.\n\n\n${footer(2)}Le comité a approuvé les conclusions.\n\n\n${footer(3)}`,
    );
  });

  it('joins nothing to a footnote that ends its sentence, nor a block that opens in capitals, nor past a page without footnotes', () => {
    const ended = `the report1 was presented.\n\n1 Doc. 8123/25.\n${footer(1)}The Committee took note.\n\nthe rest of a sentence above the footer\n${footer(2)}`;
    const capital = `the report1 was presented.\n\n1 The report describes the networks and\n${footer(1)}The Committee took note.\n\nThe Committee approved the conclusions\n${footer(2)}`;
    const skipped = `the report1 was presented.\n\n1 The report describes the networks and\n${footer(1)}\f\nthe staff of the terminals\n${footer(3)}`;
    for (const text of [ended, capital, skipped]) expect(markFootFootnotes(text).replace(/\^/g, '')).toBe(text);
  });
  /** A footnote's first line cut where its page ends, on a word in lower case, and the rest as wide, as the word processor prints them (14440/14 in French and English). */
  const CUT_FR =
    'Conclusions du Conseil sur la création et la mise en œuvre d’un cycle politique de l’UE pour lutter contre la criminalité internationale organisée et grave, adoptées par le';
  const REST_FR = [
    'Conseil «Justice et affaires intérieures» des 8 et 9 novembre 2010 (doc. 15358/10). Le Conseil y a décidé que chaque cycle politique couvrirait quatre ans, le premier',
    'cycle, plus court (2012-2013), servant de premier essai de la méthode.',
  ];
  const CUT_EN =
    'Council conclusions on the creation and implementation of an EU policy cycle for organised and serious international crime, adopted by the Justice and Home';
  const REST_EN = [
    'Affairs Council on 8 and 9 November 2010 (doc. 15358/10), and the Council there decided that each policy cycle would cover four years, the first',
    'serving as a test.',
  ];

  it('joins a rest as wide as the footnote, opening with a capital where the footnote ends on a word in lower case, under a blank line (French plain pdftotext)', () => {
    const text = `le Conseil recensant un nombre limité de priorités1, dont chacune est déclinée en :\n\n1 ${CUT_FR}\n${footer(1)}un plan d’action opérationnel annuel (PAO); les neuf priorités2 sont les suivantes :\n\nhumains à l’intérieur de l’UE et dans la traite des êtres\n\n${REST_FR.join('\n')}\n2 Doc. 9849/13.\n${footer(2)}`;
    expect(markFootFootnotes(text)).toBe(
      `le Conseil recensant un nombre limité de priorités^1, dont chacune est déclinée en :\n\n^1 ${CUT_FR} ${REST_FR.join(' ')}\n${footer(1)}un plan d’action opérationnel annuel (PAO); les neuf priorités^2 sont les suivantes :\n\nhumains à l’intérieur de l’UE et dans la traite des êtres\n\n\n\n^2 Doc. 9849/13.\n${footer(2)}`,
    );
  });

  /** A page's footer as a PDF viewer copies it: its pieces one space apart, on two lines. */
  const viewerFooter = (page: number) => `16102/25 JV/mk ${page}\nJAI.1 LIMITE EN\n`;

  it('joins a rest as wide as the footnote under a table’s narrower lines, with no blank line between (a viewer’s copy in English, -layout in French)', () => {
    const english = `through the identification by the Council of a limited number of priorities1, each of them translated into:\n1 ${CUT_EN}\n${viewerFooter(1)}(i) a Multi-Annual Strategic Plan; the nine priorities2 are the following:\n2. Trafficking in human To disrupt OCGs involved in intra-EU human trafficking and\nexploitation, including those groups using legal business\n${REST_EN.join('\n')}\n2 Doc. 9849/13.\n${viewerFooter(2)}`;
    expect(markFootFootnotes(english)).toBe(
      `through the identification by the Council of a limited number of priorities^1, each of them translated into:\n^1 ${CUT_EN} ${REST_EN.join(' ')}\n${viewerFooter(1)}(i) a Multi-Annual Strategic Plan; the nine priorities^2 are the following:\n2. Trafficking in human To disrupt OCGs involved in intra-EU human trafficking and\nexploitation, including those groups using legal business\n\n\n^2 Doc. 9849/13.\n${viewerFooter(2)}`,
    );
    const cell = `${''.padEnd(45)}humains à l’intérieur de l’UE et dans la traite des êtres`;
    const layout = `le Conseil recensant un nombre limité de priorités1, dont chacune est déclinée en :\n\n1 ${CUT_FR}\n${footer(1)}les neuf priorités2 sont les suivantes :\n\n2.         Traite des êtres humains          Démanteler les GCO impliqués dans la traite des êtres\n${cell}\n${REST_FR.map((line) => `  ${line}`).join('\n')}\n2 Doc. 9849/13.\n${footer(2)}`;
    expect(markFootFootnotes(layout)).toBe(
      `le Conseil recensant un nombre limité de priorités^1, dont chacune est déclinée en :\n\n^1 ${CUT_FR} ${REST_FR.join(' ')}\n${footer(1)}les neuf priorités^2 sont les suivantes :\n\n2.         Traite des êtres humains          Démanteler les GCO impliqués dans la traite des êtres\n${cell}\n\n\n^2 Doc. 9849/13.\n${footer(2)}`,
    );
  });

  /**
   * A page of 14440/14 as a viewer copies plain pdftotext (no blank line): the lettered points under the footnote's call
   * (`(i)` / `a Multi-Annual …`, in Danish the paragraph after them), a heading, a lead-in calling footnote 2 and a table's
   * rows a cell to a line, then the rest of footnote 1 and footnote 2 (English, French, Danish).
   */
  const POINTS_PAGES = [
    {
      language: 'English',
      cut: CUT_EN,
      rest: REST_EN,
      points: [
        '(i)',
        'a Multi-Annual Strategic Plan (MASP);',
        '(ii)',
        'an annual Operational Action Plan (OAP);',
        '(c)',
        'implementation and monitoring of the annual OAPs by the Member States;',
        '(d)',
        'at the end of the policy cycle, an independent evaluation.',
        '2.2.',
        'The EU policy cycle 2014-2017',
      ],
      leadIn: [
        'On the basis of the first SOCTA, the Council adopted',
        'conclusions on setting the priorities for the fight',
        'against organised and serious international crime;',
        'the nine priorities2 are the following:',
      ],
      row: ['Illegal immigration', 'To disrupt the groups involved in the', 'facilitation of illegal immigration'],
    },
    {
      language: 'French',
      cut: CUT_FR,
      rest: REST_FR,
      points: [
        'i)',
        'un plan stratégique pluriannuel (MASP);',
        'ii)',
        'un plan d’action opérationnel annuel (PAO);',
        'c)',
        'la mise en œuvre et le suivi des PAO annuels par les États membres;',
        'd)',
        'à la fin du cycle politique, une évaluation indépendante.',
        '2.2.',
        'Le cycle politique de l’UE pour la période 2014-2017',
      ],
      leadIn: [
        'Sur la base de la première SOCTA, le Conseil a adopté',
        'des conclusions sur la définition des priorités de la lutte',
        'contre la criminalité internationale organisée et grave;',
        'les neuf priorités2 sont les suivantes :',
      ],
      row: ['Immigration illégale', 'Démanteler les groupes impliqués dans', 'l’aide à l’immigration illégale'],
    },
    {
      language: 'Danish',
      cut: 'Rådets konklusioner om oprettelse og gennemførelse af en EU-politikcyklus for organiseret og grov international kriminalitet, vedtaget af Rådet (retlige og indre',
      rest: [
        'anliggender) den 8. og 9. november 2010 (dok. 15358/10). Rådet besluttede heri, at hver politikcyklus skulle dække fire år, idet den første, kortere cyklus (2012-2013)',
        'skulle tjene som en afprøvning af metoden.',
      ],
      points: [
        '(i)',
        'en flerårig strategisk plan (MASP);',
        '(ii)',
        'en årlig operationel handlingsplan (OAP);',
        '(c)',
        'medlemsstaternes gennemførelse og overvågning af de årlige handlingsplaner;',
        '(d)',
        'ved afslutningen af politikcyklussen en uafhængig evaluering.',
        'COSI noterede sig de endelige rapporter fra driverne af de otte operationelle handlingsplaner i den første politikcyklus og den',
        'uafhængige evaluering af denne cyklus.',
        '2.2.',
        'EU-politikcyklussen for 2014-2017',
      ],
      leadIn: [
        'På grundlag af den første SOCTA vedtog Rådet',
        'konklusioner om fastlæggelse af EU’s prioriteter for',
        'bekæmpelse af organiseret og grov kriminalitet;',
        'de ni prioriteter2 er følgende:',
      ],
      row: ['Ulovlig indvandring', 'At optrevle grupper, der er involveret', 'i at lette ulovlig indvandring'],
    },
  ];

  it.each(POINTS_PAGES)(
    'joins only the rest to the footnote in a viewer’s copy whose page runs on for more lines than a foot holds, wherever that reach ends among the points (%s)',
    ({ cut, rest, points, leadIn, row }) => {
      const opening = 'through the identification by the Council of a limited number of priorities1, each of them developed';
      // The page break cuts the table after a row, or inside the next one (`5.` / `Illegal immigration` / …).
      for (let rows = 4; rows <= 6; rows += 1) {
        for (let cells = 0; cells <= row.length; cells += 1) {
          const table = Array.from({ length: rows + 1 }, (_, index) => [`${index + 1}.`, ...row]).flat();
          const page = [...points, ...leadIn, ...table.slice(0, (row.length + 1) * rows + cells)];
          const text = `${opening}\n1 ${cut}\n${viewerFooter(1)}${page.join('\n')}\n${rest.join('\n')}\n2 Doc. 9849/13.\n${viewerFooter(2)}`;
          const marked = page.join('\n').replace(/(\p{L})2 /u, '$1^2 ');
          expect(markFootFootnotes(text), `${rows} rows and ${cells} cells`).toBe(
            `${opening.replace('priorities1', 'priorities^1')}\n^1 ${cut} ${rest.join(' ')}\n${viewerFooter(1)}${marked}\n${rest.map(() => '').join('\n')}\n^2 Doc. 9849/13.\n${viewerFooter(2)}`,
          );
        }
      }
    },
  );

  /**
   * A page of a viewer's copy (no blank line) whose own lines open in lower case under a full stop that ends no sentence:
   * a date's ordinal wrapped before its month (`den 6. og 7.` / `juni 2013 …`, `dne 6. a 7.` / `června 2013 …`), an
   * abbreviation (`… etc.` / `the Council …`); the lead-in calling footnote 2 or a point above it, then a table's rows a
   * cell to a line, the rest of footnote 1 and footnote 2 (Danish, Czech, English).
   */
  const OWN_LINES = [
    {
      language: 'Danish',
      cut: POINTS_PAGES[2]?.cut ?? '',
      rest: POINTS_PAGES[2]?.rest ?? [],
      points: ['(i)', 'en flerårig strategisk plan (MASP);', '(ii)', 'en årlig operationel handlingsplan (OAP);'],
      leadIn: [
        'På grundlag af den første SOCTA vedtog Rådet den 6. og 7.',
        'juni 2013 konklusioner om fastlæggelse af EU’s prioriteter for',
        'bekæmpelse af organiseret og grov kriminalitet;',
        'de ni prioriteter er følgende:',
      ],
      row: ['Ulovlig indvandring', 'At optrevle grupper, der er involveret', 'i at lette ulovlig indvandring'],
    },
    {
      language: 'Czech',
      cut: 'Závěry Rady o vytvoření a provádění cyklu politiky EU pro boj proti organizované a závažné mezinárodní trestné činnosti, přijaté Radou pro spravedlnost a vnitřní',
      rest: [
        'věci ve dnech 8. a 9. listopadu 2010 (dok. 15358/10). Rada v nich rozhodla, že každý cyklus politiky bude trvat čtyři roky, přičemž první, kratší cyklus (2012–2013)',
        'posloužil jako zkouška metody.',
      ],
      points: ['i)', 'víceletý strategický plán (MASP);', 'ii)', 'roční operativní akční plán (OAP);'],
      leadIn: [
        'Na základě prvního hodnocení SOCTA přijala Rada dne 6. a 7.',
        'června 2013 závěry o stanovení priorit EU pro boj proti',
        'organizované a závažné mezinárodní trestné činnosti;',
        'devět priorit je následujících:',
      ],
      row: ['Nedovolené přistěhovalectví', 'Narušit skupiny, které se podílejí', 'na napomáhání nedovolenému přistěhovalectví'],
    },
    {
      language: 'English',
      cut: CUT_EN,
      rest: REST_EN,
      points: ['(i)', 'a Multi-Annual Strategic Plan (MASP);', '(ii)', 'an annual Operational Action Plan (OAP);'],
      leadIn: [
        'On the basis of the first SOCTA on drugs, firearms, cybercrime etc.',
        'the Council adopted conclusions on setting the priorities for the fight',
        'against organised and serious international crime;',
        'the nine priorities are the following:',
      ],
      row: ['Illegal immigration', 'To disrupt the groups involved in the', 'facilitation of illegal immigration'],
    },
  ];

  it.each(OWN_LINES)(
    'takes no line of the page’s own under a full stop that ends no sentence for the rest of the footnote above, whether the lead-in or a point above calls the page’s footnote (%s)',
    ({ cut, rest, points, leadIn, row }) => {
      const opening = 'through the identification by the Council of a limited number of priorities1, each of them developed';
      for (const [calling, place] of [
        [leadIn, leadIn.length - 1],
        [points, 3],
      ] as const) {
        for (let cells = 0; cells <= row.length; cells += 1) {
          const table = Array.from({ length: 5 }, (_, index) => [`${index + 1}.`, ...row]).flat();
          const page = [...points, ...leadIn, ...table.slice(0, (row.length + 1) * 4 + cells)];
          const at = page.indexOf(calling[place] ?? '');
          const called = (mark: string) => page.map((line, index) => (index === at ? line.replace(/([;:])$/u, `${mark}$1`) : line));
          const text = `${opening}\n1 ${cut}\n${viewerFooter(1)}${called('2').join('\n')}\n${rest.join('\n')}\n2 Doc. 9849/13.\n${viewerFooter(2)}`;
          expect(markFootFootnotes(text), `${calling === leadIn ? 'lead-in' : 'point'} calling, ${cells} cells`).toBe(
            `${opening.replace('priorities1', 'priorities^1')}\n^1 ${cut} ${rest.join(' ')}\n${viewerFooter(1)}${called('^2').join('\n')}\n${rest.map(() => '').join('\n')}\n^2 Doc. 9849/13.\n${viewerFooter(2)}`,
          );
        }
      }
    },
  );

  it('joins no block opening with a capital to a footnote that ends on a figure or on a line shorter than its page’s, nor a rest of one line', () => {
    const figure = `the Council Decision1 was adopted.\n\n1 Council Decision 2010/131/EU of 25 February 2010 on setting up the Standing Committee on operational cooperation on internal security, OJ L 52, p. 50\n${footer(1)}The Committee took note of the report2.\n\nThe Presidency invited the delegations to send their comments on the report to the General Secretariat of the Council\nby the end of the month at the latest.\n2 Doc. 9849/13.\n${footer(2)}`;
    const short = `the Presidency presented its report1 to the Committee, which took note of it and invited the delegations to send their comments.\n\n1 See the note of the Presidency\n${footer(1)}The Committee took note of the report2.\n\nThe Presidency invited the delegations to send their comments on the report to the General Secretariat of the Council\nby the end of the month at the latest.\n2 Doc. 9849/13.\n${footer(2)}`;
    const single = `le Conseil recensant un nombre limité de priorités1, dont chacune est déclinée en :\n\n1 ${CUT_FR}\n${footer(1)}les neuf priorités2 sont les suivantes :\n\nConseil «Justice et affaires intérieures» des 8 et 9 novembre 2010.\n2 Doc. 9849/13.\n${footer(2)}`;
    for (const text of [figure, short, single]) expect(markFootFootnotes(text).replace(/\^/g, '')).toBe(text);
  });
});

describe('markFootFootnotes on footnotes plain pdftotext prints with their numbers apart', () => {
  /** Plain pdftotext's footer of a Spanish note, column by column. */
  const PIE = '9123/25\nJAI.1\n\nRS/ml\nLIMITE\n\n1\nES\n\f';

  it('moves the number alone between a paragraph and its list onto the footnote text above the footer, and marks its call', () => {
    const text = `3.\n\nLes délégations sont invitées à répondre aux questions suivantes1:\n\n1\n\n(a)\n\nQuelles mesures?\n\nVoir le document 12045/22.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(
      `3.\n\nLes délégations sont invitées à répondre aux questions suivantes^1:\n\n\n\n(a)\n\nQuelles mesures?\n\n^1 Voir le document 12045/22.\n${FOOTER}`,
    );
  });

  it('reads a run of numbers apart as as many footnotes at the foot, each opening a line after a sentence’s end, their wrapped lines joined', () => {
    const text =
      'El Comité aprobó el informe1 y el mandato de\n20242, y pidió a la Presidencia3:\n\n2.\n\n1\n2\n3\n\nLas delegaciones apoyaron el texto.\n\n' +
      'Documento 6120/24.\nWK 4913/2024.\nLas observaciones recibidas después de esa fecha se tendrán en cuenta en la medida en que el calendario del Consejo lo\npermita.\n' +
      PIE;
    expect(markFootFootnotes(text)).toBe(
      'El Comité aprobó el informe^1 y el mandato de\n2024^2, y pidió a la Presidencia^3:\n\n2.\n\n\n\n\n\nLas delegaciones apoyaron el texto.\n\n' +
        '^1 Documento 6120/24.\n^2 WK 4913/2024.\n^3 Las observaciones recibidas después de esa fecha se tendrán en cuenta en la medida en que el calendario del Consejo lo permita.\n\n' +
        PIE,
    );
  });

  it('reads a footnote text that is an address for one of the run’s texts, as a footnote citing a page prints it (English, German)', () => {
    const en =
      'the EU Roadmap to fight drug trafficking and organised crime1, and the report on\ncriminal networks2, before the Council adopted conclusions3.\n\n1\n2\n\n3\n\n' +
      '14114/23. Commission Communication on the EU Roadmap.\nhttps://www.europol.europa.eu/publication-events/main-reports/decoding-eus-most-threatening-criminalnetworks\n11153/24.\n' +
      PIE;
    expect(markFootFootnotes(en)).toBe(
      'the EU Roadmap to fight drug trafficking and organised crime^1, and the report on\ncriminal networks^2, before the Council adopted conclusions^3.\n\n\n\n\n\n\n' +
        '^1 14114/23. Commission Communication on the EU Roadmap.\n^2 https://www.europol.europa.eu/publication-events/main-reports/decoding-eus-most-threatening-criminalnetworks\n^3 11153/24.\n' +
        PIE,
    );
    const de = 'Der Ausschuss nahm den Bericht1 und die Bewertung2 zur Kenntnis.\n\n1\n2\n\nDok. 9876/25.\nwww.europol.europa.eu/iocta-2024\n' + PIE;
    expect(markFootFootnotes(de)).toBe(
      'Der Ausschuss nahm den Bericht^1 und die Bewertung^2 zur Kenntnis.\n\n\n\n\n^1 Dok. 9876/25.\n^2 www.europol.europa.eu/iocta-2024\n' + PIE,
    );
  });

  it('takes the footnote’s text out of the page’s last paragraph it runs on from, at its last line that opens after a sentence’s end', () => {
    const text =
      'Komitet przyjął sprawozdanie1.\n\n3.\n\n1\n\nPrezydencja przedstawiła projekt konkluzji\ni zaproponowała dalsze prace.\nZob. dokument 8417/19 oraz uwagi\nprzekazane przez delegacje.\n' +
      FOOTER;
    expect(markFootFootnotes(text)).toBe(
      'Komitet przyjął sprawozdanie^1.\n\n3.\n\n\n\nPrezydencja przedstawiła projekt konkluzji\ni zaproponowała dalsze prace.\n^1 Zob. dokument 8417/19 oraz uwagi przekazane przez delegacje.\n\n' +
        FOOTER,
    );
  });

  it('reads nothing where the number is not called, the foot holds fewer texts than numbers, or the text marks no pages nor ends one at a footer', () => {
    const uncalled = `the report was presented.\n\n1\n\nSee document 12045/22.\n${FOOTER}`;
    const fewer = `the report1 and the plan2.\n\n1\n2\n\nsee document 12045/22.\n${FOOTER}`;
    const unpaged = `the report1 was presented.\n\n1\n\nSee document 12045/22.\n`;
    for (const text of [uncalled, fewer, unpaged]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('pairs them in a copy without form feeds or blank lines (a viewer’s) where each number stands under its call and its text ends the page (English, Polish)', () => {
    const footer = '14470/25\nTR/kl\n1\nJAI.1\nLIMITE\nEN\n3. Next item\nThe text.\n14470/25\nTR/kl\n2\nJAI.1\nLIMITE\nEN';
    const en = `The Committee took note of the report1.\n2.\n1\nInformation from the Presidency\nThe Presidency informed delegations.\nSee document 12045/22.\n${footer}`;
    expect(markFootFootnotes(en)).toBe(
      `The Committee took note of the report^1.\n2.\n\nInformation from the Presidency\nThe Presidency informed delegations.\n^1 See document 12045/22.\n${footer}`,
    );
    const pl = `Komitet przyjął sprawozdanie1 i plan2.\n3.\n1\n2\nPrezydencja przedstawiła projekt.\nZob. dokument 8417/19.\nWK 4913/2019.\n${footer}`;
    expect(markFootFootnotes(pl)).toBe(
      `Komitet przyjął sprawozdanie^1 i plan^2.\n3.\n\n\nPrezydencja przedstawiła projekt.\n^1 Zob. dokument 8417/19.\n^2 WK 4913/2019.\n${footer}`,
    );
  });

  it('opens the next page under a footer whose pieces -layout set in its columns far apart, in such a copy: `JAI.1` is no call (Italian)', () => {
    const footer = (page: number) => `9110/24${' '.repeat(40)}GV/ac${' '.repeat(44)}${page}\nJAI.1${' '.repeat(41)}LIMITE${' '.repeat(43)}IT`;
    const text = `1.    La presidenza ha informato le delegazioni.\n${footer(1)}\n3.    Frontex ha presentato la sua analisi per il 20241, che conferma i rischi.\n1 Documento 6874/24.\n${footer(2)}`;
    expect(markFootFootnotes(text)).toBe(text.replace('20241', '2024^1').replace('\n1 Documento', '\n^1 Documento'));
  });

  it('pairs nothing in such a copy where the number stands above its call (the footer’s page number) or the text opens a numbered item', () => {
    const footer = '14470/25\nTR/kl\n1\nJAI.1\nLIMITE\nEN';
    const above = `${footer}\n1\nThe Committee took note of the report1.\nSee document 12045/22.\n${footer.replace('\n1\n', '\n2\n')}`;
    const item = `The Committee took note of the report1.\n1\n6.\nAny other business\nThe Presidency informed delegations.\n${footer}`;
    for (const text of [above, item]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('reads nothing where the page calls the number after the run too: that footnote lost its number, which text is its cannot be told (English, Spanish)', () => {
    const en = `the conclusions of June\n20182 and the contact\npoints3 and by 10 May 20194.\n\n7.\n\n2\n3\n\nThe Presidency invites COSI to agree.\n\n10151/18.\nWK 4913/2019.\nComments received after that date will be taken into account.\n${FOOTER}`;
    const es = `el mandato de\n20242, las observaciones3 y el calendario4.\n\n2.\n\n2\n3\n\nLas delegaciones apoyaron el texto.\n\nDocumento 6120/24.\nWK 4913/2024.\nLas observaciones recibidas se tendrán en cuenta.\n${PIE}`;
    for (const text of [en, es]) expect(markFootFootnotes(`the report1.\n\n1 First.\n${FOOTER}${text}`)).toBe(`the report^1.\n\n^1 First.\n${FOOTER}${text}`);
  });

  it('reads the first number of the run that plain pdftotext ran onto the page’s last line, where it dropped the hyphen that cut the word, and puts the hyphen back (French, German)', () => {
    const fr = `Le COSI a pris note du rapport1 et de la déclaration commune2\nsur la coopération et les procé1\n2\n\nDoc. 9876/25.\nDoc. 14470/25.\n\n${FOOTER}dures de travail.`;
    expect(markFootFootnotes(fr)).toBe(
      `Le COSI a pris note du rapport^1 et de la déclaration commune^2\nsur la coopération et les procé-\n\n\n\n^1 Doc. 9876/25.\n^2 Doc. 14470/25.\n${FOOTER}dures de travail.`,
    );
    const de =
      'Der Ausschuss billigte die Leitlinien1, den Bericht2 und die Erklärung3 über die Arbeitsver1\n2\n3\n\nDok. 9876/25.\nDok. 14470/25.\nwww.europol.europa.eu/iocta-2024\n\n' +
      `${PIE}fahren.`;
    expect(markFootFootnotes(de)).toBe(
      'Der Ausschuss billigte die Leitlinien^1, den Bericht^2 und die Erklärung^3 über die Arbeitsver-\n\n\n\n\n^1 Dok. 9876/25.\n^2 Dok. 14470/25.\n^3 www.europol.europa.eu/iocta-2024\n' +
        `${PIE}fahren.`,
    );
  });

  it('reads that number where a blank line stands between it and the next number alone (`… Opera1` / `` / `2`), in English and Italian', () => {
    const en = `the report1 and the plan2 of the Maritime Analysis and Opera1\n\n2\n\nDoc. 9876/25.\nDoc. 14470/25.\n\n${FOOTER}tions Centre.`;
    expect(markFootFootnotes(en)).toBe(
      `the report^1 and the plan^2 of the Maritime Analysis and Opera-\n\n\n\n\n^1 Doc. 9876/25.\n^2 Doc. 14470/25.\n${FOOTER}tions Centre.`,
    );
    const italian = `la relazione1 e il piano2 del Centro di analisi e opera1\n\n2\n\nDoc. 9876/25.\nDoc. 14470/25.\n\n${FOOTER}zioni marittime.`;
    expect(markFootFootnotes(italian)).toBe(
      `la relazione^1 e il piano^2 del Centro di analisi e opera-\n\n\n\n\n^1 Doc. 9876/25.\n^2 Doc. 14470/25.\n${FOOTER}zioni marittime.`,
    );
  });

  it('reads that run in a copy without form feeds or blank lines (a viewer’s), the line it was run onto keeping its text with the hyphen put back (French, German, Spanish)', () => {
    const footer = (code: string) => `9876/25\nJAI.1\nTR/kl\n2\n${code}`;
    const last = (code: string) => `\n9876/25\nJAI.1\nTR/kl\n3\n${code}`;
    const fr = `Le COSI a pris note du rapport1 et de la déclaration commune2\nsur la coopération et les procé1\n2\nDoc. 9876/25.\nDoc. 14470/25.\n${footer('FR')}\ndures de travail.${last('FR')}`;
    expect(markFootFootnotes(fr)).toBe(
      `Le COSI a pris note du rapport^1 et de la déclaration commune^2\nsur la coopération et les procé-\n\n^1 Doc. 9876/25.\n^2 Doc. 14470/25.\n${footer('FR')}\ndures de travail.${last('FR')}`,
    );
    const de = `Der Ausschuss billigte im Jahr 20181 den Bericht2 und die Erklärung3 über die Arbeitsver1\n2\n3\nRatsdok. 9876/25.\nDok. 14470/25.\nwww.europol.europa.eu/iocta-2024\n${footer('DE')}\nfahren.${last('DE')}`;
    expect(markFootFootnotes(de)).toBe(
      `Der Ausschuss billigte im Jahr 2018^1 den Bericht^2 und die Erklärung^3 über die Arbeitsver-\n\n\n^1 Ratsdok. 9876/25.\n^2 Dok. 14470/25.\n^3 www.europol.europa.eu/iocta-2024\n${footer('DE')}\nfahren.${last('DE')}`,
    );
    const es = `El COSI tomó nota del informe1 y del plan de acción2 sobre los procedimien1\n2\nDocumento 9876/25.\nDocumento 6120/24.\n${footer('ES')}\ntos de trabajo.${last('ES')}`;
    expect(markFootFootnotes(es)).toBe(
      `El COSI tomó nota del informe^1 y del plan de acción^2 sobre los procedimien-\n\n^1 Documento 9876/25.\n^2 Documento 6120/24.\n${footer('ES')}\ntos de trabajo.${last('ES')}`,
    );
  });

  it('leaves the line as it was in such a copy where the number glued to it opens no run the foot’s texts and the calls above pair (`COSI97` / `98`, an uncalled number)', () => {
    const footer = '9876/25\nJAI.1\nTR/kl\n2\nEN';
    const last = '\n9876/25\nJAI.1\nTR/kl\n3\nEN';
    const figure = `The table lists the meetings from COSI97\n98\nThe Presidency invites COSI to agree.\n${footer}\nThe Committee agreed.${last}`;
    const uncalled = `The Committee took note of the report on working proced1\n2\nDoc. 9876/25.\nDoc. 14470/25.\n${footer}\nures.${last}`;
    for (const text of [figure, uncalled]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('leaves a figure at the page’s last line where the run below does not go on from it (`Annex 2` / `3`, `COSI97` / `1`)', () => {
    const spaced = `The list is set out in Annex 2\n3\n\nThe Presidency invites COSI to agree.\n\n${FOOTER}`;
    const notNext = `The Committee took note of the report1 of COSI97\n1\n\nSee document 12045/22.\n\n${FOOTER}`;
    expect(markFootFootnotes(spaced)).toBe(spaced);
    expect(markFootFootnotes(notNext)).toBe(`The Committee took note of the report^1 of COSI97\n\n\n^1 See document 12045/22.\n\n${FOOTER}`);
  });
});

describe('markFootFootnotes on a word cut at a page’s last line and in its footnote', () => {
  it('joins a footnote’s word cut by hyphenation where the next page opens with the rest of another cut word, as `-layout` prints it (English, French, German)', () => {
    const footer = (code: string) => `6543/25                EB/dk                3\n                 JAI.1                 ${code}\n\f`;
    const en =
      'with the Maritime Analysis and Opera-\nthe directive1 of 2023.\n\n1\n    Proposal for a Directive on European cross-border associa-\n    tions, COM/2023/516 final.\n\n' +
      `${footer('EN')}tions Centre (Narcotics).`;
    expect(markFootFootnotes(en)).toBe(
      'with the Maritime Analysis and Opera-\nthe directive^1 of 2023.\n\n^1 Proposal for a Directive on European cross-border associations, COM/2023/516 final.\n\n\n\n' +
        `${footer('EN')}tions Centre (Narcotics).`,
    );
    const fr =
      'avec le Centre d’analyse et d’opéra-\nla directive1 de 2023.\n\n1\n    Proposition de directive relative aux associa-\n    tions transfrontières européennes, COM(2023) 516 final.\n\n' +
      `${footer('FR')}tions maritimes (Narcotiques).`;
    expect(markFootFootnotes(fr)).toContain('^1 Proposition de directive relative aux associations transfrontières européennes, COM(2023) 516 final.');
    const de =
      'mit den europäischen Vereini-\nder Richtlinie1 von 2023.\n\n1\n    Vorschlag für eine Richtlinie über grenzüberschreitende europäische Vereini-\n    gungen, COM(2023) 516 final.\n\n' +
      `${footer('DE')}gungen der Zivilgesellschaft.`;
    expect(markFootFootnotes(de)).toContain('^1 Vorschlag für eine Richtlinie über grenzüberschreitende europäische Vereinigungen, COM(2023) 516 final.');
  });
});

describe('markFootFootnotes on a viewer’s copy whose footnote numbers stand alone above their texts', () => {
  /** A page's footer as a viewer copies a `-layout` page: its columns one space apart. */
  const footer = (page: number, code: string) => `6543/25 EB/dk ${page}\nJAI.1 ${code}`;

  it('reads each number alone on its line above its unindented text as the footnote, in sequence and called above (English, French, German)', () => {
    const en = `the directive2 and the Act3.\n2\nRegulation (EU) 2024/1689 of the European Parliament\nand of the Council.\n3\nProposal for a Directive, COM/2023/516 final.\n${footer(3, 'EN')}\nThe Committee agreed.\n${footer(4, 'EN')}`;
    expect(markFootFootnotes(`the report1.\n1 Doc. 9876/25.\n${footer(2, 'EN')}\n${en}`)).toBe(
      `the report^1.\n^1 Doc. 9876/25.\n${footer(2, 'EN')}\nthe directive^2 and the Act^3.\n^2 Regulation (EU) 2024/1689 of the European Parliament and of the Council.\n\n\n` +
        `^3 Proposal for a Directive, COM/2023/516 final.\n\n${footer(3, 'EN')}\nThe Committee agreed.\n${footer(4, 'EN')}`,
    );
    const fr = `le rapport1 et la directive2.\n1\n16343/24.\n2\nProposition de directive, COM(2023) 516 final.\n${footer(3, 'FR')}\nLe COSI a pris note.\n${footer(4, 'FR')}`;
    expect(markFootFootnotes(fr)).toBe(
      `le rapport^1 et la directive^2.\n^1 16343/24.\n\n^2 Proposition de directive, COM(2023) 516 final.\n\n${footer(3, 'FR')}\nLe COSI a pris note.\n${footer(4, 'FR')}`,
    );
    const de = `den Bericht1 billigte.\n1\nhttps://www.europol.europa.eu/publications-events/main-reports/iocta-2024\n${footer(3, 'DE')}\nDer AStV nahm Kenntnis.\n${footer(4, 'DE')}`;
    expect(markFootFootnotes(de)).toBe(
      `den Bericht^1 billigte.\n\n^1 https://www.europol.europa.eu/publications-events/main-reports/iocta-2024\n${footer(3, 'DE')}\nDer AStV nahm Kenntnis.\n${footer(4, 'DE')}`,
    );
  });

  it('joins a footnote’s rest copied under the next page’s text to the footnote, and the next footnote’s number alone under it to that footnote’s text, not to the rest (a viewer’s copy of -layout)', () => {
    const cut = '2 In Belgium and the Netherlands the port authorities may consult the national police databases directly; in the';
    const rest = [
      'other Member States that replied, the police answer each request of the port authority within five working',
      'days, and four Member States have already extended their checks to the staff of the subcontractors of the terminal',
      'operators.',
    ];
    const text = [
      'the port authorities1 and the drivers2, and',
      '1 Launched in Antwerp on 24 January 2024; see document 5821/24.',
      cut,
      footer(1, 'EN'),
      'partnerships with shipping lines and terminal operators3.',
      '5. Delegations are invited to reply at the meeting of COSI',
      'on 24 June 2025.',
      ...rest,
      '3',
      'Under the declaration of 12 December 2024, the signatories share the data on containers.',
      footer(2, 'EN'),
    ].join('\n');
    expect(markFootFootnotes(text)).toBe(
      [
        'the port authorities^1 and the drivers^2, and',
        '^1 Launched in Antwerp on 24 January 2024; see document 5821/24.',
        `^${cut} ${rest.join(' ')}`,
        footer(1, 'EN'),
        'partnerships with shipping lines and terminal operators^3.',
        '5. Delegations are invited to reply at the meeting of COSI',
        'on 24 June 2025.',
        ...rest.map(() => ''),
        '',
        '^3 Under the declaration of 12 December 2024, the signatories share the data on containers.',
        footer(2, 'EN'),
      ].join('\n'),
    );
  });

  it('leaves a number alone above a line of text where it is not called, not in sequence, above a numbered paragraph (a table’s cell, a count) or a footer’s piece (`1` / `EN`, called only by `JAI.1`)', () => {
    const uncalled = `The table lists the meetings.\n3\nMeetings held in 2024.\n${footer(3, 'EN')}\nThe Committee agreed.\n${footer(4, 'EN')}`;
    const outOfSequence = `the report2 was presented.\n2\nDoc. 9876/25.\n${footer(3, 'EN')}\nThe Committee agreed.\n${footer(4, 'EN')}`;
    const numbered = `the report1 was presented.\n1\n2. Any other business\n${footer(3, 'EN')}\nThe Committee agreed.\n${footer(4, 'EN')}`;
    // A parliament's stamp breaks the footer's pieces (`www.parlament.gv.at`), so its page `1` and `EN` open the next page, `JAI.1` above them.
    const stamped =
      'the report was noted.\n6543/25\nJAI.1\nEB/dk\nwww.parlament.gv.at\n1\nEN\nThe benefit of the teams was highlighted.\n4.\nRecovery funds\n' +
      `The Committee exchanged views.\n${footer(3, 'EN')}\nThe Committee agreed.\n${footer(4, 'EN')}`;
    for (const text of [uncalled, outOfSequence, numbered, stamped]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('never takes a code’s number for a call: a directorate’s `JAI.1` a stamp left above the next page’s text, Coreper’s `OJ CRP1 47`', () => {
    // A viewer's copy: the parliament's stamp breaks page 1's footer, so `JAI.1` opens page 2, above the sentence that calls footnote 1 a space apart.
    const stamped =
      'The Presidency presented its work programme.\n6350/26\nJAI.1\nwww.parlament.gv.at\nTR/kl\nLIMITE\n1\nEN\n' +
      'The Committee took note of the paper set out in WK 2345/2026. 1 COSI agreed to revert to it.\n1\nAlso circulated as WK 2346/2026.\n6350/26 TR/kl 2\nJAI.1 LIMITE EN';
    // the call one space after the working document's full stop is footnote 1's (spacedStopCall)
    expect(markFootFootnotes(stamped)).toBe(stamped.replace('2026. 1 COSI', '2026. ^{1} COSI').replace('\n1\nAlso', '\n\n^1 Also'));
    // -layout: the call one space after a Council document's number and its full stop (`14470/25. 1 The …`)
    const layout = `The Presidency presented the draft set out in 14470/25. 1 The Committee agreed.\n\n1      Also circulated as WK 15012/2025.\n${FOOTER}`;
    expect(markFootFootnotes(layout)).toBe(layout.replace('14470/25. 1 The', '14470/25. ^{1} The').replace('\n1      Also', '\n^1      Also'));
    for (const code of ['GIP.1', 'RELEX.1', 'DGD1', 'OJ CRP1 47']) {
      const text = `The agenda was adopted as set out in ${code}.\n\n1 Doc. 14470/25.\n${FOOTER}`;
      expect(markFootFootnotes(text)).toBe(text);
    }
  });
});

describe('markFootFootnotes on a footnote whose number plain pdftotext dropped', () => {
  /** Plain pdftotext's footer of a German note, column by column. */
  const FUSS = '9123/25\nJAI.1\n\nRS/ml\nLIMITE\n\n1\nDE\n\f';

  it('reads the one unnumbered text above the footer as the footnote of the one unmatched call (German, a call glued to a word)', () => {
    const text = `Der Ausschuss nahm den Bericht von Europol1 zur Kenntnis.\n\n2.\n\nDie Delegationen unterstützten den Text.\n\nDok. 8123/25, an die Delegationen verteilt\nam 14. April 2025.\n${FUSS}`;
    expect(markFootFootnotes(text)).toBe(
      `Der Ausschuss nahm den Bericht von Europol^1 zur Kenntnis.\n\n2.\n\nDie Delegationen unterstützten den Text.\n\n^1 Dok. 8123/25, an die Delegationen verteilt am 14. April 2025.\n\n${FUSS}`,
    );
  });

  it('reads it above or below the page’s numbered footnotes, and under the rest of a footnote the page above cut (Spanish, Italian)', () => {
    const first = `el informe1 y la versión revisada2 del texto.\n\nDoc. 14470/25.\n2 Doc. 14470/1/25 REV 1.\n${FOOTER}`;
    expect(markFootFootnotes(first)).toBe(`el informe^1 y la versión revisada^2 del texto.\n\n^1 Doc. 14470/25.\n^2 Doc. 14470/1/25 REV 1.\n${FOOTER}`);
    const last = `el informe1 y la versión revisada 2, del texto.\n\n1 Doc. 14470/25.\nDoc. 14470/1/25 REV 1.\n${FOOTER}`;
    expect(markFootFootnotes(last)).toBe(`el informe^1 y la versión revisada ^2, del texto.\n\n^1 Doc. 14470/25.\n^2 Doc. 14470/1/25 REV 1.\n${FOOTER}`);
    const italian = `il comitato ha preso atto della relazione1 di Europol.\n\n1 La relazione descrive le reti criminali attive nei porti e i mezzi\n${FOOTER}Il comitato ha approvato le conclusioni2.\n\nche tali reti usano per reclutare i portuali.\nVedi il documento 9034/25.\n${FOOTER}`;
    expect(markFootFootnotes(italian)).toBe(
      `il comitato ha preso atto della relazione^1 di Europol.\n\n^1 La relazione descrive le reti criminali attive nei porti e i mezzi che tali reti usano per reclutare i portuali.\n${FOOTER}Il comitato ha approvato le conclusioni^2.\n\n\n^2 Vedi il documento 9034/25.\n${FOOTER}`,
    );
  });

  it('reads nothing where it is ambiguous: two calls, the next number called too, two texts, no call, no blank line above, no footer, no form feeds', () => {
    const twoCalls = `the report1 and the plan1 were noted.\n\nDoc. 8123/25.\n${FOOTER}`;
    const nextCalled = `the report1 and the plan2 were noted.\n\nDoc. 8123/25.\n${FOOTER}`;
    const twoTexts = `the report1 was noted.\n\nDoc. 8123/25.\nSee also WK 4321/2025.\n${FOOTER}`;
    const uncalled = `the report was noted.\n\nDoc. 8123/25.\n${FOOTER}`;
    const runOn = `the report1 was noted.\nDoc. 8123/25.\n${FOOTER}`;
    const noFooter = `the report1 was noted.\n\nDoc. 8123/25.\n\f`;
    const unpaged = `the report1 was noted.\n\nDoc. 8123/25.\n${FOOTER.replace('\f', '')}`;
    for (const text of [twoCalls, nextCalled, twoTexts, uncalled, runOn, noFooter, unpaged]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('takes no paragraph the page break cuts for the text, where the next page goes on mid-sentence and the foot ends in none or in a withheld passage (French, English)', () => {
    const fr = `du rapport (9876/25) et de son annexe1.\n5.\n\nProjet de conclusions\n\nLe Comité a approuvé le projet de conclusions et est convenu de le\n[…]\n${FOOTER}transmettre au Coreper.\n${FOOTER}`;
    const en = `the report of Europol1 was noted.\n\nThe Committee endorsed the draft conclusions and agreed to\nforward them\n${FOOTER}to Coreper for approval by the Council.\n${FOOTER}`;
    for (const text of [fr, en]) expect(markFootFootnotes(text)).toBe(text);
  });

  it('still reads the text where it ends its sentence although the next page goes on mid-sentence', () => {
    const text = `the report of Europol1 was noted; the Committee agreed to forward\n\nDoc. 8123/25.\n${FOOTER}the conclusions to Coreper.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(
      `the report of Europol^1 was noted; the Committee agreed to forward\n\n^1 Doc. 8123/25.\n${FOOTER}the conclusions to Coreper.\n${FOOTER}`,
    );
  });
});

describe('markFootFootnotes on a copy without footers, form feeds or blank lines between its pages', () => {
  const PAGE_1 =
    'has submitted to the Council the annexed report for the period July 2014 - December 2015.1\nthe Council hereby transmits the said report to the national Parliaments.\n\n';

  it('ends a footnote where the next page’s text goes on: an annex’s heading, a paragraph’s number after a sentence’s end (English, German)', () => {
    const annex = `${PAGE_1}1 Doc. 5299/16.\nANNEX\nSummary\nof Council Decision 2010/131/EU 2 establishing the Standing Committee.\n\n2 OJ L 52, 3.3.2010, p. 50.`;
    expect(markFootFootnotes(annex)).toBe(
      `${PAGE_1.replace('2015.1', '2015.^1')}^1 Doc. 5299/16.\nANNEX\nSummary\nof Council Decision 2010/131/EU ^2 establishing the Standing Committee.\n\n^2 OJ L 52, 3.3.2010, p. 50.`,
    );
    const item =
      'Aktualisierter Fahrplan1\n\nDer Ausschuss billigte den Fahrplan.\n\n1 Ausnahmsweise in Anwesenheit der assoziierten Schengen-Staaten.\n4.\nEntwurf von Schlussfolgerungen des Rates\nDer Ausschuss einigte sich auf den Entwurf.';
    expect(markFootFootnotes(item)).toBe(item.replace('Fahrplan1', 'Fahrplan^1').replace('\n1 Aus', '\n^1 Aus'));
  });

  it('goes on over a line opening with a number after an abbreviation’s dot: the citation’s page (`… p.` / `50.`)', () => {
    const text = `${PAGE_1}1 Council Decision 2010/131/EU on setting up the Standing Committee, OJ L 52, 3.3.2010, p.\n50.\nANNEX`;
    expect(markFootFootnotes(text)).toBe(
      `${PAGE_1.replace('2015.1', '2015.^1')}^1 Council Decision 2010/131/EU on setting up the Standing Committee, OJ L 52, 3.3.2010, p. 50.\n\nANNEX`,
    );
  });

  it('ends a footnote at the next page’s marking alone and at its heading over a paragraph (German, English, French)', () => {
    const marking =
      'Der Vorsitz hat Europol und Frontex1 konsultiert.\n1 Bewertung von Europol vom 3. März 2025 (WK 3120/2025).\nRESTREINT UE/EU RESTRICTED\n\n5. Frontex weist darauf hin, dass die Zahl zurückgegangen ist.\n';
    expect(markFootFootnotes(marking)).toBe(
      'Der Vorsitz hat Europol und Frontex^1 konsultiert.\n^1 Bewertung von Europol vom 3. März 2025 (WK 3120/2025).\nRESTREINT UE/EU RESTRICTED\n\n5. Frontex weist darauf hin, dass die Zahl zurückgegangen ist.\n',
    );
    // The annex's heading printed in the footer only (`ANNEX` / `DRI`), which the copy lost.
    const summary = `${PAGE_1}1 Doc. 5299/16.\nSummary\nThis is the fourth report to the European Parliament and national Parliaments in accordance\nwith Article 71 TFEU.\n`;
    expect(markFootFootnotes(summary)).toBe(
      `${PAGE_1.replace('2015.1', '2015.^1')}^1 Doc. 5299/16.\nSummary\nThis is the fourth report to the European Parliament and national Parliaments in accordance\nwith Article 71 TFEU.\n`,
    );
    const resume =
      'La présidence a soumis au Conseil le rapport ci-joint1.\n\n1 Doc. 5299/16.\nRésumé\nLe présent rapport est le quatrième rapport adressé au Parlement européen et aux parlements\nnationaux.\n';
    expect(markFootFootnotes(resume)).toBe(
      'La présidence a soumis au Conseil le rapport ci-joint^1.\n\n^1 Doc. 5299/16.\nRésumé\nLe présent rapport est le quatrième rapport adressé au Parlement européen et aux parlements\nnationaux.\n',
    );
  });

  it('takes no footnote’s next sentence for the next page’s heading: a line whose next word would not have fit on it is no heading', () => {
    const wrapped =
      'The Committee took note of the assessment1.\n\n1 Doc. 9876/25.\nSerious and Organised Crime Threat\nAssessment (SOCTA) of Europol.\n\nThe Committee approved the conclusions.\n';
    expect(markFootFootnotes(wrapped)).toBe(
      'The Committee took note of the assessment^1.\n\n^1 Doc. 9876/25. Serious and Organised Crime Threat Assessment (SOCTA) of Europol.\n\n\n\nThe Committee approved the conclusions.\n',
    );
  });
});

describe('markFootFootnotes on footnote 1 whose number plain pdftotext dropped where its text cannot be told', () => {
  it('reads footnote 2 where its number is printed, footnote 1’s text left on its page', () => {
    const text = `for the period July 2014 - December 2015.1\nthe said report to the national Parliaments.\n\nDoc. 5299/16.\n${FOOTER}ANNEX\nof Council Decision 2010/131/EU 2 establishing the Standing Committee.\n\n2 OJ L 52, 3.3.2010, p. 50.\n${FOOTER}`;
    expect(markFootFootnotes(text)).toBe(text.replace('EU 2 est', 'EU ^2 est').replace('\n2 OJ', '\n^2 OJ'));
  });

  it('reads none where the page prints number 1 apart from its text (`1` / `2` / `16343/24, EUCO 50/24.` / `7750/25.`)', () => {
    const text = `the strategic guidelines 1, shaping the direction of EU policy.\nthe communication’)2. Together with other communications.\nQuestions to the Ministers:\n1\n2\n16343/24, EUCO 50/24.\n7750/25.\n${FOOTER}`;
    expect(markFootFootnotes(text)).not.toContain('^2');
  });
});

describe('markFootFootnotes on a footnote line plain pdftotext ran into the footer’s number', () => {
  /** Plain pdftotext's footer of page `page`, column by column, without its number (which the text line took). */
  const rest = (page: number) => `JAI.1\n\nJV/mk\nLIMITE\n\n${page}\nFR\n\f`;
  /** That footer as the reader sets it back: its number alone on the line below the text, its pieces under it. */
  const apart = (page: number) => `16102/25\nJAI.1\nJV/mk\nLIMITE\n${page}\nFR\n\n\f`;

  it('reads the footnotes above it, sets the number back alone on its line and joins the cut word to its rest on the next page', () => {
    const text =
      'les opérateurs de terminaux1 et les autorités2.\n\n1 Doc. 8123/25.\n2 Onze États membres estiment que les contrôles devraient couvrir le personnel des opé 16102/25\n' +
      rest(1) +
      'Les délégations ont pris note.\n\nrateurs, dont le nombre a augmenté.\n16102/25\n' +
      rest(2);
    expect(markFootFootnotes(text)).toBe(
      'les opérateurs de terminaux^1 et les autorités^2.\n\n^1 Doc. 8123/25.\n^2 Onze États membres estiment que les contrôles devraient couvrir le personnel des opérateurs, dont le nombre a augmenté.\n' +
        apart(1) +
        'Les délégations ont pris note.\n\n\n16102/25\n' +
        rest(2),
    );
  });

  it('joins the rest with a space where the document spells no word whole, and leaves a line ending in the number where no footnote ends the page', () => {
    const text =
      'the staff1 of the ports.\n\n1 Eleven Member States cover the staff of the sub 16102/25\n' +
      rest(1) +
      'Text.\n\ncontractors as well.\n16102/25\n' +
      rest(2);
    expect(markFootFootnotes(text)).toBe(
      'the staff^1 of the ports.\n\n^1 Eleven Member States cover the staff of the sub contractors as well.\n' + apart(1) + 'Text.\n\n\n16102/25\n' + rest(2),
    );
    const cited = 'The Committee took note of the report set out in 16102/25\n' + rest(1) + 'More text.\n16102/25\n' + rest(2);
    expect(markFootFootnotes(cited)).toBe(cited);
  });
});

describe('markFootFootnotes on a copy out of a PDF viewer, the footer’s pieces one space apart', () => {
  /** A page's two-line footer as a viewer (pdf.js) copies its table's rows: `16102/25 JV/mk 1` / `JAI.1 LIMITE DE`. */
  const footer = (page: number, language: string, annex = '') => `16102/25 ${annex}JV/mk ${page}\nJAI.1 LIMITE ${language}`;

  it('ends each page’s footnotes at its footer, in German, French and Polish, an annex page’s footer printing its word', () => {
    const de = `Der Ausschuss nahm den Bericht1 zur Kenntnis.\nDie Delegationen unterstützten den Plan2.\n1 Dok. 8123/25.\n2 Siehe Dokument 9034/25.\n${footer(1, 'DE')}\n3. Der Vorsitz ersucht den Ausschuss, den Plan zu billigen.\n${footer(2, 'DE')}`;
    expect(markFootFootnotes(de)).toBe(
      `Der Ausschuss nahm den Bericht^1 zur Kenntnis.\nDie Delegationen unterstützten den Plan^2.\n^1 Dok. 8123/25.\n^2 Siehe Dokument 9034/25.\n${footer(1, 'DE')}\n3. Der Vorsitz ersucht den Ausschuss, den Plan zu billigen.\n${footer(2, 'DE')}`,
    );
    const fr = `Le comité a pris note du rapport1.\n1 Doc. 8123/25.\n${footer(1, 'FR')}\nLes délégations ont soutenu le plan2.\n2 Voir le document 9034/25.\n${footer(2, 'FR', 'ANNEXE ')}`;
    expect(markFootFootnotes(fr)).toBe(
      `Le comité a pris note du rapport^1.\n^1 Doc. 8123/25.\n${footer(1, 'FR')}\nLes délégations ont soutenu le plan^2.\n^2 Voir le document 9034/25.\n${footer(2, 'FR', 'ANNEXE ')}`,
    );
    const pl = `Komitet przyjął sprawozdanie1 do wiadomości.\n1 Dok. 8123/25.\n${footer(2, 'PL', 'ZAŁĄCZNIK ')}\nKomitet zatwierdził plan.\n${footer(3, 'PL', 'ZAŁĄCZNIK ')}`;
    expect(markFootFootnotes(pl)).toBe(
      `Komitet przyjął sprawozdanie^1 do wiadomości.\n^1 Dok. 8123/25.\n${footer(2, 'PL', 'ZAŁĄCZNIK ')}\nKomitet zatwierdził plan.\n${footer(3, 'PL', 'ZAŁĄCZNIK ')}`,
    );
  });

  it('joins a footnote’s rest, copied under the next page’s text with no blank line, from the line opening in lower case under the page’s last sentence, as wide as the footnote (the paragraph the break cut stays text)', () => {
    const en = [
      'exchange the results within a few days1, and the checks are repeated for the',
      '1 Eleven Member States consider that the checks should also cover the staff of terminal op -',
      footer(1, 'EN'),
      'staff of the terminal operators with access to the sensitive areas of a port.',
      '4. COSI is invited to take note of the replies2.',
      'erators, whose number has grown since 2020, and four of the eleven have already extended',
      'their checks to that staff.',
      '2 See document 9034/25.',
      footer(2, 'EN'),
    ].join('\n');
    expect(markFootFootnotes(en)).toBe(
      [
        'exchange the results within a few days^1, and the checks are repeated for the',
        '^1 Eleven Member States consider that the checks should also cover the staff of terminal operators, whose number has grown since 2020, and four of the eleven have already extended their checks to that staff.',
        footer(1, 'EN'),
        'staff of the terminal operators with access to the sensitive areas of a port.',
        '4. COSI is invited to take note of the replies^2.',
        '',
        '',
        '^2 See document 9034/25.',
        footer(2, 'EN'),
      ].join('\n'),
    );
    const fr = [
      'Le comité a pris note du rapport1 et des réponses des',
      '1 Le rapport décrit les réseaux criminels actifs dans les ports et les moyens',
      footer(1, 'FR'),
      'délégations au questionnaire.',
      'que ces réseaux emploient pour recruter les dockers.',
      footer(2, 'FR'),
    ].join('\n');
    expect(markFootFootnotes(fr)).toBe(
      [
        'Le comité a pris note du rapport^1 et des réponses des',
        '^1 Le rapport décrit les réseaux criminels actifs dans les ports et les moyens que ces réseaux emploient pour recruter les dockers.',
        footer(1, 'FR'),
        'délégations au questionnaire.',
        '',
        footer(2, 'FR'),
      ].join('\n'),
    );
  });

  it('joins the next item of a list the footnote holds, copied under the next page’s text', () => {
    const text = [
      'The Member States replied1 to the questionnaire.',
      '1 They describe two forms of cooperation:',
      '• memoranda of understanding with the operators;',
      footer(1, 'EN'),
      '5. COSI is invited to take note of the replies.',
      '• common training of the staff of the operators.',
      footer(2, 'EN'),
    ].join('\n');
    expect(markFootFootnotes(text)).toContain(
      '^1 They describe two forms of cooperation: • memoranda of understanding with the operators; • common training of the staff of the operators.\n',
    );
  });

  it('joins none of the next page’s text to a footnote where no line opens in lower case under a sentence’s end: the page’s text runs on', () => {
    const text = [
      'The Member States replied1 to the questionnaire.',
      '1 The replies describe the checks that the port authorities carry out on the staff of',
      footer(1, 'EN'),
      'staff with access to the sensitive areas of a port, such as the container terminals and',
      'the areas where the seals are checked.',
      footer(2, 'EN'),
    ].join('\n');
    expect(markFootFootnotes(text)).toBe(text.replace('replied1', 'replied^1').replace('\n1 The', '\n^1 The'));
  });

  it.each([
    [
      'English',
      'Europol presented its report on the abuse of legal business structures1.',
      'by the European Union Regional Information Expert Centre (EURIEC).',
    ],
    [
      'French',
      'Europol a présenté son rapport sur les structures commerciales légales1.',
      'par le Centre régional d’expertise de l’Union européenne (EURIEC).',
    ],
  ])('takes a footnote that ends in a whole address for ended: the next page’s first line in lower case stays text (%s)', (_language, sentence, goesOn) => {
    const text = [
      sentence,
      '1 https://www.europol.europa.eu/publications-events/publications/leveraging-legitimacy-how-eu',
      '%E2%80%99s-most-threatening-criminal-networks-abuse-legal-business-structures',
      footer(1, 'EN'),
      goesOn,
      footer(2, 'EN'),
    ].join('\n');
    expect(markFootFootnotes(text)).toBe(
      text
        .replace('structures1.', 'structures^1.')
        .replace('commerciales légales1.', 'commerciales légales^1.')
        .replace(
          '\n1 https://www.europol.europa.eu/publications-events/publications/leveraging-legitimacy-how-eu\n%E2%80%99s',
          '\n^1 https://www.europol.europa.eu/publications-events/publications/leveraging-legitimacy-how-eu%E2%80%99s',
        )
        .replace('business-structures\n', 'business-structures\n\n'),
    );
  });
});

describe('flatRunAnywhere', () => {
  // a page run into one line: a footnote's number between the cut sentence's last word and the footnote's capital, then the footer
  const PAGE = 'COSI took note of the report, while one delegation (HU) 1 Also circulated as WK 2345/2026. 6350/26 TR/kl 1 JAI.1 LIMITE EN';
  // the same run on a line that ends in no footer, and a footer that holds no run
  const RUN_ONLY = 'COSI took note of the report on 13 and 14 December 2011, while one delegation (HU) 1 Also circulated.';
  const FOOTER_ONLY = 'The Committee took note. 6350/26 TR/kl 1';
  const BREAKS = ['\n', '\r\n', '\r', '\f', '\v', '\u2028', '\u2029'];

  it('finds a run on a line that ends in its footer, after lines whose runs end in none', () => {
    expect(flatRunAnywhere(PAGE)).toBe(true);
    for (const lineBreak of BREAKS) expect(flatRunAnywhere([RUN_ONLY, RUN_ONLY, PAGE, RUN_ONLY].join(lineBreak)), JSON.stringify(lineBreak)).toBe(true);
  });

  it('finds none where the run and the footer stand on different lines, whatever breaks them', () => {
    for (const lineBreak of BREAKS) {
      expect(flatRunAnywhere(`${RUN_ONLY}${lineBreak}${FOOTER_ONLY}`), JSON.stringify(lineBreak)).toBe(false);
      expect(flatRunAnywhere(`${FOOTER_ONLY}${lineBreak}${RUN_ONLY}`), JSON.stringify(lineBreak)).toBe(false);
    }
  });

  it('answers for a text as for its lines one by one', () => {
    const line = fc.constantFrom(PAGE, RUN_ONLY, FOOTER_ONLY, '', 'EN', '12 34 Delegations', `${RUN_ONLY} ${FOOTER_ONLY}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 8 }), (pieces) => {
        const text = pieces.map(([piece, lineBreak]) => `${piece}${lineBreak}`).join('');
        expect(flatRunAnywhere(text)).toBe(text.split(LINE_BREAK).some((piece) => flatRunAnywhere(piece)));
      }),
      { numRuns: 2000 },
    );
  });
});
