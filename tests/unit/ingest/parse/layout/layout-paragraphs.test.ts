import { describe, expect, it } from 'vitest';
import { goesOnAtMargin, layoutPrint } from '../../../../../scripts/ingest/parse/layout/layout-paragraphs.ts';

/** Lines of a text, each with its 1-based line number. */
const lined = (texts: readonly string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

/** A -layout page of 15912/25 (the register's outcome of COSI of 18 November 2025), its header's labels beside their values. */
const PAGE = lined([
  'From:               General Secretariat of the Council',
  'To:                 Delegations',
  'Subject:            Outcome of proceedings of the Standing Committee on Operational Cooperation on',
  '',
  '3.     Implementation of the European Internal Security Strategy – regular EU internal security',
  '',
  'The Commission provided information about the methodology of the planned regular threat',
  'analysis on EU internal security challenges. Delegations generally supported the idea of a',
  'information across sectors. COSI provided strategic guidance to the Commission with a view',
  'to further refining the concept and to avoid any duplication of existing structures or products.',
  'COSI is expected to get back to the matter when a first version of the threat analysis is avai-',
  '',
  '–     Firstly, following up on the threat picture provided in the EU SOCTA 2025 and its rein-',
  '      petences between the Union and the Member States should be respected, in particular.',
  '      Secondly, some Member States questioned the added value of the regular analyses.',
]);

describe('layoutPrint', () => {
  it('reads the body’s margin of a -layout print, the indent most of its full lines share', () => {
    expect(layoutPrint(PAGE, 90)).toEqual({ margin: 0, usual: 90 });
  });

  it('reads no print in a text with fewer than three lines holding a wide gap (plain pdftotext, a viewer’s copy)', () => {
    expect(layoutPrint(lined(PAGE.map(({ text }) => text.replace(/ {3,}/g, ' '))), 90)).toBeNull();
  });
});

describe('goesOnAtMargin', () => {
  const print = { margin: 0, usual: 90 };
  const at = (line: number) => PAGE[line - 1] ?? { text: '', line };

  it('goes on from a full line ending on a full stop to the sentence right under it at the margin', () => {
    expect(goesOnAtMargin(at(10), at(11), print)).toBe(true);
  });

  it('does not go on over a page break or a blank line (the lines not one after the other)', () => {
    expect(goesOnAtMargin(at(10), { ...at(11), line: 14 }, print)).toBe(false);
  });

  it('does not go on from a short line, a line ending in no sentence’s end, or into an indented list point', () => {
    expect(goesOnAtMargin({ text: 'The agenda was adopted.', line: 10 }, at(11), print)).toBe(false);
    expect(goesOnAtMargin(at(9), { text: 'COSI provided', line: 10 }, print)).toBe(false);
    expect(goesOnAtMargin(at(14), at(15), print)).toBe(false);
  });

  it('does not go on into a table’s row or a line of capitals', () => {
    expect(goesOnAtMargin(at(10), { text: 'Estonia     Central Criminal Police', line: 11 }, print)).toBe(false);
    expect(goesOnAtMargin(at(10), { text: 'DELETED', line: 11 }, print)).toBe(false);
  });
});
