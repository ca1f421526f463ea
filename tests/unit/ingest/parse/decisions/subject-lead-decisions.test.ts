import { describe, expect, it } from 'vitest';
import { findDecisions } from '../../../../../scripts/ingest/parse/decisions/decisions.ts';
import { parseDocument } from '../../../../../scripts/ingest/parse/parse.ts';
import { OUTCOME_HEADER_15990 } from '../../../../support/outcome-header.ts';

/** Who decided what, as triples, in order. */
function statements(text: string): Array<[string | null, string, string]> {
  return findDecisions(text, 'Any item').decisions.map(({ by, verb, object }) => [by, verb, object]);
}

describe('a list whose lead names only its subject (`COSI:`), each point opening with its verb', () => {
  it('gives one decision per verb of each point, by the body the lead names', () => {
    expect(
      statements(
        'COSI:\n- took note of the presentation by Europol;\n- approved the Operational Action Plans 2026 as set out in 14001/25;\n- invited the Member States to take part in the actions.',
      ),
    ).toEqual([
      ['COSI', 'took-note', 'the presentation by Europol'],
      ['COSI', 'approved', 'the Operational Action Plans 2026 as set out in 14001/25'],
      ['COSI', 'invited', 'the Member States to take part in the actions'],
    ]);
    expect(statements('The Committee:\n- endorsed the recommendations;\n- agreed to revert to the matter in March.')).toEqual([
      ['COSI', 'endorsed', 'the recommendations'],
      ['COSI', 'agreed', 'to revert to the matter in March'],
    ]);
    expect(statements("Le COSI:\n- a pris note de la présentation d'Europol;\n- a approuvé les plans figurant dans le document 14001/25.")).toEqual([
      ['COSI', 'took-note', "la présentation d'Europol"],
      ['COSI', 'approved', 'les plans figurant dans le document 14001/25'],
    ]);
    expect(statements('Der Ausschuss\n- nahm Kenntnis von der Präsentation von Europol;\n- billigte die operativen Aktionspläne 2026.')).toEqual([
      ['COSI', 'took-note', 'der Präsentation von Europol'],
      ['COSI', 'approved', 'die operativen Aktionspläne 2026'],
    ]);
    expect(statements('Delegations:\n- welcomed the report;\n- took note of the timetable.')).toEqual([
      ['Delegations', 'welcomed', 'the report'],
      ['Delegations', 'took-note', 'the timetable'],
    ]);
  });

  it('gives none where the lead names no body, and keeps a lead with its verb spread over the points', () => {
    expect(statements('Conclusions:\n- took note of the presentation;\n- approved the plans.')).toEqual([]);
    expect(statements('COSI took note of:\n- the presentation by Europol;\n- the report of the Presidency.')).toEqual([
      ['COSI', 'took-note', 'the presentation by Europol'],
      ['COSI', 'took-note', 'the report of the Presidency'],
    ]);
  });

  it("reads them in an outcome's items, plain and lettered", () => {
    const text = `${OUTCOME_HEADER_15990}1. EMPACT – Operational Action Plans 2026
COSI:
- took note of the presentation by Europol;
- approved the Operational Action Plans 2026 as set out in 14001/25.
2. Counter-terrorism
The Committee:
a) took note of the state of play;
b) agreed to revert to the matter at its next meeting.
15990/25 AB/cd 1
JAI.1 LIMITE EN
`;
    const record = parseDocument(text, 'outcome.txt');
    if (record.status !== 'ok') throw new Error(record.error.message);
    expect(record.items.map((item) => item.decisions.map(({ by, verb, object }) => [by, verb, object]))).toEqual([
      [
        ['COSI', 'took-note', 'the presentation by Europol'],
        ['COSI', 'approved', 'the Operational Action Plans 2026 as set out in 14001/25'],
      ],
      [
        ['COSI', 'took-note', 'the state of play'],
        ['COSI', 'agreed', 'to revert to the matter at its next meeting'],
      ],
    ]);
  });
});
