import { describe, expect, it } from 'vitest';
import { footnotesApart, splitFlatLines } from '../../../../../scripts/ingest/parse/flat/flat-lines.ts';

const texts = (text: string) => splitFlatLines([{ text, line: 7 }]).map((entry) => entry.text);
const padding = 'The Presidency recalled the background of the file and the work done in the working party over the semester. '.repeat(4);

describe('splitFlatLines', () => {
  it('sets a day heading with the hour in the version’s words, and an English heading of the items in other words, apart from the documents before them', () => {
    expect(texts('(COSI) 1. Annahme der Tagesordnung 2. Bedrohungslage 6701/26 + ADD 1 Mittwoch, 11. März 2026 (9.30 Uhr) 3. Sonstiges')).toEqual([
      '(COSI)',
      '',
      '1. Annahme der Tagesordnung',
      '',
      '2. Bedrohungslage',
      '6701/26 + ADD 1',
      '',
      'Mittwoch, 11. März 2026 (9.30 Uhr)',
      '',
      '3. Sonstiges',
    ]);
    expect(texts('(COSI) 1. Adoption of the agenda 2. Threat picture 6955/24 7 March 2024 Items for information/endorsement 3. Any other business')).toEqual([
      '(COSI)',
      '',
      '1. Adoption of the agenda',
      '',
      '2. Threat picture',
      '6955/24',
      '',
      '7 March 2024',
      '',
      'Items for information/endorsement',
      '',
      '3. Any other business',
    ]);
    expect(texts('(COSI) 1. Dagordningen 2. Hotbild 6955/24 tisdag den 17 februari 2026 (kl. 10.00) 3. Övriga frågor')).toContain(
      'tisdag den 17 februari 2026 (kl. 10.00)',
    );
  });

  it.each([
    [
      'en',
      '10.40 – 11.30    3. Internal security consequences – exchange of views                       9301/25 11.30 – 11.45    Coffee break 11.45 – 12.30    4. AOB',
      '11.30 – 11.45    Coffee break',
    ],
    [
      'fr',
      '10h40 - 11h30    3. Conséquences pour la sécurité intérieure      9301/25 11h30 - 11h45        Pause café 11h45 - 12h30    4. Divers',
      '11h30 - 11h45        Pause café',
    ],
    [
      'de',
      '10.40 – 13.00    3. Folgen für die innere Sicherheit 9301/25 13.00 – 14.30      Mittagessen 14.30 – 15.00     4. Sonstiges',
      '13.00 – 14.30      Mittagessen',
    ],
  ])('sets apart a row planned without a number beside its slot where -layout keeps its columns’ spaces (%s)', (_language, page, row) => {
    const read = texts(`Venue: JUSTUS LIPSIUS BUILDING 10.00 – 10.10    1. Adoption of the agenda 10.10 – 10.40    2. Schengen ${page}`);
    expect(read).toContain(row);
    expect(read.find((text) => text.includes('3. '))).not.toContain(row);
  });

  it('cuts an agenda run into one line before a point’s own points `i.`, `ii.` in sequence, and a row planned beside its slot without a number', () => {
    expect(
      texts(
        'Venue: JUSTUS LIPSIUS BUILDING 1. Adoption of the agenda 2. Schengen (a) State of play i. Report by the Commission ii. Exchange of views (b) Way forward 12.30 – 14.00 Lunch 3. AOB',
      ),
    ).toEqual([
      'Venue: JUSTUS LIPSIUS BUILDING',
      '',
      '1. Adoption of the agenda',
      '',
      '2. Schengen',
      '',
      '(a) State of play',
      '',
      'i. Report by the Commission',
      '',
      'ii. Exchange of views',
      '',
      '(b) Way forward',
      '',
      '12.30 – 14.00 Lunch',
      '',
      '3. AOB',
    ]);
    // so in the Greek and Bulgarian versions, their points lettered in their own alphabets
    expect(
      texts(
        'Τόπος: ΚΤΙΡΙΟ JUSTUS LIPSIUS 1. Έγκριση της ημερήσιας διάταξης 2. Σένγκεν α) Κατάσταση β) Περαιτέρω πορεία 12.30 – 14.00 Γεύμα 3. Διάφορα θέματα',
      ).filter((text) => text !== ''),
    ).toEqual([
      'Τόπος: ΚΤΙΡΙΟ JUSTUS LIPSIUS',
      '1. Έγκριση της ημερήσιας διάταξης',
      '2. Σένγκεν',
      'α) Κατάσταση',
      'β) Περαιτέρω πορεία',
      '12.30 – 14.00 Γεύμα',
      '3. Διάφορα θέματα',
    ]);
    expect(
      texts(
        'Място: СГРАДА JUSTUS LIPSIUS 1. Приемане на дневния ред 2. Шенген а) Актуално състояние б) Бъдещи действия 12.30 – 14.00 Обяд 3. Други въпроси',
      ).filter((text) => text !== ''),
    ).toEqual([
      'Място: СГРАДА JUSTUS LIPSIUS',
      '1. Приемане на дневния ред',
      '2. Шенген',
      'а) Актуално състояние',
      'б) Бъдещи действия',
      '12.30 – 14.00 Обяд',
      '3. Други въпроси',
    ]);
    // a numeral out of sequence, and a slot before a word in lower case, stay where they are
    expect(
      texts('Venue: JUSTUS LIPSIUS BUILDING 1. Adoption 2. Schengen (a) State of play ii. Report (b) Meeting from 12.30 – 14.00 in room 3 3. AOB'),
    ).toEqual([
      'Venue: JUSTUS LIPSIUS BUILDING',
      '',
      '1. Adoption',
      '',
      '2. Schengen',
      '',
      '(a) State of play ii. Report',
      '',
      '(b) Meeting from 12.30 – 14.00 in room 3',
      '',
      '3. AOB',
    ]);
  });

  it('leaves a line shorter than a page as it is', () => {
    expect(texts('1. Adoption of the agenda The agenda was adopted. 2. AOB')).toEqual(['1. Adoption of the agenda The agenda was adopted. 2. AOB']);
  });

  it('cuts a page run into one line before its numbered paragraphs in sequence, keeping the line number', () => {
    const pieces = splitFlatLines([
      {
        text: `${padding}1. On 12 October the Commission submitted it. 2. The working party examined it. 4. Not in sequence.`,
        line: 7,
      },
    ]);
    expect(pieces.map((entry) => entry.text)).toEqual([
      padding.trim(),
      '',
      '1. On 12 October the Commission submitted it.',
      '',
      '2. The working party examined it. 4. Not in sequence.',
    ]);
    expect(new Set(pieces.map((entry) => entry.line))).toEqual(new Set([7]));
  });

  it('leaves the body’s first number plain pdftotext printed between the labels and their values where it stands (`To: Subject: 1. General …`)', () => {
    const pieces = splitFlatLines([
      { text: `From: On: To: Subject: 1. General Secretariat of the Council ${padding}The agenda was adopted. 2. The working party met.`, line: 3 },
    ]);
    expect(pieces.map((entry) => entry.text)).toEqual([
      `From: On: To: Subject: 1. General Secretariat of the Council ${padding}The agenda was adopted.`,
      '',
      '2. The working party met.',
    ]);
  });

  it('cuts a page run into one line before the numbered paragraphs a public version withholds whole (`2. […]`, `3. [...]`)', () => {
    expect(texts(`${padding}1. On 12 October the Commission submitted it. 2. […] 3. [...] 4. The working party examined it.`)).toEqual([
      padding.trim(),
      '',
      '1. On 12 October the Commission submitted it.',
      '',
      '2. […]',
      '',
      '3. [...]',
      '',
      '4. The working party examined it.',
    ]);
  });

  it('gives a day heading its own line and cuts each item title from its text where a sentence opener follows it', () => {
    expect(texts(`${padding}(COSI) 26 September 2024 1. Adoption of the agenda The agenda was adopted as set out in CM 4103/24. 2. AOB`)).toEqual([
      `${padding}(COSI)`.trim(),
      '',
      '26 September 2024',
      '',
      '1. Adoption of the agenda',
      '',
      'The agenda was adopted as set out in CM 4103/24.',
      '',
      '2. AOB',
    ]);
  });

  it('cuts an item title from its text in any language where a clause opens after a word no title goes on after', () => {
    const line = `${padding}(COSI) 1. Vedtagelse af dagsordenen Dagsordenen blev vedtaget som anført i CM 5123/25. 2. Adoption de l'ordre du jour L'ordre du jour a été adopté. 3. Cooperation with Western Balkans partners.`;
    expect(texts(line)).toEqual([
      `${padding}(COSI)`.trim(),
      '',
      '1. Vedtagelse af dagsordenen',
      '',
      'Dagsordenen blev vedtaget som anført i CM 5123/25.',
      '',
      "2. Adoption de l'ordre du jour",
      '',
      "L'ordre du jour a été adopté.",
      '',
      '3. Cooperation with Western Balkans partners.',
    ]);
  });

  it('cuts an item title ending in brackets from its text where the committee’s clause opens after them (Latvian, Lithuanian, Hungarian)', () => {
    const items = [
      ['3. Eiropas Savienības Tiesas spriedumi (2011. gada 1. jūlijs–31. decembris)', 'Komiteja pieņēma zināšanai Juridiskā dienesta sniegto informāciju.'],
      ['3. Europos Sąjungos Teisingumo Teismo sprendimai (2011 m. liepos 1 d.–gruodžio 31 d.)', 'Komitetas atsižvelgė į Teisės tarnybos pateiktą informaciją.'],
      ['3. Az Európai Unió Bíróságának ítéletei (2011. július 1. – december 31.)', 'A bizottság tudomásul vette a Jogi Szolgálat tájékoztatását.'],
    ];
    for (const [title, text] of items) {
      expect(texts(`${padding}${title} ${text} 4. Jelentés.`)).toEqual([padding.trim(), '', title, '', text, '', '4. Jelentés.']);
    }
    // a bracket closing a name before a capitalised word of the title is no title's end
    const name = '3. Report of the Standing Committee (COSI) Meeting of delegations and experts.';
    expect(texts(`${padding}${name} 4. Jelentés.`)).toEqual([padding.trim(), '', name, '', '4. Jelentés.']);
  });

  it('ends a section heading on its bracketed years where a capitalised word opens its paragraph (Danish, English, German, French)', () => {
    const sections = [
      [
        '2. EU-politikcyklussen for organiseret og grov international kriminalitet',
        '2.1. Afslutningen af den første EU-politikcyklus (2012-2013)',
        'EU-politikcyklussen for organiseret og grov international kriminalitet, som Rådet indførte i november 2010, består af fire trin:',
      ],
      [
        '2. The EU policy cycle for organised and serious international crime',
        '2.1. Conclusion of the first EU policy cycle (2012-2013)',
        'The EU policy cycle for organised and serious international crime, which the Council set up in November 2010, consists of four steps:',
      ],
      [
        '2. Der EU-Politikzyklus',
        '2.1. Abschluss des ersten EU-Politikzyklus (2012–2013)',
        'Der EU-Politikzyklus zur Bekämpfung der organisierten und schweren internationalen Kriminalität, den der Rat im November 2010 eingeführt hat, umfasst vier Schritte:',
      ],
      [
        "2. Le cycle politique de l'UE",
        "2.1. Achèvement du premier cycle politique de l'UE (2012-2013)",
        "Le cycle politique de l'UE pour lutter contre la grande criminalité internationale organisée, mis en place par le Conseil en novembre 2010, comporte quatre étapes:",
      ],
      ["2. Le cycle politique de l'UE", '2.1. Cycle politique de l’UE (2014-2017)', 'Les plans d’action opérationnels ont été adoptés en 2014.'],
    ];
    for (const [parent, heading, paragraph] of sections) {
      expect(texts(`${padding}${parent} ${heading} ${paragraph} 2.2. Suite.`)).toEqual([
        padding.trim(),
        '',
        parent,
        '',
        heading,
        '',
        paragraph,
        '',
        '2.2. Suite.',
      ]);
    }
    // years in brackets before a word in small letters are inside the paragraph, no heading's end
    const sentence = '2.1. The first cycle (2012-2013) was concluded and the second one began in 2014.';
    expect(texts(`${padding}2. The cycles ${sentence} 2.2. Suite.`)).toEqual([padding.trim(), '', '2. The cycles', '', sentence, '', '2.2. Suite.']);
  });

  it('ends a section heading opening as a clause does on its range of years where a clause opens its paragraph (English, French)', () => {
    const sections = [
      [
        '2.1. The EU policy cycle 2014-2017',
        'On the basis of the first SOCTA, the Council adopted on 6 and 7 June 2013 conclusions on setting the priorities. The nine priorities are the following:',
      ],
      [
        '2.1. Le cycle politique de l’UE pour la période 2014-2017',
        'Sur la base de la première SOCTA, le Conseil a adopté les 6 et 7 juin 2013 des conclusions sur la définition des priorités. Les neuf priorités sont les suivantes :',
      ],
    ];
    for (const [heading, paragraph] of sections) {
      expect(texts(`${padding}2. The cycles ${heading} ${paragraph}`)).toEqual([padding.trim(), '', '2. The cycles', '', heading, '', paragraph]);
    }
    // a sentence ending on its years before the next one stays whole: its full stop ends it
    const sentence = '2.1. The EU policy cycle covers the years 2014-2017. On the basis of the first SOCTA, the Council adopted the priorities.';
    expect(texts(`${padding}2. The cycles ${sentence}`)).toEqual([padding.trim(), '', '2. The cycles', '', sentence]);
  });

  it('reads a numbered table run into a page’s line as its header row and its rows, their numbers no paragraphs’, each row whole (English, Danish, French)', () => {
    const pages = [
      [
        'The nine priorities are the following: No. Priority Objective set by the Council 1. Illegal immigration To disrupt organised crime groups. 2. Trafficking in human beings To disrupt OCGs involved in human trafficking, including those groups using legal business',
        'No. Priority Objective set by the Council structures to facilitate their criminal activities. 3. Counterfeit goods To disrupt OCGs involved in counterfeit goods. 4. Excise and MTIC fraud To disrupt the capacity of OCGs.',
      ],
      [
        'De ni prioriteter er følgende: Nr. Prioritet Mål fastsat af Rådet 1. Ulovlig indvandring At optrevle organiserede kriminelle grupper og at gå efter de OCG’er, der misbruger lovlige migrationskanaler. 2. Menneskehandel At optrevle OCG’er, der er involveret i menneskehandel med henblik på udnyttelse af arbejdskraft og',
        'Nr. Prioritet Mål fastsat af Rådet seksuel udnyttelse. 3. Varemærkeforfalskede varer At optrevle OCG’er. 4. Punktafgiftssvig og MTIC- At svække kapaciteten hos OCG’er.',
      ],
      [
        'Les neuf priorités sont les suivantes : N° Priorité Objectif fixé par le Conseil 1. Immigration illégale Démanteler les groupes criminels organisés. 2. Traite des êtres humains Démanteler les GCO impliqués dans la traite des êtres',
        'N° Priorité Objectif fixé par le Conseil humains en provenance des pays d’origine. 3. Contrefaçons Démanteler les GCO. 4. Fraude aux droits d’accise et fraude MTIC Réduire la capacité des GCO.',
      ],
    ];
    for (const [first = '', second = ''] of pages) {
      const header = /(?:No\.|Nr\.|N°) [^\d]+?(?= 1\.)/u.exec(first)?.[0] ?? '';
      const at = (text: string, from: string, to?: string) => text.slice(text.indexOf(from), to === undefined ? undefined : text.indexOf(to)).trim();
      const lines = splitFlatLines([
        { text: `${padding}2. Suite ${first}`, line: 1 },
        { text: second, line: 2 },
      ]).map((entry) => entry.text);
      const rest = second.slice(header.length, second.indexOf(' 3.')).trim();
      expect(lines.filter((line) => line !== '')).toEqual([
        padding.trim(),
        '2. Suite',
        first.slice(0, first.indexOf(header)).trim(),
        header,
        at(first, '1. ', ' 2. '),
        at(first, '2. '),
        header,
        rest,
        at(second, '3. ', ' 4. '),
        at(second, '4. '),
      ]);
    }
  });

  it('cuts no title out of a Polish paragraph at an acronym after a noun (`Cykl polityki UE dotyczący …`), but before one its verb follows', () => {
    const paragraph =
      '1. Cykl polityki UE dotyczący zwalczania przestępczości (EMPACT) jest od 2010 roku głównym narzędziem współpracy. Obecny cykl kończy się w 2029 roku.';
    expect(texts(`${padding}${paragraph} 2. Delegacje proszone są o odpowiedź.`)).toEqual([
      padding.trim(),
      '',
      paragraph,
      '',
      '2. Delegacje proszone są o odpowiedź.',
    ]);
    // an acronym opening the item's text with its verb still ends the title
    expect(texts(`${padding}1. Sprawozdanie z działalności COSI przyjął sprawozdanie. 2. Delegacje proszone są o odpowiedź.`)).toEqual([
      padding.trim(),
      '',
      '1. Sprawozdanie z działalności',
      '',
      'COSI przyjął sprawozdanie.',
      '',
      '2. Delegacje proszone są o odpowiedź.',
    ]);
  });

  it('cuts no title out of a paragraph whose clause goes on after an article, possessive or quantifier before a capital', () => {
    const paragraphs = [
      '2. Auf seiner Sitzung vom 17. September 2025 hat der COSI den Bericht des Vorsitzes erörtert.',
      '2. Bei ihrer Sitzung im Oktober haben einige Mitgliedstaaten ihre Bewertung vorgelegt.',
      '2. Most Member States reported on the measures taken at national level.',
      '2. Op zijn vergadering van 17 september heeft het COSI het verslag besproken.',
      '2. Ifølge deres Europol-kontaktpunkter har flere medlemsstater styrket samarbejdet.',
      '2. Enligt deras Europol-kontaktpunkter har flera medlemsstater stärkt samarbetet.',
    ];
    for (const paragraph of paragraphs) {
      expect(texts(`${padding}1. Der Vorsitz hat den Entwurf vorgelegt. ${paragraph} 3. Der Ausschuss wird ersucht, den Text zu billigen.`)).toEqual([
        padding.trim(),
        '',
        '1. Der Vorsitz hat den Entwurf vorgelegt.',
        '',
        paragraph,
        '',
        '3. Der Ausschuss wird ersucht, den Text zu billigen.',
      ]);
    }
  });

  it('cuts an Irish item title from its text where the sentence opens with its verb, the title ending in a capitalised word', () => {
    const line = `${padding}(COSI) 1. Faisnéis ón Uachtaránacht Thug an Coiste dá aire an fhaisnéis ón Uachtaránacht. 2. Tuarascáil ó Europol Chuir an Coiste fáilte roimh an tuarascáil ó Europol. 3. Plé faoi Frontex Phléigh an Coiste an tuarascáil ó Frontex.`;
    expect(texts(line)).toEqual([
      `${padding}(COSI)`.trim(),
      '',
      '1. Faisnéis ón Uachtaránacht',
      '',
      'Thug an Coiste dá aire an fhaisnéis ón Uachtaránacht.',
      '',
      '2. Tuarascáil ó Europol',
      '',
      'Chuir an Coiste fáilte roimh an tuarascáil ó Europol.',
      '',
      '3. Plé faoi Frontex',
      '',
      'Phléigh an Coiste an tuarascáil ó Frontex.',
    ]);
  });

  it('does not cut at the number of a version suffix', () => {
    const text = `${padding}COSI approved the recommendations as set out in 4042/10 COR 1. The agency reported on the training needs of the Member States.`;
    expect(texts(text)).toEqual([text]);
  });

  it('does not cut at the page of a citation of the Official Journal (`p. 53.`, `S. 1.`, `s. 1.`, `σ. 53.`, `str. 1.`)', () => {
    for (const citation of [
      'OJ L 135, 24.5.2016, p. 53.',
      'ABl. L 119 vom 4.5.2016, S. 1.',
      'Dz.U. L 18 z 19.1.2017, s. 1.',
      'ΕΕ L 135 της 24.5.2016, σ. 53.',
      'UL L 119, 4.5.2016, str. 1.',
    ]) {
      const text = `${padding}The Committee recalled Regulation (EU) 2016/794, ${citation}`;
      expect(texts(text)).toEqual([text]);
    }
  });

  it('cuts the sub-items of an outline in sequence: 6, 6.1, 6.2, then 7', () => {
    expect(
      texts(`${padding}6. Counter-terrorism 6.1. EU Threat assessment The Committee endorsed it. 6.2. Security checks The Committee endorsed them. 7. Digital`),
    ).toEqual([
      padding.trim(),
      '',
      '6. Counter-terrorism',
      '',
      '6.1. EU Threat assessment',
      '',
      'The Committee endorsed it.',
      '',
      '6.2. Security checks',
      '',
      'The Committee endorsed them.',
      '',
      '7. Digital',
    ]);
  });

  it('cuts the short last page of a flattened document too, counting on from the numbers of the lines before', () => {
    const lines = [
      { text: `${padding}10. Items concluded by COSI SG COSI took note of them. 11. Work programme`, line: 1 },
      { text: '', line: 2 },
      { text: 'COSI took note of the priorities. 12. AOB The German delegation called for support.', line: 3 },
    ];
    expect(splitFlatLines(lines).map((entry) => entry.text)).toEqual([
      padding.trim(),
      '',
      '10. Items concluded by COSI SG',
      '',
      'COSI took note of them.',
      '',
      '11. Work programme',
      '',
      'COSI took note of the priorities.',
      '',
      '12. AOB',
      '',
      'The German delegation called for support.',
    ]);
  });

  it('leaves the lines of a document without a page run into one line as they are, numbers in sequence or not', () => {
    const lines = [
      { text: '11. Work programme', line: 1 },
      { text: 'COSI took note of the priorities. 12. AOB The German delegation called for support.', line: 2 },
    ];
    expect(splitFlatLines(lines)).toEqual(lines);
  });

  it('does not take the number of a version suffix for the next paragraph', () => {
    const text = `${padding}1. Adoption of the agenda The agenda was adopted as set out in 14260/1/17 REV 2. The Presidency informed the Committee.`;
    expect(texts(text)).toEqual([
      padding.trim(),
      '',
      '1. Adoption of the agenda',
      '',
      'The agenda was adopted as set out in 14260/1/17 REV 2. The Presidency informed the Committee.',
    ]);
  });

  it('ends a title at the mark of a possible or pro memoria item, a dash after the mark opening a point and the documents after a point a line of their own', () => {
    expect(
      texts(
        'Venue: COUNCIL 1. Adoption of the agenda 2. Internal security strategy - draft report (poss.) - Information from the Commission 7011/12 JAI 130 COSI 11 3. Cooperation between JHA agencies - final report 2011 - Presentation by Eurojust 6204/12 JAI 98 COSI 9 - Exchange of views - Discussion 4. Cooperation between Europol and Eurojust - report 2011 (p.m.) 5. Any other business',
      ),
    ).toEqual([
      'Venue: COUNCIL',
      '',
      '1. Adoption of the agenda',
      '',
      '2. Internal security strategy - draft report (poss.)',
      '',
      '- Information from the Commission',
      '',
      '7011/12 JAI 130 COSI 11',
      '',
      '3. Cooperation between JHA agencies - final report 2011',
      '',
      '- Presentation by Eurojust',
      '',
      '6204/12 JAI 98 COSI 9',
      '',
      '- Exchange of views',
      '',
      '- Discussion',
      '',
      '4. Cooperation between Europol and Eurojust - report 2011 (p.m.)',
      '',
      '5. Any other business',
    ]);
    // without a mark, a title whose dashes are all of one kind keeps its one dashed part after them
    expect(
      texts(
        'Venue: COUNCIL 1. Adoption of the agenda 2. Internal security strategy - draft report - Information from the Commission 7011/12 3. Any other business',
      ),
    ).toEqual([
      'Venue: COUNCIL',
      '',
      '1. Adoption of the agenda',
      '',
      '2. Internal security strategy - draft report - Information from the Commission',
      '7011/12',
      '',
      '3. Any other business',
    ]);
  });

  it('cuts an agenda run into one line at its items, whose titles end in no sentence, the documents after a title on their own line', () => {
    expect(texts('Venue: COUNCIL EUROPA BUILDING 1. Adoption of the agenda 2. Information from the Presidency 5512/26 3. Any other business')).toEqual([
      'Venue: COUNCIL EUROPA BUILDING',
      '',
      '1. Adoption of the agenda',
      '',
      '2. Information from the Presidency',
      '5512/26',
      '',
      '3. Any other business',
    ]);
    expect(texts('Ort: RAT – GEBÄUDE EUROPA 1. Annahme der Tagesordnung 2. Informationen des Vorsitzes 3. Sonstiges')).toEqual([
      'Ort: RAT – GEBÄUDE EUROPA',
      '',
      '1. Annahme der Tagesordnung',
      '',
      '2. Informationen des Vorsitzes',
      '',
      '3. Sonstiges',
    ]);
  });

  it("gives the day heading before item 1 its own line in any official language, and the heading of the items its own, the time planned staying on the item's row", () => {
    expect(
      texts(
        'Venue: COUNCIL Rue de la Loi 175, 1048 Brussels Tuesday 17 February 2026 10.00 1. Adoption of the agenda 2. Information from the Presidency 3. AOB',
      ),
    ).toEqual([
      'Venue: COUNCIL Rue de la Loi 175, 1048 Brussels',
      '',
      'Tuesday 17 February 2026',
      '',
      '10.00 1. Adoption of the agenda',
      '',
      '2. Information from the Presidency',
      '',
      '3. AOB',
    ]);
    expect(
      texts(
        'Ort: RAT 1048 Brüssel Dienstag, 17. Februar 2026 Punkte zur Erörterung 1. Annahme der Tagesordnung 2. Informationen des Vorsitzes 5512/26 Mittwoch, 18. Februar 2026 9.30 – 10.00 3. Sonstiges',
      ),
    ).toEqual([
      'Ort: RAT 1048 Brüssel',
      '',
      'Dienstag, 17. Februar 2026',
      '',
      'Punkte zur Erörterung',
      '',
      '1. Annahme der Tagesordnung',
      '',
      '2. Informationen des Vorsitzes',
      '5512/26',
      '',
      'Mittwoch, 18. Februar 2026',
      '',
      '9.30 – 10.00 3. Sonstiges',
    ]);
    expect(
      texts(
        'Helyszín: TANÁCS 1048 Brüsszel 2026. február 17., kedd Megvitatandó napirendi pontok 1. A napirend elfogadása 2. Az elnökség tájékoztatása 3. Egyebek',
      ),
    ).toEqual([
      'Helyszín: TANÁCS 1048 Brüsszel',
      '',
      '2026. február 17., kedd',
      '',
      'Megvitatandó napirendi pontok',
      '',
      '1. A napirend elfogadása',
      '',
      '2. Az elnökség tájékoztatása',
      '',
      '3. Egyebek',
    ]);
  });

  it('leaves hours after the version’s word for o’clock (`kl.`, `klo`, `plkst.`) with their word, no item’s slot: a `Time:` row’s value under the venue', () => {
    expect(
      texts(
        'Plats: Tid: RÅDET Rue de la Loi 175, 1048 Bryssel kl. 10.00 – 18.00 1. Godkännande av dagordningen 2. Information från ordförandeskapet 3. Övriga frågor',
      ),
    ).toEqual([
      'Plats: Tid: RÅDET Rue de la Loi 175, 1048 Bryssel kl. 10.00 – 18.00',
      '',
      '1. Godkännande av dagordningen',
      '',
      '2. Information från ordförandeskapet',
      '',
      '3. Övriga frågor',
    ]);
    expect(
      texts(
        'Paikka: Kellonaika: NEUVOSTO Rue de la Loi 175, 1048 Bryssel klo 10.00-18.00 1. Esityslistan hyväksyminen 2. Puheenjohtajavaltion tiedotus 3. Muut asiat',
      ),
    ).toEqual([
      'Paikka: Kellonaika: NEUVOSTO Rue de la Loi 175, 1048 Bryssel klo 10.00-18.00',
      '',
      '1. Esityslistan hyväksyminen',
      '',
      '2. Puheenjohtajavaltion tiedotus',
      '',
      '3. Muut asiat',
    ]);
    expect(
      texts(
        'Vieta: Laiks: PADOME Rue de la Loi 175, 1048 Brisele plkst. 10.00 – 18.00 1. Darba kārtības pieņemšana 2. Prezidentvalsts informācija 3. Dažādi jautājumi',
      ),
    ).toEqual([
      'Vieta: Laiks: PADOME Rue de la Loi 175, 1048 Brisele plkst. 10.00 – 18.00',
      '',
      '1. Darba kārtības pieņemšana',
      '',
      '2. Prezidentvalsts informācija',
      '',
      '3. Dažādi jautājumi',
    ]);
  });

  it('gives each day’s heading and its hours with the version’s word lines of their own, no item’s slot nor the title above it', () => {
    expect(
      texts(
        'Plats: RÅDET Rue de la Loi 175, 1048 Bryssel 17 februari 2026 kl. 10.00 – 18.00 1. Godkännande av dagordningen 2. Information från ordförandeskapet 18 februari 2026 kl. 09.30 – 13.00 3. Övriga frågor',
      ),
    ).toEqual([
      'Plats: RÅDET Rue de la Loi 175, 1048 Bryssel',
      '',
      '17 februari 2026',
      '',
      'kl. 10.00 – 18.00',
      '',
      '1. Godkännande av dagordningen',
      '',
      '2. Information från ordförandeskapet',
      '',
      '18 februari 2026',
      '',
      'kl. 09.30 – 13.00',
      '',
      '3. Övriga frågor',
    ]);
    expect(texts('Ort: RAT 1048 Brüssel 17. Februar 2026 10.00 – 13.00 Uhr 1. Annahme der Tagesordnung 2. Bedrohungslage 3. Sonstiges')).toEqual([
      'Ort: RAT 1048 Brüssel',
      '',
      '17. Februar 2026',
      '',
      '10.00 – 13.00 Uhr',
      '',
      '1. Annahme der Tagesordnung',
      '',
      '2. Bedrohungslage',
      '',
      '3. Sonstiges',
    ]);
    expect(
      texts('Lieu: CONSEIL 1048 Bruxelles 17 février 2026 10 h 00 – 13 h 00 1. Adoption de l’ordre du jour 2. Informations de la présidence 3. Divers'),
    ).toEqual([
      'Lieu: CONSEIL 1048 Bruxelles',
      '',
      '17 février 2026',
      '',
      '10 h 00 – 13 h 00',
      '',
      '1. Adoption de l’ordre du jour',
      '',
      '2. Informations de la présidence',
      '',
      '3. Divers',
    ]);
    expect(
      texts('Място: СЪВЕТ 1048 Брюксел 17 февруари 2026 г. 10.00 – 13.00 ч. 1. Приемане на дневния ред 2. Информация от председателството 3. Други въпроси'),
    ).toEqual([
      'Място: СЪВЕТ 1048 Брюксел',
      '',
      '17 февруари 2026 г.',
      '',
      '10.00 – 13.00 ч.',
      '',
      '1. Приемане на дневния ред',
      '',
      '2. Информация от председателството',
      '',
      '3. Други въпроси',
    ]);
  });

  it('takes no date that ends a sentence before a numbered paragraph for a day heading', () => {
    expect(texts(`${padding}1. The Presidency presented the draft. Delegations sent comments by 21 November 2022. 2. COSI is invited to confirm it.`)).toEqual([
      padding.trim(),
      '',
      '1. The Presidency presented the draft. Delegations sent comments by 21 November 2022.',
      '',
      '2. COSI is invited to confirm it.',
    ]);
  });

  it('cuts no sentence that merely holds numbers or dates, nor fewer than three items in sequence', () => {
    for (const text of [
      'COSI took note of items 1. Adoption and 2. Information. Delegations agreed on 3. March the text.',
      '1. Adoption of the agenda 2. Information from the Presidency',
      'The meeting of 1. März 2. März 3. März 2026 was cancelled.',
      '1. The Committee discussed items 1 and 2. The Presidency noted it. 3. AOB',
      // tests/fixtures/layouts/minutes-flattened: a table of contents
      'CONTENTS Page 1. Adoption of the agenda... 3 2. Approval of the list of "A" items... 3 3. Internal security: state of play... 4',
    ])
      expect(texts(text)).toEqual([text]);
  });

  it('gives each footnote marked at the end of a page run into one line a line of its own, after a blank line, any page long', () => {
    expect(
      texts(
        '3. Fight against organised crime The Committee approved the conclusions set out in 13802/25. ^1 Also circulated as WK 15012/2025. ^2 Doc. 12211/25.',
      ),
    ).toEqual([
      '3. Fight against organised crime The Committee approved the conclusions set out in 13802/25.',
      '',
      '^1 Also circulated as WK 15012/2025.',
      '',
      '^2 Doc. 12211/25.',
    ]);
  });

  it('leaves a call marked after a word and a caret inside a sentence where they are', () => {
    const line = 'the outcome of the meeting.^1 The value x^2 was read. Then ^3 stays.';
    expect(texts(line)).toEqual([line]);
  });
});

