import { describe, expect, it } from 'vitest';
import { furtherCorrespondentLines, furtherCorrespondents, isCorrespondentLine } from '../../../../../scripts/ingest/parse/header/correspondent-lines.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';

describe('isCorrespondentLine', () => {
  it('is true of a line that names one of the Council’s correspondents and nothing else', () => {
    expect(isCorrespondentLine('  Permanent Representatives Committee (Part 2)')).toBe(true);
    expect(isCorrespondentLine('Presidency/GSC')).toBe(true);
  });

  it('is false of a line that goes on after the name, and of a blank line', () => {
    expect(isCorrespondentLine('Council conclusions on internal security')).toBe(false);
    expect(isCorrespondentLine('   ')).toBe(false);
  });
});

describe('furtherCorrespondentLines', () => {
  it('spans the lines after a recipient that each name another, and stops before the line that does not', () => {
    const text = 'COSI\nPermanent Representatives Committee\nCouncil\n6120/24\nDraft conclusions';
    expect(text.slice(4, 4 + furtherCorrespondentLines(text, 4))).toBe('\nPermanent Representatives Committee\nCouncil');
  });

  it('leaves the last line to the next label, even when it names a correspondent', () => {
    const text = 'COSI\nCouncil\n';
    expect(furtherCorrespondentLines(text, 4)).toBe(0);
  });
});

describe('furtherCorrespondents', () => {
  it('spans the names run together on one line after a recipient', () => {
    const text = 'COSI Permanent Representatives Committee Council 6120/24 Draft';
    expect(text.slice(4, 4 + furtherCorrespondents(text, 4))).toBe(' Permanent Representatives Committee Council');
  });
});

describe('normalise over recipients one a line', () => {
  it('keeps each recipient on its own line instead of joining them as a wrapped line', () => {
    const lines = normalise('Standing Committee on Operational Cooperation on Internal Security\nPermanent Representatives Committee\nCouncil\n');
    expect(lines.map((line) => line.text)).toEqual([
      'Standing Committee on Operational Cooperation on Internal Security',
      'Permanent Representatives Committee',
      'Council',
    ]);
  });

  it('still joins a wrapped line of a paragraph that ends on a name', () => {
    const lines = normalise('The Presidency will report on the outcome of these discussions to the\nCouncil at its next meeting.\n');
    expect(lines.map((line) => line.text)).toEqual(['The Presidency will report on the outcome of these discussions to the Council at its next meeting.']);
  });
});
