import { describe, expect, it } from 'vitest';
import { valuesAboveLabels, valuesBeforeLabelsInLine } from '../../../../../scripts/ingest/parse/header/values-above-labels.ts';

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

  it('begins the values under the codes where a copy without blank lines runs them on from the header above (a viewer’s copy)', () => {
    const source = lines(
      'Council of the',
      'European Union',
      'Brussels, 28 May 2025',
      '9267/25',
      'LIMITE',
      'JAI 655',
      'COSI 97',
      'Presidency',
      'COSI',
      '8451/25',
      'European Internal Security Strategy',
      '',
      'From:',
      'To:',
      'No. prev. doc.:',
      'Subject:',
      '',
      'NOTE',
      'The body.',
    );
    // a recipient that looks like a code (`COSI`) is a value: the values hold a line for each label at least
    expect(valuesAboveLabels(source)?.lines.map((entry) => entry.text)).toEqual([
      ...['Council of the', 'European Union', 'Brussels, 28 May 2025', '9267/25', 'LIMITE', 'JAI 655', 'COSI 97'],
      ...['NOTE', '', 'From:', 'To:', 'No. prev. doc.:', 'Subject:', ''],
      ...['Presidency', 'COSI', '8451/25', 'European Internal Security Strategy', 'The body.'],
    ]);
  });

  it('is null for labels with their values, or without a kind line below them', () => {
    expect(valuesAboveLabels(lines('9267/25', '', 'NOTE', '', 'From:\tPresidency', 'To:\tDelegations', '', 'The body.'))).toBeNull();
    expect(valuesAboveLabels(lines('9267/25', '', 'Presidency', 'Delegations', '', 'From:', 'To:', '', 'The body.'))).toBeNull();
  });
});

describe('valuesBeforeLabelsInLine', () => {
  const top = 'Council of the European Union Brussels, 28 May 2025 (OR. en) 9267/25 LIMITE JAI 655 COSI 97';

  it('puts the kind, the labels and then their values in the header order inside a page run into one line, its length kept', () => {
    const text = `${top} Presidency Delegations 8451/25 Strategy - Exchange of views From: To: No. prev. doc.: Subject: NOTE The 19 December 2024 …`;
    const reordered = valuesBeforeLabelsInLine(lines(text));
    const moved = `${top} NOTE From: To: No. prev. doc.: Subject: Presidency Delegations 8451/25 Strategy - Exchange of views The 19 December 2024 …`;
    expect(reordered?.lines).toEqual([{ text: moved, line: 1 }]);
    expect(reordered?.column).toBe(text.indexOf(' The 19'));
  });

  it('sets a watermark’s letter after the values before the kind, and those around the kind with it (the kind line reads them as furniture)', () => {
    const text = `${top} Presidency Delegations Strategy IT From: To: Subject: E NOTE M The body …`;
    expect(valuesBeforeLabelsInLine(lines(text))?.lines[0]?.text).toBe(`${top} IT E NOTE M From: To: Subject: Presidency Delegations Strategy The body …`);
  });

  it('reads no other line: labels with their values after them, no kind after the labels, no number before the values', () => {
    expect(valuesBeforeLabelsInLine(lines(`${top} NOTE From: Presidency To: Delegations Subject: Strategy The body …`))).toBeNull();
    expect(valuesBeforeLabelsInLine(lines(`${top} Presidency Delegations Strategy From: To: Subject: The body …`))).toBeNull();
    expect(valuesBeforeLabelsInLine(lines('Presidency Delegations Strategy From: To: Subject: NOTE The body …'))).toBeNull();
  });
});