describe('splitFlatLines on the agenda of a meeting over two days, in parts, run into one line', () => {
  it('gives the day heading with its hour, the parts of the meeting and the documents in the register’s forms lines of their own', () => {
    const line =
      'BRUSSELS Tuesday 3 March 2026 (10.00) 1. Adoption of the agenda CM 1250/26 2. Information from the Presidency Joint COSI–SCIFA session ' +
      '3. Migrant smuggling 6120/26 ADD 1 REV 2 WK 2345/2026 INIT 4. (poss.) Pact on Migration COM(2026) 85 final SWD(2026) 31 final ' +
      'Restricted session (Member States only) 5. Threat assessment 5950/26 + ADD 1';
    expect(texts(line)).toEqual([
      'BRUSSELS',
      '',
      'Tuesday 3 March 2026 (10.00)',
      '',
      '1. Adoption of the agenda',
      'CM 1250/26',
      '',
      '2. Information from the Presidency',
      '',
      'Joint COSI–SCIFA session',
      '',
      '3. Migrant smuggling',
      '6120/26 ADD 1 REV 2 WK 2345/2026 INIT',
      '',
      '4. (poss.) Pact on Migration',
      'COM(2026) 85 final SWD(2026) 31 final',
      '',
      'Restricted session (Member States only)',
      '',
      '5. Threat assessment',
      '5950/26 + ADD 1',
    ]);
  });

  it('reads the parts and the day heading in French and German too', () => {
    expect(texts('BRUXELLES Mardi 3 mars 2026 (10 h 00) 1. Adoption de l’ordre du jour 2. Informations Session conjointe COSI–CSIFA 3. Schengen')).toEqual([
      'BRUXELLES',
      '',
      'Mardi 3 mars 2026 (10 h 00)',
      '',
      '1. Adoption de l’ordre du jour',
      '',
      '2. Informations',
      '',
      'Session conjointe COSI–CSIFA',
      '',
      '3. Schengen',
    ]);
    expect(
      texts('(COSI) 1. Annahme der Tagesordnung 2. Informationen Gemeinsame Sitzung COSI/SAEGA 3. Schengen Sitzung im engeren Kreis 4. Sonstiges'),
    ).toEqual([
      '(COSI)',
      '',
      '1. Annahme der Tagesordnung',
      '',
      '2. Informationen',
      '',
      'Gemeinsame Sitzung COSI/SAEGA',
      '',
      '3. Schengen',
      '',
      'Sitzung im engeren Kreis',
      '',
      '4. Sonstiges',
    ]);
  });

  it('takes no date a sentence goes on into for a day heading (`… held in Brussels on 3 and 4 March 2026 1. …`)', () => {
    expect(texts('of COSI held in Brussels on 3 and 4 March 2026 1. Adoption of the agenda 2. Information 3. AOB')[0]).toBe(
      'of COSI held in Brussels on 3 and 4 March 2026',
    );
    expect(texts('der Sitzung vom 3. und 4. März 2026 1. Annahme der Tagesordnung 2. Informationen 3. Sonstiges')[0]).toBe(
      'der Sitzung vom 3. und 4. März 2026',
    );
  });

  it('cuts an item before its lettered sub-points in sequence, each with its documents, and before the NB block', () => {
    expect(
      texts(
        '(COSI) 1. Agenda 2. Schengen: state of play (a) Report on Schengen ST 6512 2026 INIT (b) (poss.) Follow-up 6640/26 + COR 1 3. AOB NB: Delegations are reminded of the portal.',
      ),
    ).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen: state of play',
      '',
      '(a) Report on Schengen',
      'ST 6512 2026 INIT',
      '',
      '(b) (poss.) Follow-up',
      '6640/26 + COR 1',
      '',
      '3. AOB',
      '',
      'NB: Delegations are reminded of the portal.',
    ]);
    expect(texts('(COSI) 1. Agenda 2. Schengen a) Rapport b) Suivi 3. Divers')).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen',
      '',
      'a) Rapport',
      '',
      'b) Suivi',
      '',
      '3. Divers',
    ]);
  });

  it('cuts the note on the items a notice marks before the NB block or after it, where a title above calls it with the same mark', () => {
    expect(texts('(COSI) 1. Agenda 2. Threat assessment (*) 3. Varie (*) Questo punto sarà discusso in sessione ristretta. NB: Si prega di inviare …')).toEqual(
      [
        '(COSI)',
        '',
        '1. Agenda',
        '',
        '2. Threat assessment (*)',
        '',
        '3. Varie',
        '',
        '(*) Questo punto sarà discusso in sessione ristretta.',
        '',
        'NB: Si prega di inviare …',
      ],
    );
    expect(
      texts(
        '(COSI) 1. Agenda 2. Schleusung* 3. Sonstiges NB: Die Unterlagen liegen im Portal vor. * Punkt, zu dem ein Verfahrensbeschluss gefasst werden kann.',
      ),
    ).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schleusung*',
      '',
      '3. Sonstiges',
      '',
      'NB: Die Unterlagen liegen im Portal vor.',
      '',
      '* Punkt, zu dem ein Verfahrensbeschluss gefasst werden kann.',
    ]);
  });

  it('cuts no note at a mark printed once: the call after a title before a sentence (`3. Threat (*) The Committee …`) stays with its title', () => {
    expect(texts('(COSI) 1. Agenda 2. Schengen 3. Threat assessment (*) The Committee took note of the assessment.')).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen',
      '',
      '3. Threat assessment (*)',
      '',
      'The Committee took note of the assessment.',
    ]);
  });

  it('cuts an item before its sub-points numbered in Roman numerals in sequence, each with its documents', () => {
    expect(
      texts('(COSI) 1. Agenda 2. Schengen: état des lieux (i) Rapport sur Schengen ST 6512 2026 INIT (ii) Suivi 6640/26 + COR 1 (iii) Évaluation 3. Divers'),
    ).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen: état des lieux',
      '',
      '(i) Rapport sur Schengen',
      'ST 6512 2026 INIT',
      '',
      '(ii) Suivi',
      '6640/26 + COR 1',
      '',
      '(iii) Évaluation',
      '',
      '3. Divers',
    ]);
    expect(texts('(COSI) 1. Agenda 2. Schengen i) Bericht ii) Folgemaßnahmen 3. Sonstiges')).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen',
      '',
      'i) Bericht',
      '',
      'ii) Folgemaßnahmen',
      '',
      '3. Sonstiges',
    ]);
  });

  it('reads a letter `i` in a lettered sequence as the letter, and a lone numeral as no list', () => {
    const letters = texts('(COSI) 1. Agenda 2. Schengen (a) A (b) B (c) C (d) D (e) E (f) F (g) G (h) H (i) I 3. AOB');
    expect(letters.filter((text) => /^\([a-i]\)/.test(text))).toHaveLength(9);
    expect(texts('(COSI) 1. Agenda 2. Schengen see (ii) Annex 3. AOB')).toContain('2. Schengen see (ii) Annex');
  });

  it('cuts no lettered points out of order or before a lower-case word, and only one letter is no list', () => {
    expect(texts('(COSI) 1. Agenda 2. Schengen see (a) and (b) of the annex 3. AOB')).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen see (a) and (b) of the annex',
      '',
      '3. AOB',
    ]);
    expect(texts('(COSI) 1. Agenda 2. Schengen (b) Report (a) Follow-up 3. AOB')).toEqual([
      '(COSI)',
      '',
      '1. Agenda',
      '',
      '2. Schengen (b) Report (a) Follow-up',
      '',
      '3. AOB',
    ]);
  });

  it('sets an unnumbered "any other business" run into the text above apart, but not a sentence opening with a word of that title', () => {
    expect(
      texts(
        `(COSI) 1. Adoption The agenda was adopted. 2. Threat COSI took note of 5950/26. 3. Pact COSI took note of 5950/26 + ADD 1. Any other business The Presidency informed delegations.`,
      ),
    ).toEqual([
      '(COSI)',
      '',
      '1. Adoption',
      '',
      'The agenda was adopted.',
      '',
      '2. Threat',
      '',
      'COSI took note of 5950/26.',
      '',
      '3. Pact',
      '',
      'COSI took note of 5950/26 + ADD 1.',
      '',
      'Any other business',
      '',
      'The Presidency informed delegations.',
    ]);
    const french = texts(
      '(COSI) 1. Adoption L’ordre du jour a été adopté. 2. Menace Le COSI a pris note. 3. Pacte Le COSI a pris note. Divers États membres ont souligné le rôle.',
    );
    expect(french.at(-1)).toBe('Le COSI a pris note. Divers États membres ont souligné le rôle.');
  });
});

