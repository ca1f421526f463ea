import { describe, expect, it } from 'vitest';
import { citationBibtex, citationCsl, citationKey, citationText, documentTitle, type CitationSource } from '../../../src/lib/cite.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
const outcome = content.documents.find((entry) => entry.data.number === '15912/25')?.data;
const meeting = content.meetings.find((entry) => entry.id === '2025-11-18')?.data;
const item6 = content.items.find((entry) => entry.data.meeting === '2025-11-18' && entry.data.anchor === 'item-6')?.data;

/** The citation source of item 6 of the 18–19 November 2025 meeting, from the ingested entries. */
function item6Source(): CitationSource {
  if (outcome === undefined || meeting === undefined || item6 === undefined) throw new Error('seed 000 is not ingested');
  return {
    number: outcome.number,
    kind: outcome.kind,
    subject: outcome.subject,
    dates: meeting.dates,
    issued: outcome.date,
    label: `item ${item6.number ?? ''}`,
    title: item6.title,
    url: 'https://cosi-archive.example.org/meetings/2025-11-18/#item-6',
  };
}

describe('citationText', () => {
  it('cites item 6 of the November 2025 meeting as the issue writes it, with the item’s title and its permalink', () => {
    expect(citationText(item6Source())).toBe(
      'Council of the EU, Outcome of proceedings of COSI, 18–19 November 2025, 15912/25, item 6 “Implementation of the European Internal Security Strategy – way forward”, https://cosi-archive.example.org/meetings/2025-11-18/#item-6',
    );
  });

  it('cites a section of a note by its kind and subject', () => {
    const source = {
      ...item6Source(),
      number: '6543/25',
      kind: 'note',
      subject: 'Report to the European Parliament',
      dates: ['2025-02-27'],
      label: 'section 3.10',
      title: 'Cybercrime',
      url: 'https://cosi-archive.example.org/documents/6543-25/#section-3-10',
    };
    expect(citationText(source)).toBe(
      'Council of the EU, Note: Report to the European Parliament, 27 February 2025, 6543/25, section 3.10 “Cybercrime”, https://cosi-archive.example.org/documents/6543-25/#section-3-10',
    );
    expect(documentTitle({ kind: 'note', subject: null })).toBe('Note');
  });
});

describe('citationBibtex', () => {
  it('writes a @misc entry with the corporate author braced and a key made of the number and label', () => {
    const bibtex = citationBibtex(item6Source());
    expect(bibtex.startsWith('@misc{cosi-15912-25-item-6,\n')).toBe(true);
    expect(bibtex).toContain('  author = {{Council of the European Union}},\n');
    expect(bibtex).toContain(
      '  title = {Outcome of proceedings of COSI, 18–19 November 2025, item 6: Implementation of the European Internal Security Strategy – way forward},\n',
    );
    expect(bibtex).toContain('  year = {2025},\n  month = {11},\n');
    expect(bibtex.endsWith('  note = {item 6}\n}')).toBe(true);
  });

  it('escapes every BibTeX special character of the source text', () => {
    const bibtex = citationBibtex({ ...item6Source(), title: 'A {b} 50% & c_d #1 $x ~y ^z \\w' });
    expect(bibtex).toContain('A \\{b\\} 50\\% \\& c\\_d \\#1 \\$x \\textasciitilde{}y \\textasciicircum{}z \\textbackslash{}w');
  });
});

describe('the citation of a document whose date the ingest could not read', () => {
  it('names no date, year or month rather than a made-up one', () => {
    const source = {
      ...item6Source(),
      number: '5147/24',
      kind: 'note',
      subject: 'Preparation of the next EU Policy Cycle',
      dates: [],
      issued: null,
      label: '',
      title: '',
    };
    expect(citationText({ ...source, url: 'https://cosi-archive.example.org/documents/5147-24/' })).toBe(
      'Council of the EU, Note: Preparation of the next EU Policy Cycle, 5147/24, https://cosi-archive.example.org/documents/5147-24/',
    );
    const bibtex = citationBibtex(source);
    expect(bibtex).toContain('  title = {Note: Preparation of the next EU Policy Cycle},\n');
    expect(bibtex).not.toMatch(/year|month/);
    const csl = citationCsl(source);
    expect(['issued' in csl, 'event-date' in csl]).toEqual([false, false]);
  });
});

describe('citationCsl', () => {
  it('gives a CSL-JSON report with the item as title, the outcome as container, the document date as issued and the meeting days as event', () => {
    expect(citationCsl(item6Source())).toEqual({
      id: 'cosi-15912-25-item-6',
      type: 'report',
      title: 'Implementation of the European Internal Security Strategy – way forward',
      'container-title': 'Outcome of proceedings of COSI',
      author: [{ literal: 'Council of the European Union' }],
      publisher: 'Council of the European Union',
      'publisher-place': 'Brussels',
      genre: 'Outcome of proceedings',
      number: '15912/25',
      section: 'item 6',
      issued: { 'date-parts': [[2025, 11, 25]] },
      'event-date': {
        'date-parts': [
          [2025, 11, 18],
          [2025, 11, 19],
        ],
      },
      URL: 'https://cosi-archive.example.org/meetings/2025-11-18/#item-6',
    });
  });

  it('cites a whole document without container or section', () => {
    const csl = citationCsl({ ...item6Source(), label: '', title: '' });
    expect(csl['title']).toBe('Outcome of proceedings of COSI');
    expect('container-title' in csl || 'section' in csl).toBe(false);
    expect(citationKey({ number: '14470/1/25 REV 1', label: '' })).toBe('cosi-14470-1-25-rev-1');
  });
});
