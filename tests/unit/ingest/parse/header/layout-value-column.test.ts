import { describe, expect, it } from 'vitest';
import { startsLeftOfValueColumn, valueColumnEnd } from '../../../../../scripts/ingest/parse/header/layout-value-column.ts';

/** Header rows as `pdftotext -layout` prints them, the value in its column after the label's gap, in several languages. */
const ROWS = [
  '    Subject:            European Internal Security Strategy - Exchange of views',
  '    Objet:              Stratégie de sécurité intérieure',
  '    Betreff:            Strategie für die innere Sicherheit',
  '    Θέμα:               Στρατηγική εσωτερικής ασφάλειας',
];

describe('startsLeftOfValueColumn', () => {
  it.each(ROWS)('reads a line at the margin under %s as none of its value', (row) => {
    expect(startsLeftOfValueColumn(row, 'The 19 December 2024 European Council endorsed')).toBe(true);
  });

  it.each(ROWS)('reads a line in the value’s column under %s as its wrapped line', (row) => {
    expect(startsLeftOfValueColumn(row, `${' '.repeat(24)}– revised text`)).toBe(false);
    expect(startsLeftOfValueColumn(row, `${' '.repeat(22)}– a centred cell’s line`)).toBe(false);
  });

  it('reads no column where the label is no header label, its gap a tab, or its value near the margin', () => {
    expect(startsLeftOfValueColumn('    Questions to the Ministers:      1', 'The Council')).toBe(false);
    expect(startsLeftOfValueColumn('Subject:\tEuropean Internal Security Strategy', 'The Council')).toBe(false);
    expect(startsLeftOfValueColumn('Subject:  Strategy', 'The Council')).toBe(false);
  });
});

describe('valueColumnEnd', () => {
  it('ends the value at the first later line left of its column', () => {
    const row = ROWS[0] ?? '';
    const value = ' '.repeat(12) + 'European Internal Security Strategy -\n' + ' '.repeat(24) + 'Exchange of views\nThe 19 December 2024 European Council';
    expect(value.slice(valueColumnEnd(row, value) ?? 0)).toBe('The 19 December 2024 European Council');
  });

  it('leaves a value whose lines all stand in its column whole', () => {
    const row = ROWS[0] ?? '';
    expect(valueColumnEnd(row, ' '.repeat(12) + 'European Internal Security Strategy -\n' + ' '.repeat(24) + 'Exchange of views')).toBeNull();
  });
});
