import { describe, expect, it } from 'vitest';
import { searchChoices } from '../../../src/lib/search-choices.ts';

describe('searchChoices', () => {
  const choices = searchChoices({
    meetingIds: ['2017-11-21', '2025-11-18'],
    documents: [
      { date: '2017-12-19', kind: 'outcome-of-proceedings', meeting: '2017-11-21' },
      { date: '2025-02-27', kind: 'note', meeting: null },
      { date: '2024-12-31', kind: 'note', meeting: null },
    ],
    verbs: ['took-note', 'adopted', 'took-note'],
  });

  it('offers the years of meetings and of documents indexed on their own page, newest first', () => {
    expect(choices.years).toEqual(['2025', '2024', '2017']);
  });

  it('offers every document kind and the kind of cited-only documents', () => {
    expect(choices.kinds).toEqual(['note', 'outcome-of-proceedings', 'referenced']);
  });

  it('offers the verbs in use once each, in the vocabulary order', () => {
    expect(choices.verbs).toEqual(['adopted', 'took-note']);
  });
});
