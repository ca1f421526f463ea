import { describe, expect, it } from 'vitest';
import { isRecalledDecision } from '../../../../scripts/ingest/parse/recalled-decisions.ts';

/** The meeting the outcome is of. */
const MEETING = '2025-11-18';

/** Whether the decision whose body opens at `body` and whose clause ends with the sentence is read as recalled. */
function recalled(sentence: string, body: string, inFootnote = false, meetingDay: string | null = MEETING): boolean {
  const at = sentence.indexOf(body);
  if (at === -1) throw new Error(`no ${body} in ${sentence}`);
  return isRecalledDecision(sentence, at, sentence.length, meetingDay, inFootnote);
}

describe('isRecalledDecision: a decision taken at an earlier meeting, which the outcome only recalls', () => {
  it.each([
    ['en', 'On 3 March 2025, COSI approved the plan.', 'COSI'],
    ['en', 'At its meeting on 3 March 2025, COSI endorsed the plan.', 'COSI'],
    ['fr', 'Le 3 mars 2025, le COSI a approuvé le plan.', 'le COSI'],
    ['fr', 'Lors de sa réunion du 3 mars 2025, le COSI a approuvé le plan.', 'le COSI'],
    ['de', 'Am 3. März 2025 billigte der Ausschuss den Plan.', 'billigte'],
    ['es', 'El 3 de marzo de 2025, el COSI aprobó el plan.', 'el COSI'],
    ['it', 'Il 3 marzo 2025 il COSI ha approvato il piano.', 'il COSI'],
    ['pl', 'W dniu 3 marca 2025 r. Komitet zatwierdził plan.', 'Komitet'],
  ])('reads one whose sentence opens with its earlier day (%s): %s', (_language, sentence, body) => {
    expect(recalled(sentence, body)).toBe(true);
  });

  it.each([
    ['en', 'The Presidency recalled that COSI approved the plan in March.', 'COSI'],
    ['en', 'The Chair reminded delegations that COSI endorsed the handbook.', 'COSI'],
    ['fr', 'La présidence a rappelé que le COSI a approuvé le plan.', 'le COSI'],
    ['de', 'Der Vorsitz erinnerte daran, dass der Ausschuss den Plan gebilligt hat.', 'der Ausschuss'],
    ['es', 'La Presidencia recordó que el COSI aprobó el plan.', 'el COSI'],
    ['pl', 'Prezydencja przypomniała, że Komitet zatwierdził plan.', 'Komitet'],
  ])('reads one reported after a verb of recalling, dated or not (%s): %s', (_language, sentence, body) => {
    expect(recalled(sentence, body, false, null)).toBe(true);
  });

  it('reads one dated anywhere in a footnote’s clause before the meeting, not by a document’s day', () => {
    expect(recalled('COSI approved the plan on 3 March 2025 (doc. 6789/25).', 'COSI', true)).toBe(true);
    expect(recalled('Le COSI a approuvé le plan le 3 mars 2025.', 'Le COSI', true)).toBe(true);
    expect(recalled('COSI took note of the report of 3 March 2025.', 'COSI', true)).toBe(false);
    expect(recalled('Le COSI a pris note du rapport du 3 mars 2025.', 'Le COSI', true)).toBe(false);
    expect(recalled('COSI approved the plan at its meeting of 3 March 2025.', 'COSI', true)).toBe(true);
  });

  it('reads the meeting’s own decisions as its own: dated on or after its day, dated only in the text’s clause, or undated', () => {
    expect(recalled('On 18 November 2025, COSI approved the plan.', 'COSI')).toBe(false);
    expect(recalled('COSI agreed to revert to this item at its meeting on 20 January 2026.', 'COSI', true)).toBe(false);
    // in the item's own text a day inside the clause may be the object's (`the report presented on 3 March 2025`)
    expect(recalled('COSI took note of the report presented on 3 March 2025.', 'COSI')).toBe(false);
    expect(recalled('COSI approved the plan.', 'COSI', true)).toBe(false);
    expect(recalled('On 3 March 2025, COSI approved the plan.', 'COSI', false, null)).toBe(false);
  });
});
