import { describe, expect, it } from 'vitest';
import { isHyphenationBreak, joinWrappedLine, vocabularyOf } from '../../../../../scripts/ingest/parse/text/hyphenation.ts';

describe('isHyphenationBreak', () => {
  const words = vocabularyOf(['international cooperation between authorities', 'a public-private partnership']);

  it('tells a word hyphenation broke, written whole elsewhere in the document', () => {
    expect(isHyphenationBreak('strengthening international coopera-', 'tion between', words)).toBe(true);
  });

  it('keeps a compound the document writes with its hyphen, and the first part of a compound before a word', () => {
    expect(isHyphenationBreak('a public-', 'private partnership', words)).toBe(false);
    expect(isHyphenationBreak('confirming the importance of cross-', 'border work', words)).toBe(false);
  });

  it('tells a word in capitals hyphenation broke (`CONFIDEN-` / `TIAL`), not a compound in capitals or a word in capitals before a lower-case one', () => {
    const classified = vocabularyOf(['at the level CONFIDENTIEL UE/EU CONFIDENTIAL', 'the EU-US dialogue']);
    expect(isHyphenationBreak('Geheimhaltungsstufe CONFIDENTIEL UE/EU CONFIDEN-', 'TIAL erörtert', classified)).toBe(true);
    expect(isHyphenationBreak('the EU-', 'US dialogue', classified)).toBe(false);
    expect(isHyphenationBreak('Sicherheit-', 'TIAL erörtert', classified)).toBe(false);
  });

  it('joins a word the document spells nowhere else where what follows the cut is no word of it, in any language', () => {
    const subject = vocabularyOf([
      'Subject:                 Protection of the logistical hubs of the Union against drug traf-',
      '                         ficking - State of play of the measures',
    ]);
    expect(isHyphenationBreak('Protection of the logistical hubs of the Union against drug traf-', 'ficking - State of play', subject)).toBe(true);
    const french = vocabularyOf(['Objet: Lutte contre la criminalité organisée - rap-', 'port sur la mise en œuvre des mesures']);
    expect(isHyphenationBreak('Objet: Lutte contre la criminalité organisée - rap-', 'port sur la mise en œuvre', french)).toBe(true);
    const german = vocabularyOf(['Betreff: Bekämpfung der organisierten Kriminalität - Sach-', 'stand der Umsetzung der Maßnahmen']);
    expect(isHyphenationBreak('Betreff: Bekämpfung der organisierten Kriminalität - Sach-', 'stand der Umsetzung', german)).toBe(true);
  });

  it('keeps the hyphen of a compound whose second part is a word of the document, after an acronym or a compound’s first part', () => {
    const subject = vocabularyOf([
      'Subject: Counter-terrorism and the follow-',
      'up of the EU-',
      'wide cross-',
      'border action plan: the counter-',
      'terrorism coordinator on the next steps, with a follow up',
    ]);
    expect(isHyphenationBreak('Subject: Counter-terrorism and the follow-', 'up of the EU-', subject)).toBe(false);
    expect(isHyphenationBreak('up of the EU-', 'wide cross-', subject)).toBe(false);
    expect(isHyphenationBreak('wide cross-', 'border action plan', subject)).toBe(false);
    expect(isHyphenationBreak('border action plan: the counter-', 'terrorism coordinator', subject)).toBe(false);
    expect(isHyphenationBreak('Subject: Joint COSI-', 'SCIFA meeting', subject)).toBe(false);
  });

  it('tells a word hyphenation cut after a syllable that also opens compounds from such a compound, by the words on both sides, in English, French, Spanish, Italian, German and Portuguese', () => {
    const words = vocabularyOf(['the sub-group on terrorism met on the counter-terrorism agenda and the depth of the group']);
    const cuts: Array<[string, string, boolean]> = [
      // A word the document spells nowhere else, cut after `in`, `ex`, `sub`, `inter`, `pre`, `co`, `post`: hyphenation's.
      ['the exchange of in-', 'formation with Europol', true],
      ['at the ex-', 'ternal borders', true],
      ['invited the Presidency to sub-', 'mit them', true],
      ['action at inter-', 'national level', true],
      ['the pre-', 'vention of radicalisation', true],
      ['the co-', 'ordination of operations', true],
      ['the meeting was post-', 'poned', true],
      ['l’échange d’in-', 'formations avec Europol', true],
      ['aux frontières ex-', 'térieures', true],
      ['el intercambio de in-', 'formación con Europol', true],
      ['lo scambio di in-', 'formazioni con Europol', true],
      ['der Austausch von In-', 'formationen mit Europol', true],
      ['o intercâmbio de in-', 'formações com a Europol', true],
      // Its second part a word of the document, or the pair a known compound: the compound's hyphen.
      ['the meeting of the sub-', 'group on terrorism', false],
      ['on the counter-', 'terrorism agenda', false],
      ['an in-', 'depth analysis', false],
      ['the ex-', 'combatants', false],
      ['the mid-', 'term review', false],
      ['an ex-', 'ante evaluation', false],
      ['the pre-', 'trial detention', false],
      ['the meeting co-', 'chaired by Europol', false],
      ['an inter-', 'agency working group', false],
      // A head that is a word, or an acronym: the compound's hyphen however the document spells the rest.
      ['the cross-', 'cutting issues', false],
      ['la lutte anti-', 'terroriste', false],
      ['die EU-', 'weiten Maßnahmen', false],
    ];
    expect(cuts.filter(([before, after, broken]) => isHyphenationBreak(before, after, words) !== broken)).toEqual([]);
  });

  it('joins a word cut in a language that closes its compounds, though its second part is a word of the document, and keeps the language’s own compound hyphens (German, Dutch, Danish, Swedish, French, Polish versions)', () => {
    // Each version's text as the Council prints it: the lines before and after the cut, and the document's other words.
    const versions: Array<[string, string[], Array<[string, string, boolean]>]> = [
      [
        'de',
        [
          'Der Ausschuss für die operative Zusammen-',
          'arbeit im Bereich der inneren Sicherheit wird sich mit der Arbeit der Gruppe und der Sicherheits-',
          'lage befassen. Eine Aussprache über die deutsch-französischen Vorschläge und die EU-Politik wird nicht stattfinden; die Staaten werden zusammen-',
          'arbeiten und die Sicherheitslage prüfen.',
        ],
        [
          ['Der Ausschuss für die operative Zusammen-', 'arbeit im Bereich', true],
          ['die Staaten werden zusammen-', 'arbeiten und', true],
          ['der Arbeit der Gruppe und der Sicherheits-', 'lage befassen', true],
          ['über die deutsch-', 'französischen Vorschläge', false],
          ['und die EU-', 'Politik wird', false],
          ['die EU-', 'weiten Maßnahmen', false],
        ],
      ],
      [
        'nl',
        [
          'Het Comité bespreekt de samen-',
          'werking tussen de politie-',
          'eenheden van de lidstaten en de werking van het netwerk voor rechts-',
          'handhaving. Er wordt ook niet gesproken over de bijdrage van de lidstaten naar het verslag bij de Raad.',
        ],
        [
          ['Het Comité bespreekt de samen-', 'werking tussen', true],
          ['werking tussen de politie-', 'eenheden van de lidstaten', false],
          ['het netwerk voor rechts-', 'handhaving.', true],
          ['de EU-', 'lidstaten', false],
        ],
      ],
      [
        'da',
        [
          'Udvalget drøftede det operationelle politi-',
          'samarbejde og det retlige samarbejde, som ikke skal ændres, samt bidrag fra EU-',
          'landene til denne rapport.',
        ],
        [
          ['Udvalget drøftede det operationelle politi-', 'samarbejde og', true],
          ['samt bidrag fra EU-', 'landene til', false],
        ],
      ],
      [
        'sv',
        [
          'Kommittén diskuterade det operativa polis-',
          'samarbetet och samarbetet för att inte försvaga brotts-',
          'bekämpningen, samt bidrag från EU-',
          'länderna till denna rapport av ordförandeskapet.',
        ],
        [
          ['Kommittén diskuterade det operativa polis-', 'samarbetet och', true],
          ['för att inte försvaga brotts-', 'bekämpningen, samt', true],
          ['samt bidrag från EU-', 'länderna till', false],
        ],
      ],
      [
        'fr',
        [
          'Le Comité a examiné la coopé-',
          'ration avec les pays des régions sud-',
          'orientales et le rap-',
          'port pour la réunion, dans une note sur les travaux aux frontières, avec le vice-président. Il a été informé.',
        ],
        [
          ['Le Comité a examiné la coopé-', 'ration avec les pays', true],
          ['avec les pays des régions sud-', 'orientales et le rap-', false],
          ['orientales et le rap-', 'port pour la réunion', true],
        ],
      ],
      [
        'pl',
        [
          'Komitet omówił współ-',
          'pracę oraz pracę operacyjną, która jest prowadzona przez państwa członkowskie dla bezpie-',
          'czeństwa, a także sytuację społeczno-',
          'gospodarczą, która została przedstawiona jako gospodarczą w tym sprawozdaniu.',
        ],
        [
          ['Komitet omówił współ-', 'pracę oraz', true],
          ['przez państwa członkowskie dla bezpie-', 'czeństwa, a także', true],
          ['a także sytuację społeczno-', 'gospodarczą, która', false],
        ],
      ],
    ];
    for (const [language, text, cuts] of versions) {
      const words = vocabularyOf(text);
      const wrong = cuts.filter(([before, after, broken]) => isHyphenationBreak(before, after, words) !== broken);
      expect({ language, wrong }).toEqual({ language, wrong: [] });
    }
  });

  it('keeps the hyphen of two adjectives side by side the document prints nowhere else, and drops a line’s hyphen the next line repeats (German, Dutch, Danish, Swedish, Polish, Czech)', () => {
    // Each version's words as the Council prints them, and its cuts: the two adjectives' hyphen stays, a closed compound's goes.
    const versions: Array<[string, string, Array<[string, string, boolean]>]> = [
      [
        'de',
        'Der Ausschuss wird sich mit der Lage und den Vorschlägen für eine Aussprache zur Arbeit befassen, die nicht stattfindet.',
        [
          ['über die deutsch-', 'französischen Vorschläge', false],
          ['eine politisch-', 'strategische Analyse', false],
          ['der wirtschaftlich-', 'technischen Risiken', false],
          ['mit den deutsch-', 'sprachigen Behörden', true],
        ],
      ],
      [
        'nl',
        'Het Comité bespreekt de werking van het netwerk, dat ook niet wordt gewijzigd, naar het verslag bij de Raad.',
        [['de juridisch-', 'technische werkgroep', false]],
      ],
      [
        'da',
        'Udvalget drøftede det retlige samarbejde, som ikke skal ændres, samt bidrag fra landene til denne rapport.',
        [
          ['det dansk-', 'tyske møde', false],
          ['om dansk-', 'sprogede borgere', true],
        ],
      ],
      [
        'sv',
        'Kommittén diskuterade samarbetet för att inte försvaga det, samt bidrag från länderna till denna rapport av ordförandeskapet.',
        [['det svensk-', 'finska mötet', false]],
      ],
      [
        'pl',
        'Komitet omówił pracę, która jest prowadzona przez państwa dla bezpieczeństwa, a także sytuację, która została przedstawiona jako ważna w tym sprawozdaniu.',
        [
          ['spotkania polsko-', 'niemieckiego na temat', false],
          ['spotkania polsko-', '-niemieckiego na temat', true],
          ['przez długo-', 'terminowy plan', true],
        ],
      ],
      [
        'cs',
        'Výbor se zabýval prací, které jsou také podle plánu pro tuto skupinu jako podklad mezi jednáními této skupiny.',
        [
          ['setkání česko-', 'německého o', false],
          ['setkání česko-', '-německého o', true],
          ['o operativní spolu-', 'práci, které', true],
        ],
      ],
    ];
    for (const [language, text, cuts] of versions) {
      const words = vocabularyOf([text]);
      const wrong = cuts.filter(([before, after, broken]) => isHyphenationBreak(before, after, words) !== broken);
      expect({ language, wrong }).toEqual({ language, wrong: [] });
    }
    expect(joinWrappedLine('^1 Sprawozdanie ze spotkania polsko-', '-niemieckiego.', new Set())).toBe('^1 Sprawozdanie ze spotkania polsko-niemieckiego.');
  });

  it('counts a second part as a word of the document only where the document prints it in lower case', () => {
    // Too few words to tell the language: the evidence is the word as printed (`Arbeit`, a noun, is no `arbeit`).
    const short = vocabularyOf(['Betreff: Zusammen-', 'arbeit der Gruppe; Arbeit']);
    expect(isHyphenationBreak('Betreff: Zusammen-', 'arbeit der Gruppe', short)).toBe(true);
    const english = vocabularyOf(['the work on counter-', 'terrorism and on terrorism']);
    expect(isHyphenationBreak('the work on counter-', 'terrorism and', english)).toBe(false);
  });

  it('keeps the hyphen at the end of a line hyphenation did not fill', () => {
    expect(isHyphenationBreak('Protection of the logistical hubs against drug traf-', 'ficking', new Set(), false)).toBe(false);
  });
});

