import type { Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { linkContents } from '../../../../scripts/ingest/markdown/contents-links.ts';

/** A paragraph of plain text, as the ingest writes a line of the source. */
const line = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/** Sections of 6543/25 as its headings print them, with the anchors the ingest gives them. */
const sections = [
  { number: null, title: null, anchor: 'section-0' },
  { number: '1.', title: 'EXECUTIVE SUMMARY', anchor: 'section-1' },
  { number: '3.4', title: 'Drug trafficking', anchor: 'section-3-4' },
  { number: '4.', title: 'COUNTERTERRORISM', anchor: 'section-4' },
];

describe('linkContents', () => {
  it('links the lines of the report’s table of contents to their sections, keeping leader dots and page numbers as text beside the link', () => {
    expect(linkContents([line('1. EXECUTIVE SUMMARY 4'), line('3.4 Drug trafficking 13'), line('4. COUNTERTERRORISM..... 17')], sections)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '#section-1', children: [{ type: 'text', value: '1. EXECUTIVE SUMMARY' }] },
          { type: 'text', value: ' 4' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '#section-3-4', children: [{ type: 'text', value: '3.4 Drug trafficking' }] },
          { type: 'text', value: ' 13' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: '#section-4', children: [{ type: 'text', value: '4. COUNTERTERRORISM' }] },
          { type: 'text', value: '..... 17' },
        ],
      },
    ]);
  });

  it('leaves a line that names no section, a sentence that ends in a number, and text with more than plain words as they are', () => {
    const blocks: RootContent[] = [
      line('3.5 Trafficking in cultural goods 14'),
      line('COSI met 4 times in 2024'),
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: '1. EXECUTIVE SUMMARY 4' }] }] },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: '1. EXECUTIVE SUMMARY' }] },
    ];
    expect(linkContents(blocks, sections)).toEqual(blocks);
  });
});
