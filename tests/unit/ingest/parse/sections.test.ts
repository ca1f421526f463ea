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

  it('keeps a numbered paragraph as text', () => {
    expect(sectionsOf('1. The Committee reached agreement on the draft conclusions.').map((section) => section.number)).toEqual([null]);
  });
});
