import { describe, expect, it } from 'vitest';
import { cutsDocumentNumber } from '../../../../../scripts/ingest/parse/text/cut-document-number.ts';

describe('cutsDocumentNumber', () => {
  it('sees a suffix whose number the wrap moved to a line that looks like agenda item 5', () => {
    expect(
      cutsDocumentNumber('implications of the situation in the Middle East as set out in 3041/5/14 REV', '5. The eu-LISA agency informed delegations'),
    ).toBe(true);
    expect(cutsDocumentNumber('the joint messages as set out in CM 2864/1/25 REV 1 COR', '1. Europol reported on the results.')).toBe(true);
  });

  it('sees a suffix the wrap moved to the next line, after the number or after another suffix', () => {
    expect(cutsDocumentNumber('conclusions on environmental crime and the dumping of chemical waste as set out in 10662/25', 'ADD 2.')).toBe(true);
    expect(cutsDocumentNumber('the roadmap on the European Ports Alliance as set out in 14470/1/25 REV 1', 'ADD 1. COSI took note.')).toBe(true);
  });

  it('leaves a line alone that ends a number with its suffix complete, or that ends in words', () => {
    expect(cutsDocumentNumber('COSI endorsed the roadmap as set out in 14470/1/25 REV 1', '2. Information from the Presidency')).toBe(false);
    expect(cutsDocumentNumber('The Presidency presented the state of play of the REVIEW', '5. The EEAS reported.')).toBe(false);
    expect(cutsDocumentNumber('The Committee endorsed the plan as set out in 10662/25', 'Additional remarks were made.')).toBe(false);
    expect(cutsDocumentNumber('The Committee endorsed the plan as set out in 10662/25', '12345 delegates attended.')).toBe(false);
  });
});
