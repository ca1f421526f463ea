import { describe, expect, it } from 'vitest';
import { valuesAboveLabels } from '../../../../scripts/ingest/parse/values-above-labels.ts';

function lines(...texts: string[]): { text: string; line: number }[] {
  return texts.map((text, index) => ({ text, line: index + 1 }));
}

describe('valuesAboveLabels', () => {
  it('puts the kind, the labels and then their values in the header order, each line with its source line number', () => {
    const source = lines(
      '9267/25',
      'COSI 97',
      '',
      'Presidency',
      'Delegations',
      'Strategy - Exchange of views',
      '',
      'From:',
      'To:',
      'Subject:',
      '',
      'NOTE',
      '',
      'The body.',
    );
    const reordered = valuesAboveLabels(source);
    expect(reordered?.last).toBe(11);
    expect(reordered?.lines.map((entry) => entry.line)).toEqual([1, 2, 3, 12, 11, 8, 9, 10, 7, 4, 5, 6, 13, 14]);
  });

  it('is null for labels with their values, or without a kind line below them', () => {
    expect(valuesAboveLabels(lines('9267/25', '', 'NOTE', '', 'From:\tPresidency', 'To:\tDelegations', '', 'The body.'))).toBeNull();
    expect(valuesAboveLabels(lines('9267/25', '', 'Presidency', 'Delegations', '', 'From:', 'To:', '', 'The body.'))).toBeNull();
  });
});
