import { describe, expect, it } from 'vitest';
import { boxWidth, citationNeighbours } from '../../../src/lib/cite-graph.ts';
import { loadContent } from '../support/content-entries.ts';

const content = loadContent();
const document = (slug: string) => content.documents.find((entry) => entry.data.slug === slug)?.data;
const reference = (slug: string) => content.references.find((entry) => entry.data.slug === slug)?.data;

describe('citationNeighbours', () => {
  it('gives the documents the November 2025 outcome cites, in order of first appearance', () => {
    const { cites } = citationNeighbours('15912-25', document('15912-25'), reference('15912-25'));
    expect(cites.map((node) => node.id)).toEqual(['CM 4578/2/24 REV 2', '14470/1/25 REV 1', '14472/1/25 REV 1', '14557/25', '14559/25']);
    expect(cites[1]?.href).toBe('/documents/14470-1-25-rev-1/');
  });

  it('gives the documents that cite a referenced-only document, each once', () => {
    const { cites, citedBy } = citationNeighbours('14470-1-25-rev-1', undefined, reference('14470-1-25-rev-1'));
    expect(cites).toEqual([]);
    expect(citedBy).toEqual([{ id: '15912/25', href: '/documents/15912-25/' }]);
  });

  it('links the 2025 note to the report it cites and the strategic guidelines both cite', () => {
    const { citedBy } = citationNeighbours('16343-24', undefined, reference('16343-24'));
    expect(citedBy.map((node) => node.id).sort()).toEqual(['6543/25', '9267/25']);
  });
});

describe('boxWidth', () => {
  it('widens a box for the longest of its labels and keeps the minimum for short ones', () => {
    expect(boxWidth(['14559/25'], 120)).toBe(120);
    const long = boxWidth(['14559/25', 'Regulation (EU) 2016/794'], 120);
    expect(long).toBeGreaterThan(boxWidth(['Regulation (EU) 2016'], 120));
    expect(long).toBeGreaterThan(120);
  });

  it('gives an empty column its minimum', () => {
    expect(boxWidth([], 120)).toBe(120);
  });
});
