import { describe, expect, it } from 'vitest';
import { bidiWarnings } from '../../../../../scripts/ingest/parse/document/bidi-warnings.ts';

describe('bidiWarnings', () => {
  it('warns of each line with a control, naming its controls once each, counting lines as the normaliser does', () => {
    const text = 'Brussels\r\nSubject:\t\u202Ea\u202Eb\u202C\rplain\n\u2067x\u2069\u2028last \u202A';
    expect(bidiWarnings(text, 'content/sources/a.txt')).toEqual([
      {
        line: 2,
        message: 'bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING) can show this line in another order than it reads',
      },
      {
        line: 4,
        message: 'bidirectional controls (U+2067 RIGHT-TO-LEFT ISOLATE, U+2069 POP DIRECTIONAL ISOLATE) can show this line in another order than it reads',
      },
      { line: 5, message: 'bidirectional controls (U+202A LEFT-TO-RIGHT EMBEDDING) can show this line in another order than it reads' },
    ]);
  });

  it('warns of a control in the path of the source at line 0, and of nothing in a plain text', () => {
    expect(bidiWarnings('plain text', 'content/sources/report-\u202Efdp.txt')).toEqual([
      { line: 0, message: 'the file name holds bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE): pages show it isolated' },
    ]);
    expect(bidiWarnings('plain text\nsecond line', 'content/sources/plain.txt')).toEqual([]);
  });
});
