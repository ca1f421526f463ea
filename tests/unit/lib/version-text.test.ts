import { describe, expect, it } from 'vitest';
import { versionText } from '../../../src/lib/version-text.ts';

describe('versionText', () => {
  it('reads a version from its data: headings, one paragraph per line of text, the agenda items, then the footnotes', () => {
    const document = {
      sections: [
        { anchor: 'section-0', number: null, title: null, text: 'Opening <b>text</b> \\*as printed.' },
        { anchor: 'section-1', number: '1.', title: 'Intro', text: 'See 14470/25 now.\nA list item.' },
      ],
      footnotes: [{ mark: '1', label: '1', text: [{ list: null, inline: [{ type: 'text' as const, value: 'A note.' }] }] }],
    };
    const items = [
      { number: '6.1.', title: 'Title', text: 'Item text.' },
      { number: null, title: 'AOB', text: '' },
    ];
    expect(versionText(document, items)).toBe(
      ['Opening <b>text</b> \\*as printed.', '1. Intro', 'See 14470/25 now.', 'A list item.', '6.1. Title', 'Item text.', 'AOB', '[1] A note.'].join('\n\n'),
    );
  });
});