describe('splitFlatLines on a numbered paragraph that opens as a sentence, its verb before a capital', () => {
  /**
   * A note's paragraph as each official language words it, its subject and verb before a name or a capitalised noun
   * (V2 order in Danish, Swedish, Dutch and German, the verb first in Irish): a paragraph, no title cut before the
   * capital.
   */
  const paragraphs: Record<string, string> = {
    bg: 'Комитетът покани Европол да докладва до юни 2026 г. за напредъка.',
    cs: 'Výbor vzal na vědomí zprávu Europolu o hodnocení hrozeb.',
    da: 'Udvalget tog Europols rapport om trusselsvurderingen til efterretning.',
    de: 'Der Ausschuss nahm Kenntnis von dem Bericht des Vorsitzes.',
    el: 'Η Επιτροπή κάλεσε την Ευρωπόλ να υποβάλει έκθεση έως τον Ιούνιο του 2026.',
    en: 'The Presidency invites COSI to take note of the report and to endorse its conclusions.',
    es: 'El Comité invitó Europol a informar sobre los avances antes de junio de 2026.',
    et: 'Komitee võttis Europoli aruande ohuhinnangu kohta teadmiseks.',
    fi: 'Komitea pani merkille Europolin raportin uhka-arviosta.',
    fr: 'Le Comité invite Europol à faire rapport sur les progrès accomplis.',
    ga: 'Thug an Coiste dá aire tuarascáil Europol ar an measúnú bagartha.',
    hr: 'Odbor je primio na znanje izvješće Europola o procjeni prijetnji.',
    it: 'Il comitato ha invitato Europol a riferire entro giugno 2026.',
    lt: 'Komitetas paprašė Europolo iki 2026 m. birželio mėn. pateikti ataskaitą.',
    lv: 'Komiteja pieņēma zināšanai Europola ziņojumu par apdraudējuma novērtējumu.',
    mt: 'Il-Kumitat talab lil Europol jirrapporta sa Ġunju 2026.',
    nl: 'Het Comité verzocht Europol uiterlijk in juni 2026 verslag uit te brengen.',
    pl: 'Komitet przyjął do wiadomości sprawozdanie Europolu w sprawie oceny zagrożeń.',
    pt: 'O Comité convidou Europol a apresentar um relatório até junho de 2026.',
    ro: 'Comitetul a luat act de raportul Europol privind evaluarea amenințărilor.',
    sk: 'Výbor vzal na vedomie správu Europolu o hodnotení hrozieb.',
    sl: 'Odbor se je seznanil s poročilom Europola o oceni groženj.',
    sv: 'Kommittén noterade Europols rapport om hotbedömningen.',
    'en, a clause over a subordinate one': 'The Presidency considers that COSI should focus its discussion on the operational follow-up.',
    'en, Member States': 'Member States have reported that Europol supported the joint action days.',
    'ro, a subject of two words': 'Comitetul Reprezentanților Permanenți este invitat să recomande Consiliului să adopte decizia.',
    'nl, taking note': 'Het Comité nam nota van het verslag van het Voorzitterschap en van de bijdrage van Europol.',
    // a Hungarian note's present (`tájékoztatja`, `felkéri`), its lead-in to a list ending in a colon
    'hu, in the present': 'Az elnökség tájékoztatja a bizottságot Europol fenyegetésértékeléséről.',
    'hu, a lead-in in the present': 'A bizottság felkéri a tagállamokat, hogy Europol kérdőívére a következő szempontok szerint válaszoljanak:',
  };

  it.each(Object.entries(paragraphs))('keeps the paragraph whole (%s)', (_language, paragraph) => {
    expect(texts(`${padding}1. The Presidency presented the draft. 2. ${paragraph} 3. Delegations are invited to send comments.`)).toEqual([
      padding.trim(),
      '',
      '1. The Presidency presented the draft.',
      '',
      `2. ${paragraph}`,
      '',
      '3. Delegations are invited to send comments.',
    ]);
  });

  it('still cuts an item title that opens as a sentence would where a colon or dash sets its parts apart', () => {
    const title = '1. The new CLASI Operational Action Plans and the EMPACT cycle 2026-2029: opportunities for synergies';
    const other = '2. Europol Innovation Hub: annual report – presentation by Europol';
    expect(texts(`${padding}(COSI) ${title} The Presidency presented the plans. ${other} Europol presented its report.`)).toEqual([
      `${padding}(COSI)`.trim(),
      '',
      title,
      '',
      'The Presidency presented the plans.',
      '',
      other,
      '',
      'Europol presented its report.',
    ]);
  });

  it('cuts a heading of one word from the Hungarian clause under it, not before a name further on (`Bevezetés Az elnökség emlékezteti …`)', () => {
    const text = 'Az elnökség emlékezteti a delegációkat arra, hogy Europol értékelése szerint az EMPACT 2010 óta az operatív együttműködés fő eszköze.';
    expect(
      texts(`${padding}1. Bevezetés ${text} 2. A delegációkhoz intézett kérdések Az elnökség felkéri a COSI-t, hogy vitassa meg a következő kérdéseket:`),
    ).toEqual([
      padding.trim(),
      '',
      '1. Bevezetés',
      '',
      text,
      '',
      '2. A delegációkhoz intézett kérdések',
      '',
      'Az elnökség felkéri a COSI-t, hogy vitassa meg a következő kérdéseket:',
    ]);
  });

  it('cuts no title out of a question whose last words are capitalised (`… with the other Member States?`)', () => {
    const question = '(a) What measures have been taken at national level to share information with the other Member States?';
    expect(texts(`${padding}1. Delegations are invited to reply to the following questions: ${question} (b) DELETED`)).toContain(question);
  });
});

