import { describe, expect, it } from 'vitest';
import { joinedWrappedLabels, withLabelsWholeInLine } from '../../../../../scripts/ingest/parse/layout/wrapped-labels.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
const texts = (...input: string[]) => joinedWrappedLabels(lines(...input)).map((entry) => entry.text);

describe('joinedWrappedLabels', () => {
  it('sets a label wrapped in its cell whole before its value (-layout), the value kept in its column where it can', () => {
    expect(texts('Uimh. doic. ón        COM(2025) 45 final', 'gCoimisiún:', 'Ábhar:                Togra')).toEqual([
      'Uimh. doic. ón gCoimisiún:   COM(2025) 45 final',
      'Ábhar:                Togra',
    ]);
    expect(texts('No. prev.      14470/25,', 'doc.:          13802/25')).toEqual(['No. prev. doc.:   14470/25,', '               13802/25']);
  });

  it('sets it so in a viewer’s copy, which keeps no gap', () => {
    expect(texts('Uimh. doic. ón COM(2025) 45 final', 'gCoimisiún:')).toEqual(['Uimh. doic. ón gCoimisiún: COM(2025) 45 final']);
    // the value's rest after the label's rest and one space, set at the margin under the value
    expect(texts('No. prev. 14470/25,', 'doc.: 13802/25', 'Subject: EMPACT')).toEqual(['No. prev. doc.: 14470/25,', '13802/25', 'Subject: EMPACT']);
  });

  it('takes a rest with a hyphen (`Dok.-Nr.:`)', () => {
    expect(texts('Vorherige      14470/25,', 'Dok.-Nr.:      13802/25')).toEqual(['Vorherige Dok.-Nr.:   14470/25,', '               13802/25']);
  });

  it('leaves lines whose words form no label, a label’s own line and a label of its own under a line', () => {
    expect(texts('Delegations will find attached', 'Annex:')).toEqual(['Delegations will find attached', 'Annex:']);
    expect(texts('To:            Delegations', 'doc.:')).toEqual(['To:            Delegations', 'doc.:']);
    expect(texts('No. prev.      14470/25', 'Subject:       EMPACT')).toEqual(['No. prev.      14470/25', 'Subject:       EMPACT']);
  });
});

describe('withLabelsWholeInLine', () => {
  it('sets a label whose rest follows its value in a line whole before the value (a -layout page run into one line)', () => {
    expect(withLabelsWholeInLine('To:            Delegations No. prev.      14470/25 doc.: Subject:       EMPACT')).toBe(
      'To:            Delegations No. prev. doc.:      14470/25 Subject:       EMPACT',
    );
    expect(withLabelsWholeInLine('Chuig: Toscaireachtaí Uimh. doic. ón COM(2025) 45 final gCoimisiún: Ábhar: Togra')).toBe(
      'Chuig: Toscaireachtaí Uimh. doic. ón gCoimisiún: COM(2025) 45 final Ábhar: Togra',
    );
    expect(withLabelsWholeInLine('Kam: Delegacijos Ankstesnio 14470/25 dok. Nr.: Dalykas: EMPACT')).toBe(
      'Kam: Delegacijos Ankstesnio dok. Nr.: 14470/25 Dalykas: EMPACT',
    );
  });

  it('leaves a label whole already, a label of its own after a value, a value without a figure and words that form no label', () => {
    for (const line of [
      'To: Delegations No. prev. doc.: 14470/25 Subject: EMPACT',
      'No. prev. doc.: 14470/25 Subject: EMPACT',
      'The Presidency noted No. prev. and the doc.: none',
      'Delegations will find attached 14470/25 Annex: the text',
    ]) {
      expect(withLabelsWholeInLine(line)).toBe(line);
    }
  });
});
