import { describe, expect, it } from 'vitest';
import { linkStarCalls } from '../../../../../scripts/ingest/parse/footnotes/star-calls.ts';

const notes = [
  { mark: '*', label: 'asterisk', text: [{ list: null, inline: [{ type: 'text' as const, value: 'Restricted session.' }] }] },
  { mark: '**', label: 'asterisk2', text: [{ list: null, inline: [{ type: 'text' as const, value: 'Classified document.' }] }] },
];
const line = (value: string, strong?: true) => ({ list: null, inline: [strong ? { type: 'text' as const, value, strong } : { type: 'text' as const, value }] });
const shown = (values: string[]) =>
  linkStarCalls(
    values.map((value) => line(value)),
    notes,
  ).map((block) => block.inline.map((part) => (part.type === 'footnote' ? `[^${part.label}]` : part.value)).join(''));

describe('linkStarCalls: a star glued in running text is the call of the note it marks', () => {
  it('reads every glued form of the call, anywhere in the line, in any language', () => {
    expect(
      shown([
        'The assessment presented by INTCEN*.',
        'Europol** and Eurojust presented the report.',
        'le suivi exposé dans le document CM 2210/24(*).',
        'ocena zagrożenia terrorystycznego *) została przedstawiona.',
        'die von INTCEN^{*} vorgelegte Bewertung',
        '«Έκθεση της Ευρωπόλ»*, όπως',
      ]),
    ).toEqual([
      'The assessment presented by INTCEN[^asterisk].',
      'Europol[^asterisk2] and Eurojust presented the report.',
      'le suivi exposé dans le document CM 2210/24[^asterisk].',
      'ocena zagrożenia terrorystycznego[^asterisk] została przedstawiona.',
      'die von INTCEN[^asterisk] vorgelegte Bewertung',
      '«Έκθεση της Ευρωπόλ»[^asterisk], όπως',
    ]);
  });

  it('keeps a star that calls no note of the record, a product and Markdown emphasis as text', () => {
    expect(shown(['Member States***.', '2 * 3 = 6', 'the *restricted* session of INTCEN*'])).toEqual([
      'Member States***.',
      '2 * 3 = 6',
      'the *restricted* session of INTCEN*',
    ]);
    expect(linkStarCalls([line('presented by INTCEN*.')], [])).toEqual([line('presented by INTCEN*.')]);
  });

  it('keeps a bold run bold on both sides of the call', () => {
    expect(linkStarCalls([line('Europol* report', true)], notes)).toEqual([
      {
        list: null,
        inline: [
          { type: 'text', value: 'Europol', strong: true },
          { type: 'footnote', label: 'asterisk' },
          { type: 'text', value: ' report', strong: true },
        ],
      },
    ]);
  });
});
