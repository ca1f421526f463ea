import { describe, expect, it } from 'vitest';
import { isAuthorLine, opensRecitalUnder, recitalsApart } from '../../../../../scripts/ingest/parse/flat/flat-recitals.ts';

const texts = (text: string): string[] => recitalsApart({ text, line: 7 }).map((entry) => entry.text);
const pieces = (text: string): string[] => texts(text).filter((piece) => piece !== '');

describe('recitalsApart: draft conclusions run into a page’s line', () => {
  it.each([
    [
      'en',
      'THE COUNCIL OF THE EUROPEAN UNION, RECALLING the priorities set out in the table below: Priority Driver Operational actions Cyber attacks Germany 37 Trafficking in human beings Austria 3 29 CALLS ON the Member States to continue EMPACT.',
      'CALLS ON the Member States to continue EMPACT.',
    ],
    [
      'fr',
      "LE CONSEIL DE L'UNION EUROPÉENNE, RAPPELANT les priorités figurant dans le tableau ci-dessous: Priorité Pilote Actions Cyberattaques Allemagne 37 Traite des êtres humains Autriche 29 INVITE les États membres à poursuivre EMPACT.",
      'INVITE les États membres à poursuivre EMPACT.',
    ],
  ])('sets apart the paragraph that follows a table’s last cell, its figure, as the page prints it under the table (%s)', (_language, text, paragraph) => {
    expect(pieces(text).at(-1)).toBe(paragraph);
  });

  it('reads no paragraph at an acronym after a figure that the line prints in running text too (`… 2029 EMPACT remains …`)', () => {
    const text = 'THE COUNCIL OF THE EUROPEAN UNION, RECALLING the role of EMPACT in the period 2026-2029 EMPACT remains the main instrument;';
    expect(pieces(text)).toEqual([
      'THE COUNCIL OF THE EUROPEAN UNION,',
      'RECALLING the role of EMPACT in the period 2026-2029 EMPACT remains the main instrument;',
    ]);
  });

  it('sets the title, the author and each recital and paragraph on a line of its own, a blank line between', () => {
    expect(
      texts(
        'Draft conclusions on drug trafficking THE COUNCIL OF THE EUROPEAN UNION, RECALLING the EU Drugs Strategy 2021-2025; NOTING the rise of synthetic drugs; HEREBY: CALLS ON the Member States to act.',
      ),
    ).toEqual([
      'Draft conclusions on drug trafficking',
      '',
      'THE COUNCIL OF THE EUROPEAN UNION,',
      '',
      'RECALLING the EU Drugs Strategy 2021-2025;',
      '',
      'NOTING the rise of synthetic drugs;',
      '',
      'HEREBY:',
      '',
      'CALLS ON the Member States to act.',
    ]);
  });

  it.each([
    [
      'it',
      "IL CONSIGLIO DELL'UNIONE EUROPEA, RICORDANDO la strategia dell'UE in materia di droga; SOTTOLINEANDO il ruolo di Europol; INVITA gli Stati membri a cooperare.",
      [
        "IL CONSIGLIO DELL'UNIONE EUROPEA,",
        "RICORDANDO la strategia dell'UE in materia di droga;",
        'SOTTOLINEANDO il ruolo di Europol;',
        'INVITA gli Stati membri a cooperare.',
      ],
    ],
    [
      'pl',
      'RADA UNII EUROPEJSKIEJ, PRZYPOMINAJĄC strategię antynarkotykową UE; PODKREŚLAJĄC rolę Europolu; WZYWA państwa członkowskie do współpracy.',
      ['RADA UNII EUROPEJSKIEJ,', 'PRZYPOMINAJĄC strategię antynarkotykową UE;', 'PODKREŚLAJĄC rolę Europolu;', 'WZYWA państwa członkowskie do współpracy.'],
    ],
    [
      'nl',
      'DE RAAD VAN DE EUROPESE UNIE, HERINNEREND AAN de EU-drugsstrategie, BENADRUKKEND dat de lidstaten moeten samenwerken, VERZOEKT de lidstaten beste praktijken uit te wisselen.',
      [
        'DE RAAD VAN DE EUROPESE UNIE,',
        'HERINNEREND AAN de EU-drugsstrategie,',
        'BENADRUKKEND dat de lidstaten moeten samenwerken,',
        'VERZOEKT de lidstaten beste praktijken uit te wisselen.',
      ],
    ],
    [
      'de, numbered after a dash',
      'DER RAT DER EUROPÄISCHEN UNION – UNTER HINWEIS AUF die Drogenstrategie der EU, IN ANERKENNUNG der Rolle von Europol – 1. ERSUCHT die Mitgliedstaaten, zusammenzuarbeiten;',
      [
        'DER RAT DER EUROPÄISCHEN UNION –',
        'UNTER HINWEIS AUF die Drogenstrategie der EU,',
        'IN ANERKENNUNG der Rolle von Europol –',
        '1. ERSUCHT die Mitgliedstaaten, zusammenzuarbeiten;',
      ],
    ],
  ])('reads the recitals of the %s version', (_language, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('opens no recital at an acronym the line prints in running text too, nor at a short acronym after a comma', () => {
    expect(
      pieces(
        'THE COUNCIL OF THE EUROPEAN UNION, RECALLING the work done within EMPACT; STRESSING that the Member States, CEPOL and Europol share the task, EMPACT being the framework;',
      ),
    ).toEqual([
      'THE COUNCIL OF THE EUROPEAN UNION,',
      'RECALLING the work done within EMPACT;',
      'STRESSING that the Member States, CEPOL and Europol share the task, EMPACT being the framework;',
    ]);
  });

  it('leaves a line without the Council’s name in capitals as it is, the header’s name and a sentence’s capitals too', () => {
    for (const text of [
      'Council of the European Union, Brussels, 4 March 2026. RECALLING the strategy; STRESSING its role.',
      'The Council of the European Union, RECALLING the strategy, adopted conclusions.',
      'COUNCIL OF THE EUROPEAN UNION Brussels, 12 January 2011 (OR. en) 5109/11 LIMITE COSI 1 NOTE from: Presidency',
      'COUNCIL OF THE EUROPEAN UNION - GENERAL SECRETARIAT Brussels, 12 January 2011 (OR. en) 5109/11 LIMITE COSI 1 NOTE from: Presidency',
    ]) {
      expect(texts(text)).toEqual([text]);
    }
  });
});

describe('recitalsApart on a -layout page run into one line', () => {
  it('cuts before an operative paragraph whose number stands apart from its text by the gap -layout prints (`– 1.      FORDERT`)', () => {
    const text =
      'DER RAT DER EUROPÄISCHEN UNION – UNTER HINWEIS AUF die Agenda der EU vom 9. Dezember 2020, IN DEM BEWUSSTSEIN, dass der öffentliche Raum offen bleiben muss – 1.      FORDERT die Mitgliedstaaten AUF, bewährte Verfahren auszutauschen;';
    expect(pieces(text)).toEqual([
      'DER RAT DER EUROPÄISCHEN UNION –',
      'UNTER HINWEIS AUF die Agenda der EU vom 9. Dezember 2020,',
      'IN DEM BEWUSSTSEIN, dass der öffentliche Raum offen bleiben muss –',
      '1.      FORDERT die Mitgliedstaaten AUF, bewährte Verfahren auszutauschen;',
    ]);
  });
});

describe('isAuthorLine', () => {
  it.each([
    'THE COUNCIL OF THE EUROPEAN UNION,',
    "LE CONSEIL DE L'UNION EUROPÉENNE,",
    'DER RAT DER EUROPÄISCHEN UNION –',
    'RADA UNII EUROPEJSKIEJ,',
    "IL CONSIGLIO DELL'UNIONE EUROPEA,",
  ])('reads the Council’s name in capitals alone on its line as the conclusions’ author: %s', (line) => {
    expect(isAuthorLine(line)).toBe(true);
  });

  it.each([
    'Council of the European Union,',
    'THE COUNCIL OF THE EUROPEAN UNION, RECALLING the priorities;',
    'COUNCIL OF THE EUROPEAN UNION - GENERAL SECRETARIAT',
  ])('reads no author in a line in small letters or holding more than the name: %s', (line) => {
    expect(isAuthorLine(line)).toBe(false);
  });
});

describe('opensRecitalUnder', () => {
  const first = 'UNTER HINWEIS AUF die Agenda der EU für die Terrorismusbekämpfung vom 9. Dezember 2020,';
  it.each([
    ['IN ANERKENNUNG der Arbeiten im Rahmen von EMPACT seit 2022,'],
    ['IN DEM BEWUSSTSEIN, dass der öffentliche Raum offen und zugänglich bleiben muss –'],
    ['ERINNERND an die Schlussfolgerungen des Rates,'],
  ])('reads a recital opening under one that ends in a comma: %s', (below) => {
    expect(opensRecitalUnder(first, first, below)).toBe(true);
  });

  it.each([
    // an acronym that a wrapped line opens with, a sentence's capital word, a line under a full stop
    [first, 'EMPACT seit 2022 und die Arbeiten der Agenturen,'],
    [first, 'Europol und CEPOL,'],
  ])('reads no recital where the line goes on with an acronym or a word in small letters: %s / %s', (last, below) => {
    expect(opensRecitalUnder(first, last, below)).toBe(false);
  });

  it('reads no recital under a paragraph that does not open with a recital’s capitals', () => {
    const sentence = 'Die Delegationen haben den Entwurf geprüft, die Arbeiten der Agenturen,';
    expect(opensRecitalUnder(sentence, sentence, 'IN ANERKENNUNG der Arbeiten im Rahmen von EMPACT seit 2022,')).toBe(false);
  });
});
