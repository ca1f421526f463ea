import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';

const texts = (input: string): string[] => normalise(input).map((entry) => entry.text);

describe('normalise', () => {
  it('joins a range of years cut after its hyphen without a space, keeping the hyphen', () => {
    const cut = 'CALLS ON the Member States and the agencies to continue EMPACT for the period 2026-\n2029 on the priorities that the Council will set.';
    expect(texts(cut)).toEqual([
      'CALLS ON the Member States and the agencies to continue EMPACT for the period 2026-2029 on the priorities that the Council will set.',
    ]);
  });

  it.each([
    ['Polish `about`', 'Udoskonala on poprzedni Podręcznik i zawiera zaktualizowany wzór umowy\no powołaniu JIT.'],
    ['Czech `about`', 'Výbor vzal na vědomí informace předsednictví\no stavu provádění akčních plánů.'],
    ['Portuguese `the`', 'Após a apresentação pela Presidência, o COSI aprovou\no relatório sobre a execução do ciclo.'],
    ['Italian `or`', 'Le delegazioni possono inviare osservazioni scritte entro il 15 marzo\no presentarle oralmente alla riunione.'],
  ])('joins a sentence whose next line opens with the word `o`, no bullet (%s)', (_word, text) => {
    expect(texts(text)).toEqual([text.replace('\n', ' ')]);
  });

  it('keeps a list’s bullet `o` under a lead-in’s colon or after an item’s semicolon, and one before a capital', () => {
    expect(texts('The checks cover, namely:\no background checks at regular intervals;\no access to police databases.')).toEqual([
      'The checks cover, namely:',
      'o background checks at regular intervals;',
      'o access to police databases.',
    ]);
    expect(texts('• Counter-terrorism and the threat from returning fighters\no Europol TE-SAT report')).toEqual([
      '• Counter-terrorism and the threat from returning fighters',
      'o Europol TE-SAT report',
    ]);
  });

  it('joins a sentence cut before a date after `and`', () => {
    expect(texts('2. The draft was examined at its meetings on 28 October and\n5 November 2025. A revised version followed.')).toEqual([
      '2. The draft was examined at its meetings on 28 October and 5 November 2025. A revised version followed.',
    ]);
  });

  it('keeps a table cell’s number that plain pdftotext printed alone on its line where it cannot number its page, and drops the page’s number', () => {
    const page = 'Cyber attacks\n\nGermany\n\n37\n\nTrafficking\n\n14470/25\nJAI.1\n\n2\nEN\f';
    expect(texts(`First page text.\n\n1\f${page}`).filter((line) => /^\d+$/.test(line))).toEqual(['37']);
  });

  it.each([
    ['Schengen and internal security: state of play', '6512/26'],
    ['Trafic de migrants: coopération opérationnelle avec les pays tiers', '6640/26 + COR 1'],
    ['Schengener Informationssystem: Ausschreibungen von Drittstaatsangehörigen im Interesse der Union', '8544/25 WK 6012/2025 INIT'],
    ['Criminalità organizzata nei porti: partenariati pubblico-privati – scambio di opinioni', '11023/25'],
    ['Przemyt migrantów: współpraca operacyjna z państwami trzecimi', 'COM(2026) 85 final'],
  ])(
    'sets a notice’s item number printed alone back on its title holding a colon, its documents a line of their own, with no blank line between (%s)',
    (title, documents) => {
      expect(texts(['2.', 'Information from the Presidency', '3.', title, documents, '4.', 'Any other business'].join('\n'))).toEqual([
        '2. Information from the Presidency',
        `3. ${title}`,
        documents,
        '4. Any other business',
      ]);
    },
  );

  it('keeps a header label under a number printed alone as a label, not the number’s title', () => {
    expect(texts(['NOTE', 'From:', 'Presidency', '1.', 'Subject:', 'Protection of ports'].join('\n')).filter((line) => line !== '')).toContain('Subject:');
  });

  it.each([
    ['Bewertung der terroristischen Bedrohung – Vorstellung durch INTCEN (*)', 'Gemischter Ausschuss (EU–Island/Norwegen/Schweiz/Liechtenstein)'],
    ['Évaluation de la menace terroriste – présentation par le coordinateur de l’UE (*)', 'Comité mixte (UE–Islande/Norvège/Suisse/Liechtenstein)'],
    [
      'Valutazione della minaccia terroristica – presentazione da parte di INTCEN e seguito dato (*)',
      'Comitato misto (UE–Islanda/Norvegia/Svizzera/Liechtenstein)',
    ],
  ])('keeps the part of the meeting printed right under an item’s long title a line of its own (%s)', (title, part) => {
    expect(texts(['3.', title, part, '4.', 'Sonstiges'].join('\n'))).toEqual([`3. ${title}`, part, '4. Sonstiges']);
  });

  it('removes the byte-order mark, CR line endings, NBSP and trailing spaces', () => {
    expect(texts('\uFEFFBrussels,\u00A025 November 2025  \r\n(OR. en)\r15912/25\t \n')).toEqual(['Brussels, 25 November 2025', '(OR. en)', '15912/25']);
  });

  it('keeps a backslash before punctuation as a character of the text, and drops horizontal rules', () => {
    expect(texts('\\*\n\n---\n\nCOSI took note of 1234/25\\. See C:\\dir\\[x].')).toEqual(['\\*', '', 'COSI took note of 1234/25\\. See C:\\dir\\[x].']);
  });

  it('keeps zero-width space, non-joiner and joiner, word joiner and soft hyphen: they change spelling and hold emoji together', () => {
    const line = 'Fach\u00ADwerk, می\u200Cخواهم, 👩\u200D💻, a\u200Bb, no\u2060break';
    expect(texts(line)).toEqual([line]);
  });

  it('drops a byte-order mark left inside the text and control characters', () => {
    expect(texts('COSI\uFEFF took\u0007 note.')).toEqual(['COSI took note.']);
  });

  it("drops a conversion's footnote anchor under the call it marked, and keeps one that marked no call as text", () => {
    expect(texts('the European Union^1\n0F\nand its agencies.')).toEqual(['the European Union^1 and its agencies.']);
    expect(texts('Room 50\n\n2F\n\nCOSI took note.')).toEqual(['Room 50', '', '2F', '', 'COSI took note.']);
  });

  it('never leaves a blank line at either end or two in a row', () => {
    expect(texts('\n\n\nA.\n\n\n\nB.\n\n\n')).toEqual(['A.', '', 'B.']);
  });

  it('drops page footers, page numbers and every LIMITE line after the first', () => {
    const input = [
      'LIMITE',
      '',
      'COSI endorsed the way forward.',
      '',
      '15214/19 VL/MV 1 COMM EN',
      '9927/1/16 REV 1 EB, FR/dk 1 DGD 1C LIMITE EN',
      '- 2 -',
      'LIMITE',
      '',
      'COSI took note.',
    ].join('\n');
    expect(texts(input)).toEqual(['LIMITE', '', 'COSI endorsed the way forward.', '', 'COSI took note.']);
  });

  it('drops an older footer whose second row prints the annex, the directorate with its unit and LIMITE (2010–2015), as -layout prints it', () => {
    // council-pdf-lo/older-note-questionnaire: `5109/11 GS/np 2` over `ANNEX DG H 1C LIMITE EN`, and the first page's without ANNEX
    const annex = [
      'COSI help to remove them?',
      '',
      '5109/11                                                 GS/np                                   2',
      'ANNEX                                                  DG H 1C                 LIMITE          EN',
    ].join('\n');
    expect(texts(annex)).toEqual(['COSI help to remove them?']);
    const restricted = [
      'Das Dokument wurde erörtert.',
      '',
      '9698/12                  GS/np               3',
      'ANLAGE                   DG D 2C             RESTREINT UE           DE',
    ].join('\n');
    expect(texts(restricted)).toEqual(['Das Dokument wurde erörtert.']);
  });

  /** The word an annex's pages print under the footer's number, as each official language's version prints it. */
  const annexWords: [string, string][] = [
    ['BG', 'ПРИЛОЖЕНИЕ'],
    ['CS', 'PŘÍLOHA'],
    ['DA', 'BILAG'],
    ['DE', 'ANLAGE'],
    ['EL', 'ΠΑΡΑΡΤΗΜΑ'],
    ['EN', 'ANNEX'],
    ['ES', 'ANEXO'],
    ['ET', 'LISA'],
    ['FI', 'LIITE'],
    ['FR', 'ANNEXE'],
    ['GA', 'IARSCRÍBHINN'],
    ['HR', 'PRILOG'],
    ['HU', 'MELLÉKLET'],
    ['IT', 'ALLEGATO'],
    ['LT', 'PRIEDAS'],
    ['LV', 'PIELIKUMS'],
    ['MT', 'ANNESS'],
    ['NL', 'BIJLAGE'],
    ['PL', 'ZAŁĄCZNIK'],
    ['PT', 'ANEXO'],
    ['RO', 'ANEXA'],
    ['SK', 'PRÍLOHA'],
    ['SL', 'PRILOGA'],
    ['SV', 'BILAGA'],
  ];

  it.each(annexWords)("drops an annex page's footer whose second row opens with the annex's word, as -layout prints it (%s %s)", (language, word) => {
    const page = [
      '2.      INVITES COSI to review the implementation of these conclusions by the end of 2027.',
      '',
      '',
      '6890/26                                        TR/kl                                       2',
      `${word.padEnd(15)}JAI.1                        LIMITE                                   ${language}`,
    ].join('\n');
    expect(texts(page)).toEqual(['2.      INVITES COSI to review the implementation of these conclusions by the end of 2027.']);
  });

  it.each(annexWords)("drops an annex page's footer plain pdftotext prints column by column, the annex's word under the number (%s %s)", (language, word) => {
    const page = [
      'INVITES COSI to review the implementation of these conclusions by the end of 2027.',
      '',
      '6890/26',
      word,
      'JAI.1',
      '',
      'TR/kl',
      '',
      '2',
      'LIMITE',
      '',
      language,
    ].join('\n');
    expect(texts(page)).toEqual(['INVITES COSI to review the implementation of these conclusions by the end of 2027.']);
  });

  it('drops a footer the PDF extraction broke over two lines and joins the sentence around it', () => {
    const input = 'Justice and Home Affairs Council meeting in December\n15912/25 VL/MV 1\nJAI.1 LIMITE EN\n2025. Reference was made to PNR.';
    expect(texts(input)).toEqual(['Justice and Home Affairs Council meeting in December 2025. Reference was made to PNR.']);
  });

  it('drops a two-line footer that plain pdftotext prints column by column, its directorate second (number, directorate, initials, page, language)', () => {
    const input = ['No item was raised.', '16012/25', 'GIP.B', '', 'ML/ab', '', '1', 'EN', '', 'The Committee took note.'].join('\n');
    expect(texts(input)).toEqual(['No item was raised.', '', 'The Committee took note.']);
    const limite = ['the priorities of the cycle;', '9412/1/24 REV 1', 'JAI.1', '', 'TR/kl', 'LIMITE', '', '2', 'EN', '', '(c) the protection of hubs.'].join(
      '\n',
    );
    expect(texts(limite)).toEqual(['the priorities of the cycle;', '', '(c) the protection of hubs.']);
  });

  it('drops a footer plain pdftotext printed around the rest of a table row the page break cut, and keeps the row', () => {
    // ext-annex-table: the number and the annex's word, the row's cell in the Lead column, then the rest of the footer
    const annex = [
      'The Commission organised a conference.',
      '',
      '10512/24 EXT 1',
      'ANNEX',
      '',
      'Commission and',
      'EEAS',
      '',
      'TR/kl',
      'JAI.1',
      '',
      '2',
      'EN',
      '',
      'Action',
    ];
    expect(texts(annex.join('\n'))).toEqual(['The Commission organised a conference.', '', 'Commission and', 'EEAS', 'Action']);
    // outcome-joint-two-days-de: a sub-point's title the page break cut between the directorate and the initials
    const title = [
      '(b)',
      '6890/26',
      'JAI.1',
      '',
      'Folgemaßnahmen zu den Schengen-Evaluierungen',
      'TR/kl',
      'LIMITE',
      '',
      '1',
      'DE',
      '',
      'Der Ausschuss nahm Kenntnis.',
    ];
    expect(texts(title.join('\n'))).toEqual(['(b)\tFolgemaßnahmen zu den Schengen-Evaluierungen', 'Der Ausschuss nahm Kenntnis.']);
    // a GIP.B footer in French, the row's two cells between its number and its initials
    const fr = ['Europol', '', '16012/25', 'GIP.B', '', 'Pays-Bas', 'en cours', '', 'ML/ab', '', '3', 'FR', '', 'Eurojust'];
    expect(texts(fr.join('\n'))).toEqual(['Europol', 'Pays-Bas en cours', 'Eurojust']);
  });

  it('drops a footer that prints its page of the pages (`1/2`), in every shape', () => {
    const above = 'the smuggling of firearms remains the main concern and the';
    const below = 'networks adapt their routes.';
    const joined = [`${above} ${below}`];
    const shapes = {
      plain: [above, '8795/25', 'RELEX.2', '', 'FL/mr', 'LIMITE', '', '1/2', 'EN', '', below],
      layout: [above, '', `8795/25${' '.repeat(20)}FL/mr${' '.repeat(20)}1/2`, `RELEX.2${' '.repeat(20)}LIMITE${' '.repeat(20)}EN`, `\f${below}`],
      rows: [above, '8795/25 FL/mr 1/2', 'GIP.B LIMITE FR', below],
      flat: [`${above} 8795/25 FL/mr 1/2 JAI.1 LIMITE DE`, below],
      'flat, column by column': [`${above} 8795/25 JAI.1 FL/mr LIMITE 1/2 DE`, below],
    };
    for (const [shape, lines] of Object.entries(shapes)) expect(texts(['LIMITE', ...lines].join('\n')).slice(1), shape).toEqual(joined);
  });

  it('drops a classification marking printed again at the top and in the footer of each page, in every shape', () => {
    const plain = [
      'RESTREINT UE/EU RESTRICTED',
      '',
      '8795/25',
      'RESTREINT UE/EU RESTRICTED',
      '',
      'The assessment goes on',
      '8795/25',
      'RELEX.2',
      '',
      'FL/mr',
      'RESTREINT UE/EU RESTRICTED',
      '',
      '1',
      'EN',
      '',
      'RESTREINT UE/EU RESTRICTED',
      '',
      'over the page.',
    ];
    expect(texts(plain.join('\n'))).toEqual(['RESTREINT UE/EU RESTRICTED', '', '8795/25', '', 'The assessment goes on over the page.']);
    const layout = [
      'CONFIDENTIEL UE/EU CONFIDENTIAL',
      '8795/25',
      '',
      'The assessment goes on',
      '',
      `8795/25${' '.repeat(30)}FL/mr${' '.repeat(30)}1`,
      `RELEX.2${' '.repeat(20)}CONFIDENTIEL UE/EU CONFIDENTIAL${' '.repeat(20)}DE`,
      `\f${' '.repeat(30)}CONFIDENTIEL UE/EU CONFIDENTIAL`,
      '',
      'over the page.',
    ];
    expect(texts(layout.join('\n'))).toEqual(['CONFIDENTIEL UE/EU CONFIDENTIAL', '8795/25', '', 'The assessment goes on over the page.']);
    const flat =
      'SECRET UE/EU SECRET 8795/25 The assessment goes on 8795/25 FL/mr 1 RELEX.2 SECRET UE/EU SECRET EN\nSECRET UE/EU SECRET over the page. 8795/25 FL/mr 2 RELEX.2 SECRET UE/EU SECRET EN\n';
    expect(texts(flat)).toEqual(['SECRET UE/EU SECRET 8795/25 The assessment goes on over the page.']);
  });

  it("drops a footer printed column by column with a parliament's stamp address among its pieces, and the address", () => {
    const input = [
      'Earlier involvement is deemed essential.',
      '14342/21',
      'JAI.1',
      '',
      'RS/sl',
      'www.parlament.gv.at',
      '',
      '1',
      'EN',
      '',
      'The benefit of Joint Investigation Teams was highlighted.',
    ].join('\n');
    expect(texts(input)).toEqual(['Earlier involvement is deemed essential.', '', 'The benefit of Joint Investigation Teams was highlighted.']);
  });

  it('joins a date alone on a subject’s middle line, over its approval after a dash, to the line above; not a date under a label or over a value of its own', () => {
    const subject = ['Subject: Draft Council Conclusions on the EU Drugs Strategy', '12 November 2025', '- Approval'];
    expect(texts(subject.join('\n'))).toEqual(['Subject: Draft Council Conclusions on the EU Drugs Strategy 12 November 2025', '- Approval']);
    const polish = ['Projekt konkluzji Rady w sprawie stałej kontynuacji EMPACT', '12 listopada 2025 r.', '– Zatwierdzenie'];
    expect(texts(polish.join('\n'))).toEqual(['Projekt konkluzji Rady w sprawie stałej kontynuacji EMPACT 12 listopada 2025 r.', '– Zatwierdzenie']);
    // the date under its label alone, and a date of receipt over the recipient printed after it, values of their own
    expect(texts('Date:\n12 November 2025\n- Approval')).toEqual(['Date:', '12 November 2025', '- Approval']);
    const receipt = [
      'Генералния секретар на Европейската комисия, подписано от г-н Jordi AYET PUIGARNAU, директор',
      '12 декември 2013 г.',
      'г-н Uwe CORSEPIUS',
    ];
    expect(texts(receipt.join('\n'))[0]).toBe(receipt[0]);
  });

  it('joins a German date cut after its day (`vom 18.` / `November 2025`)', () => {
    expect(texts('Folgemaßnahmen zur Tagung des COSI vom 18.\nNovember 2025')).toEqual(['Folgemaßnahmen zur Tagung des COSI vom 18. November 2025']);
  });

  it('drops the footer of a notice of meeting, its number and page over its language, as pdftotext -layout prints it', () => {
    const input = [
      '12.30 – 13.00    5.    Any other business',
      '',
      '',
      'CM 2843/25                                                     1',
      '                                                              EN',
      'NB: Delegations are reminded that the documents for this meeting are available on the Deleg-',
      '',
      'CM 2843/25                                                     2',
      '                                                              EN',
    ].join('\n');
    expect(texts(input)).toEqual([
      '12.30 – 13.00    5.    Any other business',
      '',
      'NB: Delegations are reminded that the documents for this meeting are available on the Deleg-',
    ]);
  });

  it('keeps a line that is a document number, a number and two capitals inside a sentence', () => {
    expect(texts('COSI took note of CM 2843/25 1 EN and of 9301/25.')).toEqual(['COSI took note of CM 2843/25 1 EN and of 9301/25.']);
  });

  it('keeps a line that only looks like furniture at its start', () => {
    expect(texts('15214/19 VL/MV 1\n\n15214/19 was endorsed.')).toEqual(['15214/19 VL/MV 1', '', '15214/19 was endorsed.']);
  });

  it('closes up a sentence cut by a page break', () => {
    const input = 'The Committee endorsed the recommendations of the EU threat assessment as set\n\n15214/19 VL/MV 2 COMM EN\n\nout in 14557/25.';
    expect(texts(input)).toEqual(['The Committee endorsed the recommendations of the EU threat assessment as set out in 14557/25.']);
  });

  it('keeps a numbered heading apart from the text after the page footer below it', () => {
    const input =
      '4. Online fraud and child sexual exploitation: update and exchange of views\n\n14672/20 EB, FR/dk 1 DGD 1C EN\n\nCOSI agreed on the updated roadmap.';
    expect(texts(input)).toEqual(['4. Online fraud and child sexual exploitation: update and exchange of views', '', 'COSI agreed on the updated roadmap.']);
    const wrapped =
      '6. Regional dialogue on internal security with the Mediterranean: update and exchange of\nviews\n\n14682/22 RS/sl 2 COMM EN\n\nThe incoming Presidency informed delegations.';
    expect(texts(wrapped)).toEqual([
      '6. Regional dialogue on internal security with the Mediterranean: update and exchange of views',
      '',
      'The incoming Presidency informed delegations.',
    ]);
  });

  it('joins a document number and the version suffix or suffix number the wrap moved to the next line', () => {
    expect(
      texts('COSI endorsed the draft Council conclusions on the Middle East as set out in 3041/5/14 REV\n5. The eu-LISA agency informed delegations.'),
    ).toEqual(['COSI endorsed the draft Council conclusions on the Middle East as set out in 3041/5/14 REV 5. The eu-LISA agency informed delegations.']);
    expect(texts('The Committee endorsed the draft Council conclusions on environmental crime as set out in 10662/25\nADD 2.')).toEqual([
      'The Committee endorsed the draft Council conclusions on environmental crime as set out in 10662/25 ADD 2.',
    ]);
    expect(texts('9459/2/24\nREV 2')).toEqual(['9459/2/24', 'REV 2']);
  });

  it('joins hard-wrapped lines and keeps a real hyphen at a line end', () => {
    expect(texts('confirming the importance of public-\nprivate partnerships and of\ninformation exchange.')).toEqual([
      'confirming the importance of public-private partnerships and of information exchange.',
    ]);
  });

  it('drops the hyphen hyphenation set in a column narrower than the page, where the line is as full as the one above it (an item’s title a viewer copies without its indent; English, German, French)', () => {
    const body =
      'The Committee took note of the state of play of the implementation of the roadmap and agreed\nthat the Presidency would report to the Council on the results achieved in December 2025.\n';
    const titles: Array<[string, string]> = [
      [
        "6.2. Procedure for enhanced security checks on persons crossing or having\ncrossed the EU's external borders following developments in Afgh-\nanistan",
        "6.2. Procedure for enhanced security checks on persons crossing or having crossed the EU's external borders following developments in Afghanistan",
      ],
      [
        '6.2. Verfahren für verstärkte Sicherheitskontrollen bei Personen, die die\nAußengrenzen der EU überschreiten, nach den Entwicklungen in Afgha-\nnistan',
        '6.2. Verfahren für verstärkte Sicherheitskontrollen bei Personen, die die Außengrenzen der EU überschreiten, nach den Entwicklungen in Afghanistan',
      ],
      [
        '6.2. Procédure relative aux contrôles de sécurité renforcés des personnes\nfranchissant les frontières extérieures de l’UE après les évolutions en Afgha-\nnistan',
        '6.2. Procédure relative aux contrôles de sécurité renforcés des personnes franchissant les frontières extérieures de l’UE après les évolutions en Afghanistan',
      ],
    ];
    for (const [printed, title] of titles) expect(texts(`${body}${printed}\nThe Committee endorsed the procedure.`)[1]).toBe(title);
  });

  it('drops the hyphen hyphenation set on a table cell’s first line as long as the line below it, as a viewer copies the cell’s lines (English, French, German)', () => {
    const body =
      'The Committee took note of the state of play of the implementation of the roadmap and agreed\nthat the Presidency would report to the Council on the results achieved in December 2025.\n';
    const cells: Array<[string, string]> = [
      [
        '4. Assess the use of encrypted commu-\nnication by criminal networks and the\ntools available to law enforcement',
        '4. Assess the use of encrypted communication by criminal networks and the tools available to law enforcement',
      ],
      [
        '4. Évaluer l’utilisation des communica-\ntions chiffrées par les réseaux criminels\net les outils des services répressifs',
        '4. Évaluer l’utilisation des communications chiffrées par les réseaux criminels et les outils des services répressifs',
      ],
      [
        '4. Nutzung verschlüsselter Kommu-\nnikation durch kriminelle Netzwerke\nund die Mittel der Strafverfolgung',
        '4. Nutzung verschlüsselter Kommunikation durch kriminelle Netzwerke und die Mittel der Strafverfolgung',
      ],
    ];
    // The row's next cells run on after the cell, as the copy prints them on the lines below.
    for (const [printed, cell] of cells)
      expect(texts(`${body}${printed}\nCommission Q3 2025 The Commission set up a group.`)[1]).toBe(
        `${cell} Commission Q3 2025 The Commission set up a group.`,
      );
  });

  it('keeps the hyphen at the end of a line shorter than the page’s and than the line above it: no word processor cut it', () => {
    const text =
      'The Committee took note of the state of play of the implementation of the roadmap and agreed\nthat the Presidency would report to the Council on the results achieved in December 2025 and of the\nplans in Afgh-\nanistan.';
    expect(texts(text)[0]?.endsWith('of the plans in Afgh-anistan.')).toBe(true);
  });

  it('joins a line ending in an abbreviation’s dot to the next, in a paragraph and over a page break (Polish `ds.`, German `vgl.`, French `doc.`)', () => {
    expect(
      texts(
        'Delegacje otrzymują w załączeniu sprawozdanie z posiedzenia Stałego Komitetu ds.\nWspółpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI).',
      ),
    ).toEqual([
      'Delegacje otrzymują w załączeniu sprawozdanie z posiedzenia Stałego Komitetu ds. Współpracy Operacyjnej w zakresie Bezpieczeństwa Wewnętrznego (COSI).',
    ]);
    expect(
      texts(
        'Prezydencja przedstawiła wyniki prac grupy roboczej i zaproponowała, aby Stały Komitet ds.\n14470/25 TR/kl 1\nJAI.1 LIMITE PL\nWspółpracy Operacyjnej zatwierdził plan działania.',
      ),
    ).toEqual([
      'Prezydencja przedstawiła wyniki prac grupy roboczej i zaproponowała, aby Stały Komitet ds. Współpracy Operacyjnej zatwierdził plan działania.',
    ]);
    expect(
      texts('Die Mitgliedstaaten werden ersucht, ihre Bemerkungen zu dem Entwurf bis zum 10. Dezember 2025 (vgl.\nDok. 14470/25) zu übermitteln.'),
    ).toEqual(['Die Mitgliedstaaten werden ersucht, ihre Bemerkungen zu dem Entwurf bis zum 10. Dezember 2025 (vgl. Dok. 14470/25) zu übermitteln.']);
    expect(
      texts('Le comité a pris note du rapport de la présidence sur la mise en œuvre du plan d’action (voir doc.\n14470/25) et a approuvé les conclusions.'),
    ).toEqual(['Le comité a pris note du rapport de la présidence sur la mise en œuvre du plan d’action (voir doc. 14470/25) et a approuvé les conclusions.']);
  });

  it('joins a line ending in any abbreviation the sentence splitter knows (`No.`, `i.e.`, `e.g.`), not one ending in `etc.`', () => {
    expect(
      texts(
        'The Committee took note of the replies on public access to the documents of the cycle under Regulation (EC) No.\n1049/2001 and agreed to return to it.',
      ),
    ).toEqual([
      'The Committee took note of the replies on public access to the documents of the cycle under Regulation (EC) No. 1049/2001 and agreed to return to it.',
    ]);
    expect(
      texts(
        'Delegations were invited to send their written comments on the priorities of the next cycle, i.e.\nthe operational action plans for 2026, by 10 December 2025.',
      ),
    ).toEqual([
      'Delegations were invited to send their written comments on the priorities of the next cycle, i.e. the operational action plans for 2026, by 10 December 2025.',
    ]);
    expect(texts('3. State of play\nSome delegations mentioned, e.g.\nEuropol and Frontex, as partners.')).toEqual([
      '3. State of play',
      'Some delegations mentioned, e.g. Europol and Frontex, as partners.',
    ]);
    expect(texts('3. State of play\nDelegations mentioned drugs, firearms etc.\nThe Presidency took note.')).toEqual([
      '3. State of play',
      'Delegations mentioned drugs, firearms etc.',
      'The Presidency took note.',
    ]);
  });

  it('joins a short line ending in an abbreviation’s dot to the next, as the sentence goes on (Polish `ds.`, German `Dok.`, French `doc.`)', () => {
    const items: Array<[string, string[]]> = [
      [
        '2. Informacje prezydencji\nKomitet ds.\nWspółpracy Operacyjnej przyjął do wiadomości informacje prezydencji.',
        ['2. Informacje prezydencji', 'Komitet ds. Współpracy Operacyjnej przyjął do wiadomości informacje prezydencji.'],
      ],
      [
        '3. Sachstand\nSiehe hierzu Dok.\n14470/25 und den Bericht des Vorsitzes.',
        ['3. Sachstand', 'Siehe hierzu Dok. 14470/25 und den Bericht des Vorsitzes.'],
      ],
      [
        '3. Point de situation\nVoir doc.\n14470/25 et le rapport de la présidence.',
        ['3. Point de situation', 'Voir doc. 14470/25 et le rapport de la présidence.'],
      ],
    ];
    for (const [printed, read] of items) expect(texts(printed)).toEqual(read);
    // A short line ending a sentence still ends its paragraph.
    expect(texts('3. Stand van zaken\nDe Commissie stelde het voorstel voor.\nHet comité nam er nota van.')).toEqual([
      '3. Stand van zaken',
      'De Commissie stelde het voorstel voor.',
      'Het comité nam er nota van.',
    ]);
  });

  it('joins a line cut mid-sentence even when the next starts with a capital', () => {
    expect(texts('COSI exchanged views on strengthening the security partnership with the\nMediterranean countries.')).toEqual([
      'COSI exchanged views on strengthening the security partnership with the Mediterranean countries.',
    ]);
  });

  it('joins the wrapped first line of a numbered paragraph but not a short numbered heading', () => {
    expect(texts('1.\tIn accordance with Article 71 TFEU, the Council must keep the European\nParliament informed.')).toEqual([
      '1.\tIn accordance with Article 71 TFEU, the Council must keep the European Parliament informed.',
    ]);
    expect(texts('2.1 Future of internal security\nCOSI exchanged views.')).toEqual(['2.1 Future of internal security', 'COSI exchanged views.']);
  });

  it('never joins a bullet, a label, a numbered heading, a lettered point or a footnote to the line above', () => {
    const input =
      'The Committee took note of the following points of the agenda\n- the outcome\na) first point\n(b) second point\n2. Next item\n¹ 16515/09.\ndate of receipt:\t15 September 2023';
    expect(texts(input)).toHaveLength(7);
  });

  it('maps every normalised line to the source line it starts on', () => {
    const lines = normalise('\n\nBrussels, 25 November 2025\n(OR. en)\n\n**13. The new CLASI plans:\nopportunities for synergies**');
    expect(lines.map((entry) => entry.line)).toEqual([3, 4, 5, 6]);
    expect(lines[3]?.text).toBe('**13. The new CLASI plans: opportunities for synergies**');
  });

  it('keeps every line of a real seed that carries text', () => {
    const source = readFileSync('content/sources/000_fcebac5ee47826ac.txt', 'utf8');
    const lines = normalise(source);
    expect(lines[0]).toEqual({ text: 'Brussels, 25 November 2025', line: 3 });
    expect(lines.filter((entry) => entry.text !== '')).toHaveLength(source.split('\n').filter((line) => line.trim() !== '').length - 1);
  });

  it('reads a 100,000-character line and 20,000 wrapped lines as one logical line each', () => {
    expect(normalise('a'.repeat(100_000))).toHaveLength(1);
    expect(normalise(Array.from({ length: 20_000 }, () => 'and more text without an end').join('\n'))).toHaveLength(1);
  });
});

