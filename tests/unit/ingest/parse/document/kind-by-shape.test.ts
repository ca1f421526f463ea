import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../../src/schemas/decision.ts';
import { kindByShape, unknownKindWarning } from '../../../../../scripts/ingest/parse/document/kind-by-shape.ts';

const decision: Decision = { by: 'COSI', verb: 'took-note', object: 'the information', references: [], sentence: 0 };
const item = (number: string | null, title: string, decided: boolean) => ({ number, title, decisions: decided ? [decision] : [] });

describe('kindByShape', () => {
  it('reads a communication with the day of its meeting as a notice of meeting', () => {
    expect(kindByShape({ number: 'CM 2210/24', on: ['2024-04-16'], subjectDays: [], items: () => [] })).toBe('notice-of-meeting');
  });

  it('reads a meeting’s numbered items that record decisions as an outcome of proceedings', () => {
    const items = () => [item('1', 'Adoption of the agenda', true), item('2', 'Information from the Presidency', true), item('3', 'Any other business', false)];
    expect(kindByShape({ number: '14470/25', on: [], subjectDays: ['2025-11-18'], items })).toBe('outcome-of-proceedings');
  });

  it('names no kind for numbered paragraphs, items out of sequence, items without decisions or a subject without a meeting day', () => {
    const paragraphs = () => [item('1', 'The Presidency has prepared the discussion.', true), item('2', 'COSI is invited to discuss the questions.', true)];
    expect(kindByShape({ number: '14501/25', on: [], subjectDays: ['2025-11-18'], items: paragraphs })).toBeNull();
    const skipping = () => [item('1', 'Adoption of the agenda', true), item('3', 'Any other business', true)];
    expect(kindByShape({ number: '14501/25', on: [], subjectDays: ['2025-11-18'], items: skipping })).toBeNull();
    const undecided = () => [item('1', 'Introduction', false), item('2', 'Questions', false), item('3', 'Next steps', true)];
    expect(kindByShape({ number: '14501/25', on: [], subjectDays: ['2025-11-18'], items: undecided })).toBeNull();
    const decided = () => [item('1', 'Adoption of the agenda', true), item('2', 'Any other business', true)];
    expect(kindByShape({ number: '14501/25', on: [], subjectDays: [], items: decided })).toBeNull();
    expect(kindByShape({ number: '14501/25', on: ['2025-11-18'], subjectDays: [], items: decided })).toBeNull();
  });

  it('warns with the kind line as printed and what the body was read as', () => {
    expect(unknownKindWarning('ZZZ QQQ', null)).toBe(
      'the kind line "ZZZ QQQ" is none the parser knows: the body was read as sections, as a note’s (its shape names no kind)',
    );
    expect(unknownKindWarning('ZZZ QQQ', 'outcome-of-proceedings')).toContain('an outcome of proceedings');
  });
});
