import { describe, expect, it } from 'vitest';
import { flatVocabulary, joinFlatHyphens } from '../../../../../scripts/ingest/parse/text/flat-hyphens.ts';
import { vocabularyOf } from '../../../../../scripts/ingest/parse/text/hyphenation.ts';

/** A page's text and the rest of its document (what tells a word hyphenation cut from a compound). */
const joined = (page: string, elsewhere: string) => joinFlatHyphens(page, () => vocabularyOf([page, elsewhere]));

describe('joinFlatHyphens', () => {
  it('makes whole a word hyphenation cut at a former line end where the document spells it whole, in any language', () => {
    expect(joined('5. Implementation of the Pact – presentation by the Com- mission', 'The Commission presented it.')).toBe(
      '5. Implementation of the Pact – presentation by the Commission',
    );
    expect(joined('6. Implementation of the Dir-       ective on information exchange', 'The Directive applies.')).toBe(
      '6. Implementation of the Directive on information exchange',
    );
    expect(joined('3. Die Mitgliedstaaten berichteten über die Zusammen- arbeit.', 'Die Zusammenarbeit wurde vertieft.')).toBe(
      '3. Die Mitgliedstaaten berichteten über die Zusammenarbeit.',
    );
    expect(joined('Footnote: https://www.euro- pol.europa.eu', 'Europol reported.')).toBe('Footnote: https://www.europol.europa.eu');
    expect(joined('the Law Enforcement Work - ing Party', 'The Working Party met.')).toBe('the Law Enforcement Working Party');
  });

  it('makes whole a word cut in a German, Dutch or Danish page, its second part a word of the document, and keeps a Dutch or French compound’s hyphen', () => {
    const german = 'Der Ausschuss für die operative Zusammenarbeit wird sich mit der Arbeit und der Lage befassen, eine Aussprache wird nicht stattfinden.';
    expect(joined('3. Die Mitgliedstaaten werden enger zusammen- arbeiten und die Sicherheits- lage prüfen.', `${german} Sie arbeiten weiter.`)).toBe(
      '3. Die Mitgliedstaaten werden enger zusammenarbeiten und die Sicherheitslage prüfen.',
    );
    const dutch = 'Het Comité bespreekt de werking van het netwerk, dat ook niet wordt gewijzigd, naar het verslag bij de Raad.';
    expect(joined('2. De samen- werking tussen de politie- eenheden van de lidstaten.', dutch)).toBe(
      '2. De samenwerking tussen de politie-eenheden van de lidstaten.',
    );
    const danish = 'Udvalget drøftede det retlige samarbejde, som ikke skal ændres, samt bidrag fra landene til denne rapport.';
    expect(joined('4. Det operationelle politi- samarbejde blev drøftet.', danish)).toBe('4. Det operationelle politisamarbejde blev drøftet.');
    const french = 'Le Comité a examiné les travaux pour la réunion, dans une note sur les frontières aux pays avec le président. Il a été informé.';
    expect(joined('1. Les frontières méridionales, sud- orientales et orientales.', french)).toBe(
      '1. Les frontières méridionales, sud-orientales et orientales.',
    );
  });

  it('keeps once a compound’s hyphen the next line repeated, and two adjectives’ hyphen in a German or Polish page', () => {
    const polish = 'Komitet omówił pracę, która jest prowadzona przez państwa dla bezpieczeństwa, a także sytuację jako ważną w tym sprawozdaniu.';
    expect(joined('1. Wyniki spotkania polsko- -niemieckiego oraz czesko- słowackiego na temat współ- pracy.', polish)).toBe(
      '1. Wyniki spotkania polsko-niemieckiego oraz czesko-słowackiego na temat współpracy.',
    );
    const german = 'Der Ausschuss für die operative Zusammenarbeit wird sich mit der Lage befassen, eine Aussprache wird nicht stattfinden.';
    expect(joined('2. Die deutsch- französische Tagung mit den deutsch- sprachigen Behörden.', german)).toBe(
      '2. Die deutsch-französische Tagung mit den deutschsprachigen Behörden.',
    );
  });

  it('puts back a Dutch word’s diaeresis hyphenation dropped at its cut, and makes whole a Finnish word before a word of the document', () => {
    const dutch = 'Het verslag wordt naar de Raad gestuurd en blijft niet bij de werkgroep; het is ook voor de lidstaten.';
    expect(joined('1. De werkgroep wil haar werk be- eindigen, met financi- ele steun voor de politie- eenheden.', dutch)).toBe(
      '1. De werkgroep wil haar werk beëindigen, met financiële steun voor de politie-eenheden.',
    );
    const finnish = 'Kokouksessa, jossa käsiteltiin myös muita asioita, jotka ovat tärkeitä, sekä Europol, joka on kanssa.';
    expect(joined('1. Kokous käsitteli sisä- asioita ja maa- alueen turvallisuutta.', finnish)).toBe(
      '1. Kokous käsitteli sisäasioita ja maa-alueen turvallisuutta.',
    );
  });

  it('keeps the hyphen of a compound the document spells with it, and of an acronym’s compound before a capital', () => {
    expect(joined('Organised Crime 2021-2025: mid- term assessment', 'The mid-term review.')).toBe('Organised Crime 2021-2025: mid-term assessment');
    expect(joined('Vorstellung durch den EU- Koordinator für die Terrorismusbekämpfung', '')).toBe(
      'Vorstellung durch den EU-Koordinator für die Terrorismusbekämpfung',
    );
  });

  it('leaves an acronym’s hyphen as printed before a capitalised word the document prints in small letters elsewhere: a cell’s cut compound before the next cell’s first word', () => {
    // The Danish 14440/14's row 4 as plain pdftotext prints it: its priority cell `Punktafgiftssvig og MTIC-` / `svig`,
    // the objective cell's first line after it on the same line, its sentence opening with `At`, as each objective does.
    const row = '4. Punktafgiftssvig og MTIC- At svække kapaciteten hos OCG’er og specialister, der er svig involveret i punktafgiftssvig og MTIC-svig.';
    expect(joined(row, 'At mindske produktionen af syntetiske stoffer i EU og at optrevle de OCG’er.')).toBe(row);
    expect(joined('Vorstellung durch den EU- Koordinator', 'Der EU-Koordinator und der Koordinator berichteten.')).toBe('Vorstellung durch den EU-Koordinator');
    expect(joined('the EU- Member States', 'the member states and the EU-Member States')).toBe('the EU-Member States');
  });

  it('leaves as printed what the document does not tell: a word it spells neither way, a dash, a suspended compound', () => {
    const page = 'the EU Counter-Terrorism Coordin- ator – exchange of views on pre- and post-trial detention; Europol - presentation';
    expect(joined(page, 'Nothing else.')).toBe(page);
  });
});

