import { describe, expect, it } from 'vitest';
import { documentLines, versionText } from '../../../src/lib/version-text.ts';

/** A note with an opening text, one numbered section and one footnote. */
const note = {
  sections: [
    { anchor: 'section-0', number: null, title: null, text: 'Opening <b>text</b> \\*as printed.' },
    { anchor: 'section-1', number: '1', title: 'Intro', text: 'See 14470/25 now.\nA list item.' },
  ],
  footnotes: [{ mark: '1', label: '1', text: [{ list: null, inline: [{ type: 'text' as const, value: 'A note.' }] }] }],
};

describe('documentLines', () => {
  it('reads a document from its data: headings as the page prints them, one line per paragraph, then the footnotes', () => {
    expect(documentLines(note, [])).toEqual(['Opening <b>text</b> \\*as printed.', '1. Intro', 'See 14470/25 now.', 'A list item.', '[1] A note.']);
  });

  it('puts a day heading where the day changes and an agenda heading where the agenda section changes, as the page does', () => {
    const items = [
      { number: '1', title: 'Adoption of the agenda', text: 'Adopted.', day: '2025-11-18', section: null },
      { number: '3.', title: 'Strategy', text: 'Views exchanged.', day: '2025-11-18', section: 'Items for discussion' },
      { number: '4', title: 'Data', text: 'Noted.', day: '2025-11-18', section: 'Items for discussion' },
      { number: null, title: 'AOB', text: '', day: '2025-11-19', section: 'Items for discussion' },
    ];
    expect(documentLines({ sections: [], footnotes: [] }, items)).toEqual([
      '18 November 2025',
      '1. Adoption of the agenda',
      'Adopted.',
      'Items for discussion',
      '3. Strategy',
      'Views exchanged.',
      '4. Data',
      'Noted.',
      '19 November 2025',
      'Items for discussion',
      'AOB',
    ]);
  });
});

describe('versionText', () => {
  it('separates the lines of a version with blank lines, one paragraph each for the word diff', () => {
    const items = [
      { number: '6.1.', title: 'Title', text: 'Item text.', day: null, section: null },
      { number: null, title: 'AOB', text: '', day: null, section: null },
    ];
    expect(versionText(note, items)).toBe(
      ['Opening <b>text</b> \\*as printed.', '1. Intro', 'See 14470/25 now.', 'A list item.', '6.1. Title', 'Item text.', 'AOB', '[1] A note.'].join('\n\n'),
    );
  });
});
