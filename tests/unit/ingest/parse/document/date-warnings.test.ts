import { describe, expect, it } from 'vitest';
import { dateWarnings } from '../../../../../scripts/ingest/parse/document/date-warnings.ts';
import { normalise } from '../../../../../scripts/ingest/parse/normalise.ts';
import { splitDocument } from '../../../../../scripts/ingest/parse/split.ts';

/** The warnings of a Council text, its body read as an agenda. */
function warningsOf(text: string) {
  const { header, body } = splitDocument(normalise(text));
  return dateWarnings(header, body);
}

/** The header of an outcome of proceedings, with its date line and On: line as given. */
const outcome = (dateLine: string, on: string) =>
  `${dateLine}\n(OR. en)\n\n16152/25\n\nCOSI 141\n\nOUTCOME OF PROCEEDINGS\n\nFrom:\tGeneral Secretariat of the Council\nOn:\t${on}\nTo:\tDelegations\nSubject:\tOutcome of Proceedings\n\n`;

describe('dateWarnings', () => {
  it('says nothing of dates from 1990 to 2027', () => {
    expect(warningsOf(`${outcome('Brussels, 2 January 1990', '31 December 2027')}1 January 1990\n\n1. Item\n\nText.\n`)).toEqual([]);
  });

  it('names the document date, each On: day and each day heading outside 1990–2027, in source order', () => {
    const text = `${outcome('Brussels, 31 December 1989', '1 and 2 January 2028')}8 July 2025\n\n1. Item\n\n31 December 9999\n\n2. Item\n\nText.\n`;
    expect(warningsOf(text)).toEqual([
      { line: 1, message: 'the document date 1989-12-31 is outside 1990–2027: kept as printed, used for no meeting, feed or timeline' },
      { line: 11, message: 'the meeting day 2028-01-01 is outside 1990–2027: not used' },
      { line: 11, message: 'the meeting day 2028-01-02 is outside 1990–2027: not used' },
      { line: 19, message: 'the day heading 9999-12-31 is outside 1990–2027: kept as text, not a meeting day' },
    ]);
  });

  it('leaves a date in a sentence alone: only day headings are read as days', () => {
    expect(warningsOf(`${outcome('Brussels, 2 March 2025', '1 March 2025')}1. Item\n\nThe strategy runs until 31 December 2099.\n`)).toEqual([]);
  });
});
