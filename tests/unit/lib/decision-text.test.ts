import { describe, expect, it } from 'vitest';
import { decidedBy, decisionParts, decisionText, verbPhrase } from '../../../src/lib/decision-text.ts';

describe('decisionParts', () => {
  it('gives the same pieces each time a decision is shown, and each decision its own', () => {
    const decision = { by: 'COSI', verb: 'endorsed', object: 'the report in 9267/25', procedure: 'by written procedure' } as const;
    const first = decisionParts(decision);
    expect(decisionParts({ ...decision })).toBe(first);
    expect(Object.isFrozen(first) && first.every((part) => Object.isFrozen(part))).toBe(true);
    expect(decisionText(decision)).toBe('COSI endorsed the report in 9267/25 (by written procedure)');
    // Texts that run together alike are told apart: who and how, how and what.
    expect(decisionText({ by: 'COSI', verb: 'endorsed', object: 'the report', procedure: 'by silence' })).toBe('COSI endorsed the report (by silence)');
    expect(decisionText({ by: 'COSIby', verb: 'endorsed', object: 'the report', procedure: ' silence' })).toBe('COSIby endorsed the report ( silence)');
    expect(decisionText({ by: 'COSI', verb: 'endorsed', object: ' silencethe report', procedure: 'by' })).toBe('COSI endorsed  silencethe report (by)');
    expect(decisionText({ by: null, verb: 'endorsed', object: 'the report' })).toBe('Endorsed: the report');
    expect(decisionText({ by: null, verb: 'endorsed', object: 'the report', informal: true })).toBe(
      'Endorsed: the report (a view at an informal videoconference, which takes no decisions)',
    );
  });
});

describe('decisionText', () => {
  it('reads who, the verb and what as one sentence', () => {
    expect(decisionText({ by: 'Delegations', verb: 'agreed', object: "on the region's strategic importance" })).toBe(
      "Delegations agreed on the region's strategic importance",
    );
    expect(decisionText({ by: 'the COSI Support Group', verb: 'adopted', object: 'most of them [Fourteen MASPs]' })).toBe(
      'The COSI Support Group adopted most of them [Fourteen MASPs]',
    );
  });

  it('joins a note taken to what was noted with "of"', () => {
    expect(verbPhrase('took-note')).toBe('took note of');
    expect(decisionText({ by: 'COSI', verb: 'took-note', object: 'the items concluded' })).toBe('COSI took note of the items concluded');
  });

  it('says that a body will return to an item, and that a body withdrew one', () => {
    expect(verbPhrase('will-return')).toBe('will return to');
    expect(decisionText({ by: 'COSI', verb: 'will-return', object: 'this item at its next meeting' })).toBe(
      'COSI will return to this item at its next meeting',
    );
    expect(decisionText({ by: 'the Presidency', verb: 'withdrawn', object: 'the draft conclusions' })).toBe('The Presidency withdrew the draft conclusions');
  });

  it('says after what was decided, in brackets, the procedure it was taken by, its document still linked', () => {
    const decision = { by: null, verb: 'approved', object: 'the draft conclusions set out in 15720/25', procedure: 'by silence procedure' } as const;
    expect(decisionText(decision)).toBe('Approved: the draft conclusions set out in 15720/25 (by silence procedure)');
    expect(decisionParts(decision).map((part) => part.reference)).toEqual([null, null, '15720/25', null]);
  });

  it('says after a view taken at an informal videoconference that such a meeting takes no decisions', () => {
    expect(decisionText({ by: 'COSI', verb: 'endorsed', object: 'the approach set out in 13870/25', informal: true })).toBe(
      'COSI endorsed the approach set out in 13870/25 (a view at an informal videoconference, which takes no decisions)',
    );
  });

  it('leads with the verb where the text names nobody', () => {
    expect(decisionText({ by: null, verb: 'tasked', object: 'Europol/EC3 with preparing the draft Protocol' })).toBe(
      'Tasked: Europol/EC3 with preparing the draft Protocol',
    );
    expect(decisionText({ by: null, verb: 'withdrawn', object: 'Internal security architecture' })).toBe('Withdrawn: Internal security architecture');
    expect(decidedBy({ by: null })).toBe('not named');
    expect(decidedBy({ by: 'the Presidency' })).toBe('The Presidency');
  });
});

describe('decisionParts', () => {
  it('cuts out each document the object cites, as printed, with its canonical id and official link', () => {
    expect(decisionParts({ by: 'COSI', verb: 'endorsed', object: 'the way forward as set out in 14470/1/25 REV1 and CM 5119/21' })).toEqual([
      { text: 'COSI endorsed ', reference: null, url: null },
      { text: 'the way forward as set out in ', reference: null, url: null },
      { text: '14470/1/25 REV1', reference: '14470/1/25 REV 1', url: 'https://data.consilium.europa.eu/doc/document/ST-14470-2025-REV-1/en/pdf' },
      { text: ' and ', reference: null, url: null },
      { text: 'CM 5119/21', reference: 'CM 5119/21', url: 'https://data.consilium.europa.eu/doc/document/CM-5119-2021-INIT/en/pdf' },
    ]);
  });
});