describe('vocabularyOf', () => {
  it('counts no first word of a page, under a footer whose last line ends in its language, as a word of the document (the rest of a word cut at the page above)', () => {
    const layout = [
      'cooperation with the Maritime Analysis and Opera-',
      '',
      '6543/25          EB/dk          3',
      '                 JAI.1          EN',
      '',
      'tions Centre (Narcotics)',
    ];
    const viewer = ['la coopération avec les associa-', '6543/25 EB/dk 3', 'JAI.1 LIMITE FR', 'tions de la société civile'];
    const plain = ['die Zusammenarbeit der Vereini-', '6543/25', 'JAI.1', 'EB/dk', '3', 'DE', 'gungen der Zivilgesellschaft'];
    expect(vocabularyOf(layout).has('tions')).toBe(false);
    expect(vocabularyOf(viewer).has('tions')).toBe(false);
    expect(vocabularyOf(plain).has('gungen')).toBe(false);
    // A sentence's line ending in a language's code is no footer: the word under it is one of the document.
    expect(vocabularyOf(['The text is available in EN', 'tions are words here']).has('tions')).toBe(true);
  });

  it('counts no rest of a word cut at the line above as a word of the document', () => {
    expect([...vocabularyOf(['against drug traf-', '  ficking - State of play', 'of the op -', 'erators'])].sort()).toEqual(
      ['against', 'drug', 'of', 'op', 'play', 'state', 'the', 'traf'].sort(),
    );
    expect(vocabularyOf(['the follow-up of the EU-wide\nplan against traf-\nficking']).has('ficking')).toBe(false);
  });

  it('counts no rest of a word cut in a table’s column as a word, where `-layout` prints the next column’s text after the cut (English, French, German)', () => {
    const layout = (cut: string, gap: string, rest: string) => [
      `4. Assess the use of encrypted ${cut}${gap}Commission        Q3 2025         The Commission set up a high-level group on access to data for`,
      `${rest} by criminal networks and the                                         effective law enforcement, which presented 42 recommenda-`,
      'tools available to law enforcement                                            tions in May 2024.',
    ];
    const cuts: Array<[string, string]> = [
      ['commu-', 'nication'],
      ['communica-', 'tions'],
      ['Kommu-', 'nikation'],
    ];
    for (const [cut, rest] of cuts) {
      for (const gap of ['        ', ' ']) {
        const words = vocabularyOf(layout(cut, gap, rest));
        expect([rest, 'tions'].filter((word) => words.has(word))).toEqual([]);
        expect(['criminal', 'networks', 'law', 'enforcement', 'may'].filter((word) => !words.has(word))).toEqual([]);
      }
    }
  });
});

