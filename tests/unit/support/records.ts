import { textBlocks } from '../../../scripts/ingest/parse/text/text-blocks.ts';
import type { Footnote } from '../../../src/schemas/footnote.ts';
import type { Item } from '../../../src/schemas/item.ts';
import type { OkRecord } from '../../../src/schemas/record.ts';
import type { Section } from '../../../src/schemas/section.ts';
import type { TextBlock } from '../../../src/schemas/text-block.ts';

/**
 * Source lines as the parser reads them into a record's text: each line a paragraph or, opened by `- `, a list item;
 * `[^2]` calls the footnote labelled 2.
 */
export function text(...lines: string[]): TextBlock[] {
  return textBlocks(
    lines.map((line, index) => ({ text: line, line: index + 1 })),
    () => (marks) => [...marks],
  );
}

/** An agenda item with no decisions, references or footnotes in its title unless given; its text given as lines. */
export function item(fields: Partial<Omit<Item, 'text'>> & Pick<Item, 'number' | 'title'> & { text: string[] }): Item {
  return {
    section: null,
    day: null,
    dayPrinted: null,
    sentences: [],
    decisions: [],
    references: [],
    titleFootnotes: [],
    ...fields,
    text: text(...fields.text),
  };
}

/** A section with no footnotes in its title; its text given as lines. */
export function section(number: string | null, title: string | null, ...lines: string[]): Section {
  return { number, title, titleFootnotes: [], text: text(...lines) };
}

/** A footnote whose label is its mark, its text one line. */
export function footnote(mark: string, line: string): Footnote {
  return { mark, label: mark, text: text(line) };
}

/**
 * A hand-built outcome of proceedings modelled on seed 000 (15912/25, the COSI meeting of 18 and 19 November 2025),
 * shortened to three items, with one footnote called in a text and one called in a title.
 */
export function outcome(fields: Partial<OkRecord> = {}): OkRecord {
  return {
    source: 'content/sources/outcome.txt',
    status: 'ok',
    error: null,
    warnings: [],
    number: '15912/25',
    kind: 'outcome-of-proceedings',
    date: '2025-11-25',
    place: 'Brussels',
    language: 'en',
    originalLanguage: 'en',
    limite: false,
    codes: ['COSI 237', 'JAI 1769', 'CEPOL'],
    from: 'General Secretariat of the Council',
    to: 'Delegations',
    recipients: ['Delegations'],
    previous: [],
    commissionProposal: [],
    interinstitutionalFile: null,
    otherHeaderLines: [],
    subject: 'Outcome of Proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)',
    meeting: { dates: ['2025-11-18', '2025-11-19'] },
    planned: null,
    items: [
      item({
        number: '1',
        title: 'Adoption of the agenda',
        day: '2025-11-18',
        text: ['The agenda was adopted as set out in CM 4578/2/24 REV2.'],
        sentences: ['The agenda was adopted as set out in CM 4578/2/24 REV2.'],
        decisions: [{ by: null, verb: 'adopted', object: 'the agenda as set out in CM 4578/2/24 REV2', references: ['CM 4578/2/24 REV 2'], sentence: 0 }],
        references: ['CM 4578/2/24 REV 2'],
      }),
      item({
        number: '6',
        title: 'Implementation of the European Internal Security Strategy – way forward',
        section: 'Items for information/endorsement',
        day: '2025-11-18',
        titleFootnotes: ['2'],
        text: ['COSI endorsed the way forward as set out in 14470/1/25 REV1.[^1] Delegations welcomed it.'],
        sentences: ['COSI endorsed the way forward as set out in 14470/1/25 REV1.'],
        decisions: [{ by: 'COSI', verb: 'endorsed', object: 'the way forward as set out in 14470/1/25 REV1', references: ['14470/1/25 REV 1'], sentence: 0 }],
        references: ['14470/1/25 REV 1'],
      }),
      item({
        number: null,
        title: 'AOB',
        day: '2025-11-19',
        text: ['- Estonia proposed a coordinated response.', '- The Commission informed about Interpol.'],
      }),
    ],
    sections: [],
    footnotes: [footnote('1', 'See also 16515/09.'), footnote('2', 'Exceptionally in the presence of the Schengen Associated States.')],
    references: [
      { id: 'CM 4578/2/24 REV 2', type: 'meeting', url: 'https://data.consilium.europa.eu/doc/document/CM-4578-2024-REV-2/en/pdf' },
      { id: '14470/1/25 REV 1', type: 'council', url: 'https://data.consilium.europa.eu/doc/document/ST-14470-2025-REV-1/en/pdf' },
      { id: '16515/09', type: 'council', url: 'https://data.consilium.europa.eu/doc/document/ST-16515-2009-INIT/en/pdf' },
    ],
    ...fields,
  };
}

/** A hand-built Presidency note modelled on seed 001 (6543/25): text before the first heading, numbered and unnumbered sections. */
export function note(fields: Partial<OkRecord> = {}): OkRecord {
  return {
    source: 'content/sources/note.txt',
    status: 'ok',
    error: null,
    warnings: [],
    number: '6543/25',
    kind: 'note',
    date: '2025-02-27',
    place: 'Brussels',
    language: 'en',
    originalLanguage: 'en',
    limite: true,
    codes: ['COSI 38', 'JAIEX 18'],
    from: 'Presidency',
    to: 'Delegations',
    recipients: ['Delegations'],
    previous: ['5572/1/25 REV 1'],
    commissionProposal: [],
    interinstitutionalFile: null,
    otherHeaderLines: [],
    subject: 'Report to the European Parliament and national parliaments on the proceedings of COSI',
    meeting: null,
    items: [],
    planned: null,
    sections: [
      section(null, null, 'In accordance with Article 6(2) of Council Decision 2010/131/EU, the Council must keep Parliament informed.'),
      section('1', 'EXECUTIVE SUMMARY', 'COSI met six times.'),
      section('2.1', 'Future of internal security', 'COSI discussed 15912/25 at length. It agreed.'),
      section(null, 'Presidency report', 'The Presidency noted general support.'),
    ],
    footnotes: [],
    references: [
      { id: '5572/1/25 REV 1', type: 'council', url: 'https://data.consilium.europa.eu/doc/document/ST-5572-2025-REV-1/en/pdf' },
      { id: 'Council Decision 2010/131/EU', type: 'decision', url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32010D0131' },
      { id: '15912/25', type: 'council', url: 'https://data.consilium.europa.eu/doc/document/ST-15912-2025-INIT/en/pdf' },
    ],
    ...fields,
  };
}