describe('normalise at a page break under footnotes', () => {
  const footer = (page: number) => `16102/25\nJAI.1\n\nJV/mk\nLIMITE\n\n${page}\nEN\n\f`;

  it('goes on with the sentence the page cut above its footnotes, the footnotes after its paragraph', () => {
    const text = `3. The checks are repeated every three years for the\n\n^1 Doc. 8123/25.\n^2 Eleven Member States agree.\n${footer(1)}staff with access to the sensitive areas.\n\n4. The Presidency considers it.`;
    expect(texts(text)).toEqual([
      '3. The checks are repeated every three years for the staff with access to the sensitive areas.',
      '',
      '^1 Doc. 8123/25.',
      '^2 Eleven Member States agree.',
      '',
      '4. The Presidency considers it.',
    ]);
  });

  it('keeps a page that opens a new paragraph apart, the footnotes where they stand', () => {
    const text = `3. The checks are repeated every three years.\n\n^1 Doc. 8123/25.\n${footer(1)}4. The Presidency considers it.`;
    expect(texts(text)).toEqual(['3. The checks are repeated every three years.', '', '^1 Doc. 8123/25.', '', '4. The Presidency considers it.']);
  });
});

describe('normalise on table rows, cells apart by tabs', () => {
  it('keeps each row of a table on its line, however long, in any language and number of columns', () => {
    expect(texts('**État membre\tUnité**\nTchéquie\tCentre national de lutte contre la criminalité organisée\nEstonie\tPolice criminale centrale\n')).toEqual([
      '**État membre\tUnité**',
      'Tchéquie\tCentre national de lutte contre la criminalité organisée',
      'Estonie\tPolice criminale centrale',
    ]);
    expect(texts('Czechia\tNational Centre against Organised Crime\tdesignated\nEstonia\tCentral Criminal Police\tpending\n')).toEqual([
      'Czechia\tNational Centre against Organised Crime\tdesignated',
      'Estonia\tCentral Criminal Police\tpending',
    ]);
  });

  it('keeps a -layout row whose merged cell spans the other columns (two cells) apart from the long row above it', () => {
    const table = [
      'Member State            Position on the      Comments                                                   Reply received on',
      'Germany                 Support, subject to  Asks that paragraph 4 refer to the national law of the    13 March 2026',
      '                        a change in          Member States on the screening of port workers.',
      'Estonia                 No reply received',
      'France                  Support              None.                                                      11 March 2026',
    ].join('\n');
    expect(texts(table).slice(1)).toEqual([
      'Germany   Support, subject to a change in   Asks that paragraph 4 refer to the national law of the Member States on the screening of port workers.   13 March 2026',
      'Estonia   No reply received',
      'France   Support   None.   11 March 2026',
    ]);
  });

  it('still joins a wrapped line that is no row, above or below a row', () => {
    expect(texts('Member States reported that the national contact points designated so far are\nlisted below.\n')).toEqual([
      'Member States reported that the national contact points designated so far are listed below.',
    ]);
    expect(texts('Czechia\tNational Centre against Organised Crime and the Police Presidium of the\nCzech Republic\n')).toEqual([
      'Czechia\tNational Centre against Organised Crime and the Police Presidium of the Czech Republic',
    ]);
  });
  it('gives the letters of a ligature a PDF font printed as one character, in any language', () => {
    expect(texts('COSI conﬁrmed the oﬃcial ﬁgures on eﬀective ﬂows.\nLe COSI a conﬁrmé les déﬁs.\nDer Ausschuss hat die Auﬂagen geprüft.')).toEqual([
      'COSI confirmed the official figures on effective flows.',
      'Le COSI a confirmé les défis.',
      'Der Ausschuss hat die Auflagen geprüft.',
    ]);
  });
  it.each([
    ['en', 'a) Information from the Presidency on the informal meeting of JHA ministers', 'The Presidency informed delegations of the outcome of the meeting.'],
    ['en', '(b) Information from the Commission on the ProtectEU agenda', 'COSI took note of the information.'],
    [
      'fr',
      'a) Informations de la présidence sur la réunion informelle des ministres JAI',
      'La présidence a informé les délégations du résultat de la réunion.',
    ],
    ['de', 'b) Informationen der Kommission über die Agenda ProtectEU und ihre Umsetzung', 'Der Ausschuss nahm die Informationen zur Kenntnis.'],
  ])('keeps the text under a lettered point’s title on a line of its own (%s)', (_language, title, text) => {
    expect(texts(`4. Any other business\n${title}\n${text}`)).toEqual(['4. Any other business', title, text]);
  });

  it.each([
    [
      'en',
      '• EU threat assessment in the field of counter-terrorism: way forward on the EU\nthreat assessment in the field of counter-terrorism',
      'The suggested way forward on the EU threat assessment as set out in 13414/1/17 REV 1 was\nendorsed.',
    ],
    ['en', '• CT information exchange and cooperation between law enforcement and\nintelligence agencies', 'Member States took note of the briefing by CTG.'],
    [
      'de',
      '• Entwurf von Schlussfolgerungen des Rates zur Stärkung des ATLAS-Verbunds im\nRahmen der Terrorismusbekämpfung',
      'Der Ausschuss einigte sich auf den Entwurf von Schlussfolgerungen des Rates.',
    ],
    [
      'fr',
      "• Évaluation de la menace de l'UE dans le domaine de la lutte contre le terrorisme:\nvoie à suivre",
      "La voie à suivre proposée concernant l'évaluation de la menace de l'UE a été approuvée.",
    ],
  ])('keeps the sentence under a bulleted sub-point’s heading wrapped over two lines on a line of its own (%s)', (_language, heading, text) => {
    expect(texts(`5. Counter-terrorism:\n${heading}\n${text}`)).toEqual(['5. Counter-terrorism:', heading.replace('\n', ' '), text.replace('\n', ' ')]);
  });

  it('still joins a bulleted point’s words wrapped before a capital, and a point opening in small letters', () => {
    expect(
      texts('• Draft Council conclusions on the strengthening of the cooperation with the\nEuropean Union Agency for Law Enforcement Cooperation'),
    ).toEqual(['• Draft Council conclusions on the strengthening of the cooperation with the European Union Agency for Law Enforcement Cooperation']);
    expect(texts('• vom Ergebnis der Tagung hoher Beamter EU – IKPO-Interpol im Bereich Justiz und\nInneres, die am 20. November 2017 stattfand,')).toEqual([
      '• vom Ergebnis der Tagung hoher Beamter EU – IKPO-Interpol im Bereich Justiz und Inneres, die am 20. November 2017 stattfand,',
    ]);
  });

  it('still joins a lettered point’s title wrapped over two lines', () => {
    expect(texts('a) Information from the Commission on the state of play of the negotiations on the\nProtectEU agenda and its implementation')).toEqual([
      'a) Information from the Commission on the state of play of the negotiations on the ProtectEU agenda and its implementation',
    ]);
  });
});