describe('splitFlatLines on a paragraph withheld and left blank', () => {
  const versions = [
    ['The Presidency considers that COSI should focus on the follow-up.', 'In the light of the above, delegations are invited to reply:'],
    [
      'Der Vorsitz ist der Auffassung, dass sich der COSI auf die Folgemaßnahmen konzentrieren sollte.',
      'Vor diesem Hintergrund werden die Delegationen ersucht, zu antworten:',
    ],
    ['La présidence estime que le COSI devrait se concentrer sur le suivi.', 'Compte tenu de ce qui précède, les délégations sont invitées à répondre:'],
  ];

  it.each(versions)('gives the blank paragraph its number alone before the next one (`4. 5. …`): %s', (third, fifth) => {
    expect(texts(`${padding}3. ${third} 4. 5. ${fifth} (a) DELETED (b) DELETED 6. [...]`)).toEqual([
      padding.trim(),
      '',
      `3. ${third}`,
      '',
      '4.',
      '',
      `5. ${fifth}`,
      '',
      '(a) DELETED',
      '',
      '(b) DELETED',
      '',
      '6. [...]',
    ]);
  });

  it.each(versions)('sets apart the blank paragraph a page ends with (`… 4.`, the next page `5. …`): %s', (third, fifth) => {
    const lines = splitFlatLines([
      { text: `${padding}3. ${third} 4.`, line: 1 },
      { text: '', line: 2 },
      { text: `5. ${fifth} The questions follow.`, line: 3 },
    ]).map((entry) => entry.text);
    expect(lines).toEqual([padding.trim(), '', `3. ${third}`, '', '4.', '', `5. ${fifth} The questions follow.`]);
  });

  it('cuts no date printed in figures (`17. 5. 2026`) nor a point cited at a page’s end (`… see point 4.`)', () => {
    const date = '3. The meeting of 17. 5. 2026 will discuss it.';
    const cited = '3. The dates are set out in point 4.';
    expect(texts(`${padding}${date}`)).toEqual([padding.trim(), '', date]);
    expect(texts(`${padding}${cited}`)).toEqual([padding.trim(), '', cited]);
  });
});

