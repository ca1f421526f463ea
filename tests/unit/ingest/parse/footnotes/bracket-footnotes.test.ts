import { describe, expect, it } from 'vitest';
import { markBracketFootnotes } from '../../../../../scripts/ingest/parse/footnotes/bracket-footnotes.ts';

describe('markBracketFootnotes', () => {
  it('marks each call glued to its word and each note at the end that opens with its bracketed number', () => {
    const text = [
      'Delegations will find in the Annex a Presidency paper on the forum[1], in view of the meeting.',
      'The paper takes account of the comments of 15 May 2013[2].',
      '[1] Council conclusions of 2 June 2011, doc. 10721/11.',
      '[2] Doc. 9650/13.',
    ].join('\n');
    expect(markBracketFootnotes(text)).toBe(
      [
        'Delegations will find in the Annex a Presidency paper on the forum^{1}, in view of the meeting.',
        'The paper takes account of the comments of 15 May 2013^{2}.',
        '^{1} Council conclusions of 2 June 2011, doc. 10721/11.',
        '^{2} Doc. 9650/13.',
      ].join('\n'),
    );
  });

  it('keeps every line break, CRLF included, so that each line keeps its number', () => {
    expect(markBracketFootnotes('le forum[1].\r\n\r\n[1] Doc. 10721/11.\r\n')).toBe('le forum^{1}.\r\n\r\n^{1} Doc. 10721/11.\r\n');
  });

  it('leaves brackets as printed where no note answers them: a call without a note, a note never called, an omission', () => {
    const uncalled = 'The forum meets twice a year.\n[1] Doc. 10721/11.';
    expect(markBracketFootnotes(uncalled)).toBe(uncalled);
    const unanswered = 'the forum[1] and the network [...] meet.\nNo notes follow.';
    expect(markBracketFootnotes(unanswered)).toBe(unanswered);
  });

  it('reads notes numbered from 1 in order only, and a bracket standing apart from its word as text', () => {
    const outOfOrder = 'the forum[2].\n[2] Doc. 9650/13.';
    expect(markBracketFootnotes(outOfOrder)).toBe(outOfOrder);
    const apart = 'see the list [1] below.\n[1] Doc. 9650/13.';
    expect(markBracketFootnotes(apart)).toBe(apart);
  });

  it('marks the notes up to the first whose number is not called above them', () => {
    const text = 'the forum[1].\n[1] Doc. 10721/11.\n[2] Doc. 9650/13.';
    expect(markBracketFootnotes(text)).toBe('the forum^{1}.\n^{1} Doc. 10721/11.\n[2] Doc. 9650/13.');
  });
});
