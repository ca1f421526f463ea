import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { parseSections } from '../../../../../scripts/ingest/parse/items/sections.ts';
import { splitDocument } from '../../../../../scripts/ingest/parse/split.ts';

const sectionsOf = (text: string) => parseSections(normalise(text));
const seedSections = (name: string) => parseSections(splitDocument(normalise(readFileSync(`content/sources/${name}`, 'utf8'))).body);

describe('parseSections', () => {
  it('keeps each heading’s number as printed before its title: `2.1.` with its dot, `2.1` without, a Roman numeral with its dot or bracket or none', () => {
    const text =
      '1. Summary\n\nThe report covers a year.\n\n2.1. Completion of the cycle\n\nCOSI took note.\n\n2.2 The new cycle\n\nCOSI took note.\n\nII) Annexes\n\nThe annexes follow.\n\nIII Outlook\n\nCOSI will report.\n';
    expect(sectionsOf(text).map((section) => [section.number, section.printedNumber])).toEqual([
      ['1', '1.'],
      ['2.1', '2.1.'],
      ['2.2', '2.2'],
      ['II', 'II)'],
      ['III', 'III'],
    ]);
  });

  it('reads a numbered paragraph that a partially declassified version prints as DELETED as a paragraph, not a heading', () => {
    const sections = sectionsOf('1. The Working Party discussed the threat.\n\n2. DELETED\n\n3. The Presidency considers that COSI should act.\n');
    expect(sections.map((section) => [section.number, section.title])).toEqual([[null, null]]);
  });

  it('keeps the table of contents of seed 001 in the untitled first section', () => {
    const sections = seedSections('001_a69fd2a43e7584cc.txt');
    expect(sections).toHaveLength(30);
    expect(sections[0]).toMatchObject({ number: null, title: null });
    expect(sections[0]?.lines.map((entry) => entry.text)).toContain('Table of Contents');
    expect(sections[0]?.lines.map((entry) => entry.text)).toContain('3.10\tCybercrime\t16');
    expect(sections.slice(1, 4).map((section) => [section.number, section.title])).toEqual([
      ['1', 'EXECUTIVE SUMMARY'],
      ['2', 'HORIZONTAL MATTERS CONCERNING INTERNAL SECURITY'],
      ['2.1', 'Future of internal security'],
    ]);
  });

  it('keeps a table of contents a viewer copies under the report’s title with no blank line as text, its page numbers one space after the titles (English, French, German, Polish, Italian)', () => {
    const report = (title: string, contents: string, [first, second, sub]: readonly string[]) =>
      `Report to the European Parliament and national parliaments on the proceedings of the\n${title}\n${contents}\n1. ${first} 4\n2. ${second}..... 6\n2.1 ${sub} 6\n1. ${first}\nCOSI met eleven times in the period covered.\n2. ${second}\n2.1 ${sub}\nCOSI held a strategic debate.\n`;
    const versions: Array<[string, string, string[]]> = [
      ['period from July 2023 to December 2024', 'Table of Contents', ['EXECUTIVE SUMMARY', 'HORIZONTAL MATTERS', 'Future of internal security']],
      ['période de juillet 2023 à décembre 2024', 'Table des matières', ['RÉSUMÉ', 'QUESTIONS HORIZONTALES', 'Avenir de la sécurité intérieure']],
      ['Zeitraum von Juli 2023 bis Dezember 2024', 'Inhalt', ['ZUSAMMENFASSUNG', 'HORIZONTALE FRAGEN', 'Zukunft der inneren Sicherheit']],
      ['okres od lipca 2023 r. do grudnia 2024 r.', 'Spis treści', ['STRESZCZENIE', 'KWESTIE HORYZONTALNE', 'Przyszłość bezpieczeństwa wewnętrznego']],
      ['periodo compreso tra luglio 2023 e dicembre 2024', 'Indice', ['SINTESI', 'QUESTIONI ORIZZONTALI', 'Futuro della sicurezza interna']],
    ];
    for (const [title, contents, headings] of versions) {
      const sections = sectionsOf(report(title, contents, headings));
      expect(sections.map((section) => [section.number, section.title])).toEqual([
        [null, null],
        ['1', headings[0]],
        ['2', headings[1]],
        ['2.1', headings[2]],
      ]);
      expect(sections[0]?.lines.map((entry) => entry.text)).toContain(contents);
    }
  });

  it('reads the Markdown headings of seed 003 and not its bold paragraph', () => {
    expect(seedSections('003_4dba75d703f3f065.txt').map((section) => section.title)).toEqual([
      null,
      'Presidency report',
      'Areas which gathered general support',
      'Key areas that require further discussion',
    ]);
  });

  it('reads Roman-numbered headings, alone or with their title', () => {
    const sections = sectionsOf('III\n\nINTERNAL SECURITY\n\nText.\n\nIV. EXTERNAL SECURITY\n\nMore text.');
    expect(sections.map((section) => [section.number, section.title])).toEqual([
      ['III', 'INTERNAL SECURITY'],
      ['IV', 'EXTERNAL SECURITY'],
    ]);
  });

  it('starts a section at each annex of a report, its heading alone on its line', () => {
    const text = [
      '1. Findings',
      '',
      'The plans were implemented.',
      '',
      'ANNEX I',
      '',
      'List of plans',
      '',
      '**ANNEX II**',
      '',
      'Figures',
      '',
      'The ANNEX is attached.',
    ].join('\n');
    expect(sectionsOf(text).map((section) => [section.number, section.title, section.lines.map((entry) => entry.text).filter((line) => line !== '')])).toEqual([
      ['1', 'Findings', ['The plans were implemented.']],
      [null, 'ANNEX I', ['List of plans']],
      [null, 'ANNEX II', ['Figures', 'The ANNEX is attached.']],
    ]);
  });

  it('reads a numbered line holding a sentence’s end before more text as a paragraph, not a heading (a paragraph and a withheld passage run into one line)', () => {
    const lines = [
      '4. Member States have reported that [...] and that the joint action days gave good results (9876/25 + ADD 1). DELETED',
      '4. Die Mitgliedstaaten berichteten, dass die gemeinsamen Aktionstage gute Ergebnisse erbracht haben. [...]',
      '4. Les États membres ont indiqué que les journées d’action communes ont donné de bons résultats. SUPPRIMÉ',
    ];
    for (const line of lines) {
      const sections = sectionsOf(`3. The Presidency has consulted Europol.\n\n${line}\n\n5. COSI is invited to take note.\n`);
      expect(sections.map((section) => [section.number, section.title])).toEqual([[null, null]]);
    }
  });

  it('still reads a heading whose title holds an abbreviation (`cf. Annex I`, `U.S. Cooperation`)', () => {
    const sections = sectionsOf('1. Western Balkans (cf. Annex I)\n\nThe text.\n\n2. U.S. Cooperation\n\nThe text.\n');
    expect(sections.map((section) => [section.number, section.title])).toEqual([
      ['1', 'Western Balkans (cf. Annex I)'],
      ['2', 'U.S. Cooperation'],
    ]);
  });

  it('keeps a numbered paragraph as text', () => {
    expect(sectionsOf('1. The Committee reached agreement on the draft conclusions.').map((section) => section.number)).toEqual([null]);
  });
  it.each([
    [
      'en',
      [
        '1. STRESSES the importance of cooperation;',
        '2. CALLS ON the Member States to use Europol;',
        '3. UNDERLINES that',
        '(a) ports are an entry point;',
        '(b) networks infiltrate logistics.',
      ],
    ],
    [
      'fr',
      [
        '1. SOULIGNE l’importance de la coopération;',
        '2. INVITE les États membres à recourir à Europol;',
        '3. SOULIGNE que',
        'a) les ports sont un point d’entrée;',
        'b) les réseaux infiltrent la logistique.',
      ],
    ],
    [
      'de',
      [
        '1. BETONT die Bedeutung der Zusammenarbeit;',
        '2. FORDERT die Mitgliedstaaten AUF, Europol zu nutzen;',
        '3. UNTERSTREICHT Folgendes',
        'a) Häfen sind ein Einfallstor;',
        'b) Netzwerke unterwandern die Logistik.',
      ],
    ],
    [
      'pl',
      [
        '1. PODKREŚLA znaczenie współpracy;',
        '2. WZYWA państwa członkowskie do korzystania z Europolu;',
        '3. ZAZNACZA, że',
        'a) porty są punktem wejścia;',
        'b) siatki przestępcze przenikają do logistyki.',
      ],
    ],
  ])('keeps the third numbered paragraph of draft conclusions (%s) a paragraph where it leads in to its points', (_language, lines) => {
    const sections = sectionsOf(['ANNEX', '', ...lines.flatMap((line) => [line, ''])].join('\n'));
    expect(sections.map((section) => [section.number, section.title])).toEqual([[null, 'ANNEX']]);
    expect(sections[0]?.lines.filter((entry) => entry.text !== '').map((entry) => entry.text)).toEqual(lines);
  });

  it.each([
    [
      'en',
      'Delegations are invited to reply to the following questions:',
      ['1. How can COSI better steer the action plans?', '2. Should the number of EU crime priorities be reduced?'],
    ],
    [
      'fr',
      'Les délégations sont invitées à répondre aux questions suivantes:',
      ['1. Comment le COSI peut-il mieux orienter les plans d’action ?', '2. Faut-il réduire le nombre de priorités ?'],
    ],
    [
      'it',
      'Le delegazioni sono invitate a rispondere alle seguenti domande:',
      ['1. Come può il COSI orientare meglio i piani d’azione?', '2. Occorre ridurre il numero delle priorità?'],
    ],
    [
      'de',
      'Die Delegationen werden ersucht, folgende Fragen zu beantworten:',
      ['1. Wie kann der COSI die Aktionspläne besser steuern?', '2. Sollte die Zahl der Prioritäten verringert werden?'],
    ],
  ])('reads numbered questions to delegations (%s) as paragraphs, not headings', (_language, lead, questions) => {
    const sections = sectionsOf(['II. QUESTIONS FOR DISCUSSION', '', lead, '', ...questions.flatMap((line) => [line, ''])].join('\n'));
    expect(sections.map((section) => [section.number, section.title])).toEqual([['II', 'QUESTIONS FOR DISCUSSION']]);
    expect(sections[0]?.lines.filter((entry) => entry.text !== '').map((entry) => entry.text)).toEqual([lead, ...questions]);
  });

  it('still reads the next heading after a numbered list that ends on the heading number before it', () => {
    const text = ['3. Priorities', '', '1. Drug trafficking.', '', '2. Migrant smuggling.', '', '3. Firearms.', '', '4. Next steps', '', 'COSI will decide.'];
    expect(sectionsOf(text.join('\n')).map((section) => [section.number, section.title])).toEqual([
      ['3', 'Priorities'],
      ['4', 'Next steps'],
    ]);
  });

  it('still reads a heading in capitals that goes on with the numbered paragraphs above it', () => {
    const text = ['1. The Presidency presented its note.', '', '2. COSI took note.', '', '3. NEXT STEPS', '', 'COSI will decide.'];
    expect(sectionsOf(text.join('\n')).map((section) => [section.number, section.title])).toEqual([
      [null, null],
      ['3', 'NEXT STEPS'],
    ]);
  });
});
