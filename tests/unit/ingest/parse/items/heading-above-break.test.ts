import { describe, expect, it } from 'vitest';
import { headingAboveBreak } from '../../../../../scripts/ingest/parse/items/heading-above-break.ts';

/** Lines as normalise keeps them, numbered from 1. */
const kept = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('headingAboveBreak', () => {
  it('reads a numbered heading of one or two lines before the break as a heading', () => {
    expect(
      headingAboveBreak(
        kept('COSI took note.', '', '4. Online fraud and child sexual exploitation: update and exchange of views'),
        'COSI agreed on the updated roadmap.',
      ),
    ).toBe(true);
    expect(
      headingAboveBreak(
        kept('', '6. Regional dialogue on internal security with the Mediterranean: update and exchange of', 'views'),
        'The incoming Presidency informed delegations.',
      ),
    ).toBe(true);
    expect(
      headingAboveBreak(kept('**8.1 Internal security implications of the situation in the Middle East'), 'Several delegations briefed the Committee.'),
    ).toBe(true);
  });

  it('reads a paragraph of three lines or more, an unnumbered one, or a page going on in lower case as a sentence the break cuts', () => {
    expect(
      headingAboveBreak(
        kept(
          '1. In accordance with Article 71 TFEU, the Council must keep the European',
          'Parliament and national Parliaments informed of the proceedings of the Standing',
          'Committee. The Presidency reported on the state of play of the',
        ),
        'Europol analysis.',
      ),
    ).toBe(false);
    expect(headingAboveBreak(kept('The Committee endorsed the recommendations of the EU threat assessment presented by'), 'Europol at the meeting.')).toBe(
      false,
    );
    expect(
      headingAboveBreak(kept('4. Online fraud and child sexual exploitation: update and exchange of views on the'), 'results of the joint action days.'),
    ).toBe(false);
  });
});
