import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';
import { parseSections } from '../../../../scripts/ingest/parse/sections.ts';
import { splitDocument } from '../../../../scripts/ingest/parse/split.ts';

const sectionsOf = (text: string) => parseSections(normalise(text));
const seedSections = (name: string) => parseSections(splitDocument(normalise(readFileSync(`content/sources/${name}`, 'utf8'))).body);

describe('parseSections', () => {
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
});