describe('joinWrappedLine', () => {
  const words = vocabularyOf(['the implementation of the Directive by terminal operators', 'a public-private partnership']);

  it('joins a word hyphenation cut whole where the document spells it whole, the hyphen glued or after the space of a justified line', () => {
    expect(joinWrappedLine('^1 On the imple-', 'mentation of the Directive.', words)).toBe('^1 On the implementation of the Directive.');
    expect(joinWrappedLine('^2 The staff of terminal op -', '  erators, whose number grew.', words)).toBe(
      '^2 The staff of terminal operators, whose number grew.',
    );
  });

  it('keeps a compound’s hyphen, joins a word the document never spells whole, and other lines with one space', () => {
    expect(joinWrappedLine('^1 A public-', 'private partnership.', words)).toBe('^1 A public-private partnership.');
    expect(joinWrappedLine('^10 The priorities are high-risk criminal networks, cyber-', 'attacks, fraud.', vocabularyOf(['cyber-attacks']))).toBe(
      '^10 The priorities are high-risk criminal networks, cyber-attacks, fraud.',
    );
    expect(joinWrappedLine('^1 A cross-', 'border team.', words)).toBe('^1 A cross-border team.');
    expect(joinWrappedLine('^1 Die Grenz-', 'und Küstenwache.', words)).toBe('^1 Die Grenz- und Küstenwache.');
    expect(joinWrappedLine('^1 The programme on transna -', 'tional crime.', words)).toBe('^1 The programme on transnational crime.');
    expect(joinWrappedLine('^1 Doc. 8123/25,', '  distributed on 14 April.', words)).toBe('^1 Doc. 8123/25, distributed on 14 April.');
  });

  it('joins a German footnote’s cut word though its second part is a word, and keeps a Dutch footnote’s compound hyphen', () => {
    const german = vocabularyOf(['Der Ausschuss für die Arbeit der Gruppe wird sich mit einer Aussprache und nicht zur Lage befassen.']);
    expect(joinWrappedLine('^1 Bericht über die operative Zusammen-', 'arbeit der Gruppe.', german)).toBe(
      '^1 Bericht über die operative Zusammenarbeit der Gruppe.',
    );
    const dutch = vocabularyOf(['Het Comité bespreekt de werking van het netwerk, dat ook niet wordt gewijzigd, naar het verslag bij de Raad.']);
    expect(joinWrappedLine('^2 Verslag over de samen-', 'werking van de politie-', dutch)).toBe('^2 Verslag over de samenwerking van de politie-');
    expect(joinWrappedLine('^2 Verslag over de politie-', 'eenheden van de lidstaten.', dutch)).toBe('^2 Verslag over de politie-eenheden van de lidstaten.');
  });

  it('joins an address wrapped at its line’s end without a space, its own hyphens kept (English, French, German footnotes)', () => {
    const cases = [
      [
        '^12 https://www.europol.europa.eu/publication-events/main-reports/',
        '     decoding-eus-most-threatening-criminal-networks',
        'main-reports/decoding-eus',
      ],
      ['^21 https://www.europol.europa.eu/publications/other-side-of-coin-analysis-of-financial-and-', 'economic-crime', 'financial-and-economic-crime'],
      ['^14 Voir https://www.europol.europa.eu/publications/leveraging-legitimacy-how-eu', '%E2%80%99s-most-threatening', 'how-eu%E2%80%99s-most'],
      ['^3 Siehe www.consilium.europa.eu/de/press/press-releases/2024/05/30/', 'anti-money-laundering/.', '2024/05/30/anti-money-laundering/.'],
    ];
    for (const [text, below, joined] of cases) expect(joinWrappedLine(text ?? '', below ?? '', words)).toContain(joined);
    expect(joinWrappedLine('^12 https://www.europol.europa.eu/decoding-eus-most-threatening-criminal-net-', 'works', vocabularyOf(['criminal networks']))).toBe(
      '^12 https://www.europol.europa.eu/decoding-eus-most-threatening-criminal-networks',
    );
  });

  it('joins the line after an address that ends whole with one space', () => {
    expect(joinWrappedLine('^1 See https://www.europol.europa.eu/iocta', 'for the report.', words)).toBe(
      '^1 See https://www.europol.europa.eu/iocta for the report.',
    );
  });
});
