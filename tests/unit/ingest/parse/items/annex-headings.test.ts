import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { parseSections } from '../../../../../scripts/ingest/parse/items/sections.ts';

/** The sections after the note's first paragraph: number and title of each. */
function annexSections(heading: string): [string | null, string | null][] {
  const text = `The Presidency set out the measures in the annex.\n\n${heading}\n\nDraft conclusions on the future of EMPACT\n\nThe text of the annex.\n`;
  return parseSections(normalise(text))
    .slice(1)
    .map((section) => [section.number, section.title]);
}

describe('an annex heading in the 24 official languages', () => {
  // As the Council's language versions print an annex's heading (EUR-Lex and the register's versions of one note).
  it.each([
    'ANNEX',
    'ANNEX II',
    'ANNEXE I',
    'ANLAGE 2',
    'ANHANG',
    'ALLEGATO',
    'ANEXO III',
    'BIJLAGE',
    'BILAG',
    'BILAGA',
    'LIITE',
    'LISA',
    'PŘÍLOHA',
    'PRÍLOHA I',
    'PRILOGA',
    'PRILOG',
    'ZAŁĄCZNIK',
    'ZAŁĄCZNIK NR 1',
    'ΠΑΡΑΡΤΗΜΑ',
    'ПРИЛОЖЕНИЕ',
    'ANEXĂ',
    'ANEXA I',
    'ANNESS',
    'IARSCRÍBHINN',
    'IARSCRÍBHINN II',
    'MELLÉKLET',
    'I. MELLÉKLET',
    'II PIELIKUMS',
    'I PRIEDAS',
  ])('reads `%s` as the annex’s section, its title as printed', (heading) => {
    expect(annexSections(heading)).toEqual([[null, heading]]);
  });

  it('reads no annex from a word in other than capitals, nor from a sentence', () => {
    expect(annexSections('Annex')).toEqual([]);
    expect(annexSections('ANNEX I sets out the list of contact points.')).toEqual([]);
  });
});

describe('an annex heading opening a page run into one line', () => {
  const flat = (annex: string) =>
    [
      `Council of the European Union Brussels, 20 October 2025 (OR. en) 14470/25 NOTE From: Presidency To: Delegations Subject: Future of EMPACT 1. The EU Policy Cycle has been the Union's main instrument for operational cooperation against serious crime since 2010. The current cycle ends on 31 December 2025 and its priorities were set by the Council in 2021. 2. At its meeting on 17 September 2025, COSI held a first exchange of views on the future cycle. 3. COSI is invited to examine the draft conclusions set out in the annex. 14470/25 JV/ab 1 JAI.1 EN`,
      `${annex} Draft Council Conclusions on the future of EMPACT THE COUNCIL OF THE EUROPEAN UNION, RECALLING the priorities for the fight against serious and organised crime. 14470/25 JV/ab 2 ANNEX JAI.1 EN`,
    ].join('\n');

  it.each(['ANNEX', 'ANLAGE II', 'ANNEXE', 'I. MELLÉKLET', 'ZAŁĄCZNIK'])('sets `%s` on a line of its own: the annex is a section', (annex) => {
    const lines = normalise(flat(annex)).map((line) => line.text);
    expect(lines).toContain(annex);
    // the conclusions' title, and their author on a line of its own as the page prints it (flat-recitals.ts)
    expect(lines).toContain('Draft Council Conclusions on the future of EMPACT');
    expect(lines).toContain('THE COUNCIL OF THE EUROPEAN UNION,');
  });
});

describe('an annex heading opening a page of an older note run into one line, its title in capitals', () => {
  // An older register note (2010–2015) as a page-per-line copy prints it: unnumbered paragraphs, the footer with the
  // initials and the directorate, and the annex's page opening with its heading and a title set in capitals.
  const flat = (opening: string, annex: string, title: string, language: string) =>
    [
      `COUNCIL OF THE EUROPEAN UNION Brussels, 12 January 2011 (13.01) (OR. en) 5109/11 LIMITE COSI 1 ENFOPOL 3 NOTE from: Presidency to: Standing Committee on Operational Cooperation on Internal Security (COSI) Subject: Work programme of COSI for the first half of 2011 ${opening} 5109/11 GS/np 1 DG H LIMITE ${language}`,
      `${annex} ${title} 1. Implementation of the Internal Security Strategy (doc. 16797/10). 5109/11 GS/np 2 ${annex} DG H LIMITE ${language}`,
    ].join('\n');
  const opening =
    'Delegations will find attached the draft work programme of COSI for the first half of 2011, prepared by the Hungarian Presidency on the basis of the discussions held at the COSI meeting on 20 December 2010 (doc. 17380/10). The Presidency invites COSI to discuss the draft at its meeting on 25 January 2011.';

  it.each([
    ['ANNEX', 'DRAFT WORK PROGRAMME OF COSI FOR THE FIRST HALF OF 2011', 'EN'],
    ['ANNEXE', 'PROJET DE PROGRAMME DE TRAVAIL DU COSI POUR LE PREMIER SEMESTRE DE 2011', 'FR'],
    ['ANLAGE', 'ENTWURF DES ARBEITSPROGRAMMS DES COSI FÜR DAS ERSTE HALBJAHR 2011', 'DE'],
    ['ANEXO I', 'PROYECTO DE PROGRAMA DE TRABAJO DEL COSI', 'ES'],
    ['ZAŁĄCZNIK', 'PROJEKT PROGRAMU PRAC COSI', 'PL'],
    ['ΠΑΡΑΡΤΗΜΑ', 'ΣΧΕΔΙΟ ΠΡΟΓΡΑΜΜΑΤΟΣ ΕΡΓΑΣΙΩΝ ΤΗΣ COSI', 'EL'],
  ])('sets `%s` on a line of its own before `%s`: the annex is a section', (annex, title, language) => {
    const lines = normalise(flat(opening, annex, title, language)).map((line) => line.text);
    expect(lines).toContain(annex);
    // the page ends in its footer, a page run into one line however short: its title and its paragraph 1 apart
    expect(lines).toContain(title);
    expect(lines).toContain('1. Implementation of the Internal Security Strategy (doc. 16797/10).');
    expect(parseSections(normalise(flat(opening, annex, title, language))).map((section) => section.title)).toContain(annex);
  });

  it('leaves a page that opens with the word in a sentence as it is', () => {
    const lines = normalise(flat(opening, 'ANNEX', 'DRAFT', 'EN').replace('ANNEX DRAFT', 'ANNEX I sets out the draft')).map((line) => line.text);
    expect(lines).not.toContain('ANNEX I');
  });
});
