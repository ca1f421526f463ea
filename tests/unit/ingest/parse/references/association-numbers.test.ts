import { describe, expect, it } from 'vitest';
import { associationWarnings } from '../../../../../scripts/ingest/parse/references/association-numbers.ts';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));

describe('associationWarnings', () => {
  it('names each association council number a text cites once, with its version, on the line it is first cited', () => {
    expect(
      associationWarnings(
        lines('See 14470/25.', 'The EU-Ukraine text (UE-UA 2101/25) and UE-MD\u00a01056/1/09 REV 1;', 'again UE-UA  2101/25, UE-GE 3001/24 ADD 1.'),
      ),
    ).toEqual([
      {
        line: 2,
        message:
          'not linked to the register: "UE-UA 2101/25", "UE-MD 1056/1/09 REV 1", "UE-GE 3001/24 ADD 1", numbers of an association council\'s series, which the register keeps apart from the main series at no address certain from the number (each one’s page lists the papers citing it)',
      },
    ]);
  });

  it('names the ACP-EU bodies’ and the EEA’s numbers as the association councils’', () => {
    expect(associationWarnings(lines('See ACP-UE 2103/25 and', 'EEE 1601/1/25 REV 1.'))).toEqual([
      {
        line: 1,
        message:
          'not linked to the register: "ACP-UE 2103/25", "EEE 1601/1/25 REV 1", numbers of an association council\'s series, which the register keeps apart from the main series at no address certain from the number (each one’s page lists the papers citing it)',
      },
    ]);
  });

  it('warns of nothing where no association number is cited (a word ending in UE-, a main series number)', () => {
    expect(associationWarnings(lines('See 2101/25 and ESN 1234/25.', 'BLUE-UA 2101/25', 'UE-UA 2101/25/1'))).toEqual([]);
  });

  it('names not the document’s own number, which its header and footers print', () => {
    expect(associationWarnings(lines('Text.', 'UE-UA 2101/25 TR/kl 1'), ['UE-UA 2101/25'])).toEqual([]);
  });
});
