import { describe, expect, it } from 'vitest';
import { itemUnit, newestFirst, sectionUnits } from '../../../src/shared/mentions.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
const report = content.documents.find((entry) => entry.data.number === '6543/25');

describe('sectionUnits', () => {
  it('cuts the 2025 report into its opening text and one unit per section heading', () => {
    if (report === undefined) throw new Error('6543/25 is not ingested');
    const units = sectionUnits(report.data, report.body);
    expect(units[0]?.label).toBe('opening text');
    expect(units[0]?.href).toBe('/documents/6543-25/');
    const cybercrime = units.find((unit) => unit.anchor === 'section-3-10');
    expect(cybercrime?.label).toBe('section 3.10');
    expect(cybercrime?.title).toBe('Cybercrime');
    expect(cybercrime?.href).toBe('/documents/6543-25/#section-3-10');
    expect(cybercrime?.text).toContain('internet organised crime threat assessment (iOCTA) 2024');
    expect(cybercrime?.text).not.toContain('7. NEXUS');
  });

  it('leaves footnote definitions out of the sections', () => {
    if (report === undefined) throw new Error('6543/25 is not ingested');
    expect(sectionUnits(report.data, report.body).filter((unit) => /^\[\^\d+\]:/m.test(unit.text))).toEqual([]);
  });

  it('gives none for an outcome of proceedings, whose items are its units', () => {
    const outcome = content.documents.find((entry) => entry.data.number === '15912/25');
    if (outcome === undefined) throw new Error('15912/25 is not ingested');
    expect(sectionUnits(outcome.data, outcome.body)).toEqual([]);
  });
});

describe('itemUnit', () => {
  it('links each agenda item to its anchor on its meeting page, dated by the day it was taken', () => {
    const entry = content.items.find((candidate) => candidate.data.meeting === '2025-11-18' && candidate.data.anchor === 'item-6');
    if (entry === undefined) throw new Error('item 6 of 15912/25 is not ingested');
    const item = itemUnit(entry.data, entry.body);
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
