import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptSource, itemUnit, newestFirst, sectionUnit } from '../../../src/shared/mentions.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
const report = content.documents.find((entry) => entry.data.number === '6543/25');

describe('sectionUnit', () => {
  it('links the opening text of the 2025 report to its page and each section to its anchor, with its heading as first line', () => {
    if (report === undefined) throw new Error('6543/25 is not ingested');
    const [opening, , cybercrime] = ['section-0', 'section-1', 'section-3-10'].map((anchor) => {
      const section = report.data.sections.find((candidate) => candidate.anchor === anchor);
      if (section === undefined) throw new Error(`6543/25 has no ${anchor}`);
      return sectionUnit(report.data, section, section.text);
    });
    expect(opening?.label).toBe('opening text');
    expect(opening?.href).toBe('/documents/6543-25/');
    expect(opening?.headed).toBe(false);
    expect(cybercrime?.label).toBe('section 3.10');
    expect(cybercrime?.title).toBe('Cybercrime');
    expect(cybercrime?.href).toBe('/documents/6543-25/#section-3-10');
    expect(cybercrime?.text.split('\n')[0]).toBe('Cybercrime');
    expect(cybercrime?.text).toContain('internet organised crime threat assessment (iOCTA) 2024');
  });
});

describe('itemUnit', () => {
  it('links each agenda item to its anchor on its meeting page, dated by the day it was taken', () => {
    const entry = content.items.find((candidate) => candidate.data.meeting === '2025-11-18' && candidate.data.anchor === 'item-6');
    if (entry === undefined) throw new Error('item 6 of 15912/25 is not ingested');
    const item = itemUnit(entry.data, entry.data.text);
    expect(item.href).toBe('/meetings/2025-11-18/#item-6');
    expect(item.label).toBe('item 6');
    expect(item.date).toBe('2025-11-18');
    expect(item.text).toContain('14470/1/25 REV1');
  });
});

describe('newestFirst', () => {
  const unit = (date: string, document: string, anchor: string) => ({ date, document, anchor });

  it('orders newest first, by document within a day, and keeps the given order within a document', () => {
    const units = [unit('2017-11-21', 'a', 'x'), unit('2025-11-18', 'c', 'w'), unit('2025-11-18', 'b', 'y'), unit('2025-11-18', 'b', 'z')];
    expect(units.sort(newestFirst).map((u) => u.anchor)).toEqual(['y', 'z', 'w', 'x']);
  });
});

describe('excerptSource', () => {
  it('reads a text as its lines, each trimmed with its white space collapsed, blank ones left out, whether or not the text is tidy already', () => {
    const text = fc
      .array(fc.constantFrom('Europol', 'a.', ' ', '  ', '\n', '\n\n', ' \n ', '\t', '\r', '\u00a0', '\u2028', 'x'), { maxLength: 12 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (plain) => {
        const lines = plain
          .split('\n')
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .filter((line) => line !== '');
        expect(excerptSource(plain, false).text).toBe(lines.join('\n'));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a tidy text as it is and tidies an untidy one, the body after its heading line', () => {
    expect(excerptSource('Europol\nThe COSI met. Europol reported.')).toEqual({ text: 'Europol\nThe COSI met. Europol reported.', body: 8 });
    expect(excerptSource(' Europol \n\n The  COSI\tmet.\n')).toEqual({ text: 'Europol\nThe COSI met.', body: 8 });
  });
});