describe('normalise, -layout pages flattened to one line each', () => {
  const page = (text: string): string => `${'      '.repeat(2)}${text.split(' ').join('   ')}`;

  it.each([
    [
      'es',
      'Las delegaciones mantuvieron un intercambio de opiniones sobre la cooperación con los',
      'países de América Latina en la lucha contra el tráfico de drogas.',
    ],
    ['nl', 'Het Comité verwelkomde de door het', 'voorzitterschap voorgestelde prioriteiten.'],
    ['en', 'The Committee agreed to forward the draft conclusions to the', 'Permanent Representatives Committee.'],
  ])('goes on with the sentence the page break cut however wide the gaps of its lines (%s)', (_language, end, start) => {
    const filler = 'The Committee took note of the information provided by the Presidency on the state of play.';
    const first = `${page(`${filler} ${filler} ${filler} ${filler} ${end}`)}      9412/24          TR/kl          1 JAI.1          LIMITE          ES`;
    const second = page(`${start} ${filler}`);
    const texts = normalise([first, '', second].join('\n')).map((entry) => entry.text.replace(/\s+/g, ' ').trim());
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain(`${end} ${start}`);
  });
});

describe('normalise, a part’s Roman numeral right under a title, no blank line between (a copy out of a PDF viewer)', () => {
  it.each([
    ['en', 'DRAFT COUNCIL CONCLUSIONS ON STRENGTHENING THE FIGHT AGAINST FIREARMS TRAFFICKING IN THE UNION', 'I. INTRODUCTION'],
    ['fr', 'PROJET DE CONCLUSIONS DU CONSEIL SUR LE RENFORCEMENT DE LA LUTTE CONTRE LE TRAFIC D’ARMES À FEU', 'I. INTRODUCTION'],
    ['de', 'ENTWURF VON SCHLUSSFOLGERUNGEN DES RATES ZUR STÄRKUNG DER BEKÄMPFUNG DES ILLEGALEN WAFFENHANDELS', 'II. HINTERGRUND'],
    ['en subject', 'Report on the proceedings of the Standing Committee for the period January 2024 - June 2025', 'I. Introduction'],
  ])('keeps the numeral’s heading on a line of its own (%s)', (_language, title, heading) => {
    expect(normalise([title, heading, 'The Council recalls its earlier conclusions.'].join('\n')).map((entry) => entry.text)).toEqual([
      title,
      heading,
      'The Council recalls its earlier conclusions.',
    ]);
  });
});