describe('splitFlatLines on an outcome whose subject names the meeting’s place before item 1, run into one line', () => {
  const header =
    'Council of the European Union Brussels, 14 May 2024 (OR. en) 9412/24 LIMITE COSI 80 OUTCOME OF PROCEEDINGS From: General Secretariat of the Council To: Delegations Subject:';
  const cases = [
    ['Outcome of the meeting of COSI held on 29 April 2024 in Brussels', 'Adoption of the agenda', 'The agenda was adopted as set out in CM 2210/24.'],
    [
      'Ergebnis der Sitzung des COSI am 3. und 4. März 2026 in Brüssel',
      'Annahme der Tagesordnung',
      'Die Tagesordnung wurde in der Fassung des Dokuments CM 1250/26 angenommen.',
    ],
    [
      'Samenvatting van de vergadering van het COSI op 29 april 2024 te Brussel',
      'Goedkeuring van de agenda',
      'De voorlopige agenda in document CM 2210/24 werd goedgekeurd.',
    ],
    [
      'Résultats de la réunion du COSI tenue le 29 avril 2024 à Bruxelles',
      "Adoption de l'ordre du jour",
      "L'ordre du jour a été adopté tel qu'il figure dans le document CM 2210/24.",
    ],
    [
      'Resultado de la reunión del COSI celebrada el 29 de abril de 2024 en Bruselas',
      'Aprobación del orden del día',
      'Se aprobó el orden del día que figura en el documento CM 2210/24.',
    ],
    ['Wynik posiedzenia COSI w dniu 29 kwietnia 2024 w Brukseli', 'Przyjęcie porządku obrad', 'Porządek obrad przyjęto w brzmieniu z dokumentu CM 2210/24.'],
  ];

  it.each(cases)('cuts item 1 from the subject (%s)', (subject, title, sentence) => {
    const line = `${header} ${subject} 1. ${title} ${sentence} 2. Information from the Presidency ${padding}`;
    expect(texts(line)).toEqual([`${header} ${subject}`, '', `1. ${title}`, '', sentence, '', '2. Information from the Presidency', '', padding.trim()]);
  });

  it('takes no figure a sentence counts after a year and a word for a first item (`… in 2024 totalling 1. The …`)', () => {
    const line = `${padding}The seizures in 2024 totalled 1. The rest is set out below.`;
    expect(texts(line)).toEqual([line]);
  });
});