describe('joinFlatHyphens on a -layout table’s rows run into one line', () => {
  const gap = ' '.repeat(30);
  const flat = (page: string) => joinFlatHyphens(page, () => flatVocabulary([page]));

  it('leaves as printed a cell’s word cut before the next row line’s first cell, its rest in its column further on (English, German, French)', () => {
    const en = `${gap}effective law enforcement, which presented 42 recommenda- tools available to law enforcement${gap}tions in May 2024.`;
    expect(flat(en)).toBe(en);
    const de = `${gap}Die Kommission legte 42 Empfeh- Instrumente der Strafverfolgung${gap}lungen im Mai 2024 vor.`;
    expect(flat(de)).toBe(de);
    const fr = `${gap}le groupe a présenté 42 recomman- outils des services répressifs${gap}dations en mai 2024.`;
    expect(flat(fr)).toBe(fr);
  });

  it('still makes whole a word cut in a paragraph, however far a title’s gap or a justified line’s spaces stand from it', () => {
    expect(flat(`1.${gap}Encryption The Committee held an ensuing internal consulta- tion, the Commission will report in 2022. 2.${gap}AOB`)).toBe(
      `1.${gap}Encryption The Committee held an ensuing internal consultation, the Commission will report in 2022. 2.${gap}AOB`,
    );
    expect(flat(`Die   Delegationen   begrüßten   die   Bewer- tung   und   unterstützten   einen   neuen   Plan.`)).toBe(
      'Die   Delegationen   begrüßten   die   Bewertung   und   unterstützten   einen   neuen   Plan.',
    );
  });
});

