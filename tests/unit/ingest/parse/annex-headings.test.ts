import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';
import { parseSections } from '../../../../scripts/ingest/parse/sections.ts';

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
    expect(lines.some((line) => line.startsWith('Draft Council Conclusions on the future of EMPACT THE COUNCIL'))).toBe(true);
  });
});