describe('splitFlatLines on a questionnaire’s page run into one line', () => {
  // The annex of an older Presidency note (council-pdf-lo/older-note-questionnaire) in three versions: each numbered
  // question one piece, never cut into a title and a text at a capital inside it (`Has your` / `Member State …`,
  // `Hat Ihr Mitgliedstaat eine nationale` / `Behörde benannt …`, `… votre` / `État membre …`).
  const questions: Record<string, { opening: string; asked: string[] }> = {
    en: {
      opening: 'ANNEX QUESTIONNAIRE ON THE IMPLEMENTATION OF THE INTERNAL SECURITY STRATEGY Member State: ......................................',
      asked: [
        '1. Has your Member State designated a national authority to coordinate the implementation of the Internal Security Strategy? If so, which one?',
        '2. Which instruments does your Member State use to exchange information with the other Member States?',
        '3. How many joint operations has your Member State led or taken part in since 1 January 2010?',
        '4. What obstacles to operational cooperation has your Member State met, and how could COSI help to remove them?',
      ],
    },
    de: {
      opening: 'ANLAGE FRAGEBOGEN ZUR UMSETZUNG DER STRATEGIE DER INNEREN SICHERHEIT Mitgliedstaat: ......................................',
      asked: [
        '1. Hat Ihr Mitgliedstaat eine nationale Behörde benannt, die die Umsetzung der Strategie koordiniert? Wenn ja, welche?',
        '2. Welche Instrumente nutzt Ihr Mitgliedstaat für den Informationsaustausch mit den anderen Mitgliedstaaten?',
        '3. Wie viele gemeinsame Operationen hat Ihr Mitgliedstaat seit dem 1. Januar 2010 geleitet oder an wie vielen hat er teilgenommen?',
        '4. Welche Hindernisse für die operative Zusammenarbeit sind Ihrem Mitgliedstaat begegnet, und wie könnte der COSI helfen, sie zu beseitigen?',
      ],
    },
    fr: {
      opening: 'ANNEXE QUESTIONNAIRE SUR LA MISE EN ŒUVRE DE LA STRATÉGIE DE SÉCURITÉ INTÉRIEURE État membre: ......................................',
      asked: [
        '1. Votre État membre a-t-il désigné une autorité nationale chargée de coordonner la mise en œuvre de la stratégie? Dans l’affirmative, laquelle?',
        '2. Quels instruments votre État membre utilise-t-il pour échanger des informations avec les autres États membres?',
        '3. À combien d’opérations conjointes votre État membre a-t-il participé depuis le 1er janvier 2010?',
        '4. Quels obstacles à la coopération opérationnelle votre État membre a-t-il rencontrés, et comment le COSI pourrait-il contribuer à les éliminer?',
      ],
    },
  };

  it.each(Object.entries(questions))('keeps each question of the %s version whole, one piece apart from the others', (_language, { opening, asked }) => {
    const lines = texts(`${opening} ${asked.join(' ')} 5109/11 GS/np 2 ANNEX DG H 1C LIMITE EN`);
    expect(asked.filter((question) => !lines.some((line) => line.startsWith(question)))).toEqual([]);
  });
});