describe('joinFlatHyphens with flatVocabulary: words the document spells nowhere else', () => {
  const flat = (page: string, elsewhere: string) => joinFlatHyphens(page, () => flatVocabulary([page, elsewhere]));

  it.each([
    ['en', 'access to the sensit- ive areas of a port', 'access to the sensitive areas of a port'],
    ['en layout', 'background checks rather than only on recruit-                    ment;', 'background checks rather than only on recruitment;'],
    ['fr', 'la présidence estime que les instruments exis- tants suffisent', 'la présidence estime que les instruments existants suffisent'],
    ['de', 'auf die innere Sicher- heit der Union', 'auf die innere Sicherheit der Union'],
  ])('makes whole a word cut after a hyphen glued to it, its rest no word of the document (%s)', (_language, page, whole) => {
    expect(flat(page, 'The Committee met.')).toBe(whole);
  });

  it('makes whole a compound’s last part cut after the compound’s own hyphen (English, German, French, Spanish)', () => {
    expect(flat('high-risk criminal networks, cyber-at- tacks, human trafficking', 'Nothing else.')).toBe(
      'high-risk criminal networks, cyber-attacks, human trafficking',
    );
    expect(flat('im Rahmen des EU-Po-      litikzyklus 2022-2025', 'Nichts weiter.')).toBe('im Rahmen des EU-Politikzyklus 2022-2025');
    expect(flat('le procès-ver- bal de la réunion', 'Le procès-verbal est approuvé.')).toBe('le procès-verbal de la réunion');
    expect(flat('la cooperación policial franco-es- pañola', 'Nada más.')).toBe('la cooperación policial franco-española');
    // after a figure's hyphen the word stands alone, as before: `2024-at- tacks` is no compound the page cut
    expect(flat('the period 2024-at- tacks', 'Nothing else.')).toBe('the period 2024-at- tacks');
  });

  it('keeps a suspended hyphen as printed, in any language', () => {
    for (const page of [
      'pre- and post-trial measures',
      'short- to medium-term goals',
      'cross- or intra-border',
      'les contrôles pré- et post-',
      'anti- i kontraterorizam',
      'EU- und nationale Ebene',
    ]) {
      expect(flat(page, 'The Committee met and agreed on border checks wide apart.')).toBe(page);
    }
  });

  it.each([
    ['the cross- border cooperation', 'the cross-border cooperation'],
    ['an EU- wide approach', 'an EU-wide approach'],
    ['Organised Crime 2021-2025: mid- term assessment', 'Organised Crime 2021-2025: mid-term assessment'],
    ['the follow- up to the conclusions', 'the follow-up to the conclusions'],
    ['la lutte anti- terroriste', 'la lutte anti-terroriste'],
  ])('joins a compound’s first part to its rest the line’s end cut it from, the document spelling neither (%s)', (page, whole) => {
    expect(flat(page, 'The Committee met and agreed on border checks wide apart, the term and the way up.')).toBe(whole);
  });

  it('counts no rest of a cut word among the document’s words', () => {
    expect(flatVocabulary(['the sensit- ive areas', 'recruit-      ment'])).toEqual(new Set(['the', 'sensit', 'areas', 'recruit']));
  });

  it('joins an address a former line end cut at a hyphen, a slash or before an escaped character, without the space', () => {
    const elsewhere = 'Europol decoded the networks.';
    expect(joined('16 https://www.europol.europa.eu/main-reports/decoding-eus-most-threatening-criminal-net- works 17 …', elsewhere)).toBe(
      '16 https://www.europol.europa.eu/main-reports/decoding-eus-most-threatening-criminal-networks 17 …',
    );
    expect(joined('https://www.europol.europa.eu/other-side-of-coin-analysis-of-financial-and-      economic-crime', elsewhere)).toBe(
      'https://www.europol.europa.eu/other-side-of-coin-analysis-of-financial-and-economic-crime',
    );
    expect(joined('https://www.europol.europa.eu/publication-events/main-reports/ decoding-eus-most-threatening-criminal-networks', elsewhere)).toBe(
      'https://www.europol.europa.eu/publication-events/main-reports/decoding-eus-most-threatening-criminal-networks',
    );
    expect(joined('https://www.eulisa.europa.eu/Publications/Information%20Material/JHAAN%20Final%20report %202023.pdf', elsewhere)).toBe(
      'https://www.eulisa.europa.eu/Publications/Information%20Material/JHAAN%20Final%20report%202023.pdf',
    );
  });

  it('leaves an address apart from another address, a word or a footnote’s number after it', () => {
    for (const text of [
      'https://www.consilium.europa.eu/en/policies/counter-terrorism-coordinator/ https://www.europol.europa.eu/te-sat',
      'See https://www.consilium.europa.eu/en/ for the details.',
      'https://www.europol.europa.eu/iocta-2024 25 Doc. 1234/25.',
    ]) {
      expect(joined(text, '')).toBe(text);
    }
  });
});
