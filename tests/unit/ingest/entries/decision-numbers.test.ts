import { describe, expect, it } from 'vitest';
import { decisionNumbers, type DecisionKey } from '../../../../scripts/ingest/entries/decision-numbers.ts';

const exchanged: DecisionKey = { anchor: 'item-2', by: 'COSI', verb: 'exchanged-views', object: 'on drug trafficking through the ports of the Union' };
const endorsed: DecisionKey = { anchor: 'item-2', by: 'COSI', verb: 'endorsed', object: 'the recommendations set out in 90331/25' };
const invited: DecisionKey = { anchor: 'item-2', by: 'COSI', verb: 'invited', object: 'Europol to report on their implementation' };
const agreed: DecisionKey = { anchor: 'item-2', by: 'Delegations', verb: 'agreed', object: 'on the need for joint controls in the ports' };
const adopted: DecisionKey = { anchor: 'item-1', by: 'COSI', verb: 'adopted', object: 'the agenda' };

describe('decisionNumbers', () => {
  it('numbers the decisions of a single version 1, 2, 3 within each item', () => {
    expect(decisionNumbers([[adopted, exchanged, endorsed]])).toEqual({ 'item-1': [1], 'item-2': [1, 2] });
  });

  it('keeps the numbers of the earlier version when a revision inserts a decision before them and drops one, and gives the new one a number never given', () => {
    expect(
      decisionNumbers([
        [exchanged, endorsed, invited],
        [agreed, endorsed, invited],
      ]),
    ).toEqual({ 'item-2': [4, 2, 3] });
  });

  it("keeps a decision's number when a corrigendum corrects its object but not who decided or the verb", () => {
    const corrected = { ...endorsed, object: 'the recommendations set out in 90331/1/25 REV 1' };
    expect(
      decisionNumbers([
        [exchanged, endorsed],
        [exchanged, corrected],
      ]),
    ).toEqual({ 'item-2': [1, 2] });
  });

  it('gives a decision a corrigendum dropped and a revision restored the number it had first', () => {
    expect(
      decisionNumbers([
        [exchanged, endorsed, invited],
        [exchanged, invited],
        [exchanged, endorsed, invited],
      ]),
    ).toEqual({ 'item-2': [1, 2, 3] });
  });

  it('matches who decided and the verb to a decision not yet taken, so that two decisions of one verb keep one number each', () => {
    const second = { ...endorsed, object: 'the action plan set out in 90332/25' };
    expect(
      decisionNumbers([
        [endorsed, second],
        [second, endorsed],
      ]),
    ).toEqual({ 'item-2': [2, 1] });
  });
});