describe('splitFlatLines on draft Council conclusions run into one line', () => {
  // The annex of a Presidency note (`Delegations will find in the Annex the draft Council conclusions …`): recitals,
  // then operative paragraphs each opening with the Council's verb in capitals before its object, a name among them
  // (`INVITES COSI to …`, `ENCOURAGE Europol et le CEPOL à …`): each paragraph whole, no title cut before the name.
  const versions: Record<string, { opening: string; operative: string[] }> = {
    en: {
      opening:
        'ANNEX DRAFT COUNCIL CONCLUSIONS ON THE PROTECTION OF PUBLIC SPACES THE COUNCIL OF THE EUROPEAN UNION, RECALLING the EU Counter-Terrorism Agenda of 9 December 2020 (14286/20); STRESSING that public spaces must remain open and accessible, while being protected against terrorist and other violent attacks; HEREBY:',
      operative: [
        '1. CALLS ON Member States to share best practices on the protection of public spaces;',
        '2. ENCOURAGES Europol and CEPOL to develop training on the protection of public spaces;',
        '3. INVITES COSI to follow up these conclusions.',
      ],
    },
    fr: {
      opening:
        "ANNEXE PROJET DE CONCLUSIONS DU CONSEIL SUR LA PROTECTION DES ESPACES PUBLICS LE CONSEIL DE L'UNION EUROPÉENNE, RAPPELANT le programme de lutte antiterroriste de l'UE du 9 décembre 2020 (14286/20); SOULIGNANT que les espaces publics doivent rester ouverts et accessibles, tout en étant protégés contre les attentats terroristes; PAR LES PRÉSENTES:",
      operative: [
        '1. INVITE les États membres à partager leurs bonnes pratiques en matière de protection des espaces publics;',
        '2. ENCOURAGE Europol et le CEPOL à élaborer des formations sur la protection des espaces publics;',
        "3. INVITE Europol à faire rapport au COSI d'ici la fin de 2025.",
      ],
    },
  };

  it.each(Object.entries(versions))('keeps each operative paragraph of the %s version whole', (_language, { opening, operative }) => {
    const lines = texts(`${opening} ${operative.join(' ')} 10244/24 JV/ab 2 ANNEX JAI.1 LIMITE EN`);
    expect(operative.filter((paragraph) => !lines.some((line) => line.startsWith(paragraph)))).toEqual([]);
  });

  it('still cuts an item’s short title from the sentence under it (`3. AOB` / `COSI took note …`)', () => {
    const lines = texts(`${padding}1. Adoption of the agenda The agenda was adopted. 2. AOB COSI took note of the information from the Presidency.`);
    expect(lines).toContain('2. AOB');
    expect(lines).toContain('COSI took note of the information from the Presidency.');
  });
});

