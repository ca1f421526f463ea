import { describe, expect, it } from 'vitest';
import { isRecalledDecision } from '../../../../../scripts/ingest/parse/decisions/recalled-decisions.ts';

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

describe('isRecalledDecision: in the item’s own text, a clause that closes with an earlier day', () => {
  it.each([
    ['en', 'The Presidency presented the plan. COSI approved the plan on 3 March 2025.', 'COSI approved'],
    ['en', 'The Presidency presented the plan. COSI approved the plan on 3 March 2025 (doc. 6789/25).', 'COSI approved'],
    ['en', 'The Presidency presented the plan, and COSI approved it at its meeting of 3 March 2025.', 'COSI approved'],
    ['fr', 'Le COSI a approuvé le plan le 3 mars 2025.', 'Le COSI'],
    ['de', 'Der Ausschuss billigte den Plan am 3. März 2025.', 'Der Ausschuss'],
    ['es', 'El COSI aprobó el plan el 3 de marzo de 2025.', 'El COSI'],
    ['it', 'Il COSI ha approvato il piano il 3 marzo 2025.', 'Il COSI'],
    ['pt', 'O COSI aprovou o plano em 3 de março de 2025.', 'O COSI'],
    ['pl', 'Komitet zatwierdził plan w dniu 3 marca 2025 r.', 'Komitet'],
  ])('reads it as recalled, the day dating the verb (%s): %s', (_language, sentence, body) => {
    expect(recalled(sentence, body)).toBe(true);
  });

  it.each([
    ['en', 'COSI took note of the report presented on 3 March 2025.'],
    ['en', 'COSI approved the plan adopted on 3 March 2025.'],
    ['en', 'COSI took note of the state of play on 18 November 2025.'],
    ['en', 'COSI agreed to revert to this item on 20 January 2026.'],
    ['fr', 'Le COSI a pris note du rapport présenté le 3 mars 2025.'],
    ['es', 'El COSI tomó nota del informe presentado el 3 de marzo de 2025.'],
    ['en', 'COSI took note of the information about the conference that took place on 12 November 2021.'],
    ['fr', 'Le COSI a pris note des informations sur la conférence qui a eu lieu le 12 novembre 2021.'],
  ])('reads it as the meeting’s own where the day is its object’s or not earlier (%s): %s', (_language, sentence) => {
    expect(recalled(sentence, sentence.split(' ')[0] === 'COSI' ? 'COSI' : sentence.slice(0, sentence.indexOf(' ', 3)))).toBe(false);
  });
});