describe('splitFlatLines on an outcome’s bulleted sub-points run into one line with their sentences', () => {
  it.each([
    [
      'en',
      '5. Counter-terrorism:',
      [
        '• Draft Council conclusions on the strengthening of the ATLAS Network',
        'The Committee agreed on the draft Council conclusions as set out 12583/5/17 REV 5.',
      ],
      ['• CT information exchange and cooperation between law enforcement and intelligence agencies', 'Member States took note of the briefing by CTG.'],
    ],
    [
      'de',
      '5. Terrorismusbekämpfung:',
      [
        '• Entwurf von Schlussfolgerungen des Rates zur Stärkung des ATLAS-Verbunds',
        'Der Ausschuss einigte sich auf den Entwurf in der Fassung des Dokuments 12583/5/17 REV 5.',
      ],
      [
        '• Bedrohungsanalyse der EU im Bereich der Terrorismusbekämpfung: weiteres Vorgehen',
        'Das in Dokument 13414/1/17 REV 1 vorgeschlagene weitere Vorgehen wurde gebilligt.',
      ],
    ],
    [
      'it',
      '5. Lotta al terrorismo:',
      [
        '• Progetto di conclusioni del Consiglio sul rafforzamento della rete ATLAS',
        'Il comitato ha raggiunto un accordo sul progetto di conclusioni del Consiglio.',
      ],
      ['• Cooperazione con la commissione speciale sul terrorismo del Parlamento europeo (TERR)', 'Il comitato ha accolto con favore il resoconto.'],
    ],
  ])('sets each point’s heading on its line and its sentence a paragraph under it (%s)', (_language, title, [heading1, text1], [heading2, text2]) => {
    const lines = texts(`${padding}4. Any other business ${title} ${heading1} ${text1} ${heading2} ${text2}`);
    expect(lines.slice(lines.indexOf(title))).toEqual([title, heading1, '', text1, heading2, '', text2]);
  });

  it('leaves whole a point that is a sentence from its first word, and one opening in small letters', () => {
    const lines = texts(
      `${padding}4. Counter-terrorism: • The Committee agreed on the draft conclusions. • the outcome of the JHA Senior Officials meeting The Presidency informed delegations.`,
    );
    expect(lines).toContain('• The Committee agreed on the draft conclusions.');
    expect(lines).toContain('• the outcome of the JHA Senior Officials meeting The Presidency informed delegations.');
  });
});

describe('footnotesApart on a page whose last sentence the page break cut', () => {
  const page = (tail: string) => ({
    text: `The Presidency briefed delegations on 30 January 2026.^{1} COSI took note. Most delegations supported it, while one delegation (HU) ${tail}`,
    line: 1,
  });

  it('sets the footnote marked after the cut sentence’s last word on a line of its own, its call before it (`^{1}` or `^1`)', () => {
    const text = 'The Presidency briefed delegations on 30 January 2026.^{1} COSI took note. Most delegations supported it, while one delegation (HU)';
    expect(footnotesApart(page('^1 Also circulated as WK 2345/2026.')).map((entry) => entry.text)).toEqual([text, '', '^1 Also circulated as WK 2345/2026.']);
  });

  it('leaves a mark no call stands before, or one far from the line’s end, in the text', () => {
    const uncalled = { text: 'Most delegations supported it, while one delegation (HU) ^2 Also circulated as WK 2345/2026.', line: 1 };
    expect(footnotesApart(uncalled)).toEqual([uncalled]);
    const far = page(`^1 Also circulated. ${'The Committee approved the report. '.repeat(15)}`);
    expect(footnotesApart(far)).toEqual([far]);
  });
});
