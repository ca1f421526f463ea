import type { Footnote } from '../../../../src/schemas/footnote.ts';
import type { TextBlock } from '../../../../src/schemas/text-block.ts';
import { type FoundDecision, findDecisions } from './decisions.ts';
import { delegationPositions, type Position } from './delegation-positions.ts';
import { sentenceReading } from '../text/sentence-text.ts';

/** The footnotes an item's text calls, in the order first called. */
function calledFootnotes(text: readonly TextBlock[], footnotes: readonly Footnote[]): Footnote[] {
  const labels = [...new Set(text.flatMap((block) => block.inline.flatMap((part) => (part.type === 'footnote' ? [part.label] : []))))];
  return labels.flatMap((label) => footnotes.filter((footnote) => footnote.label === label));
}

/**
 * The positions of delegations an item records: its text's, then those of the footnotes its text calls, where an
 * outcome sets a delegation's reservation at the foot of the page (`COSI approved the conclusions.¹` / `¹ One delegation
 * (HU) entered a parliamentary scrutiny reservation.`), each sentence once, in the order called.
 */
export function itemPositions(text: readonly TextBlock[], footnotes: readonly Footnote[]): Position[] {
  const own = sentenceReading(text);
  const positions = delegationPositions(own.text, own.units);
  const seen = new Set(positions.map(({ sentence }) => sentence));
  for (const footnote of calledFootnotes(text, footnotes)) {
    const note = sentenceReading(footnote.text);
    for (const position of delegationPositions(note.text, note.units)) {
      if (seen.has(position.sentence)) continue;
      seen.add(position.sentence);
      positions.push(position);
    }
  }
  return positions;
}

/**
 * The decisions of an agenda item: those its text records, then those of the footnotes its text calls, where an outcome
 * records a decision at the foot of the page (`COSI held an exchange of views.¹` / `¹ COSI agreed to revert to this item
 * in January 2026.`), in the order called; each (by, verb, object) once, the footnotes' sentences after the text's. A
 * decision dated before `meetingDay` (the first day of the meeting) is recalled from an earlier meeting, none of the
 * item's: opening its sentence in the text (`On 3 March 2025, COSI approved …`), anywhere in a footnote's clause.
 */
export function itemDecisions(
  text: readonly TextBlock[],
  title: string,
  footnotes: readonly Footnote[],
  meetingDay: string | null = null,
): { sentences: string[]; decisions: FoundDecision[] } {
  const reading = sentenceReading(text);
  const own = findDecisions(reading.text, title, { meetingDay, inFootnote: false }, reading.units());
  const called = calledFootnotes(text, footnotes);
  if (called.length === 0) return own;
  const sentences = [...own.sentences];
  const decisions = [...own.decisions];
  const seen = new Set(decisions.map(({ by, verb, object }) => JSON.stringify([by, verb, object])));
  for (const footnote of called) {
    const note = sentenceReading(footnote.text);
    const found = findDecisions(note.text, title, { meetingDay, inFootnote: true }, note.units());
    for (const decision of found.decisions) {
      const key = JSON.stringify([decision.by, decision.verb, decision.object]);
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence = found.sentences[decision.sentence] ?? '';
      const at = sentences.indexOf(sentence);
      decisions.push({ ...decision, sentence: at === -1 ? sentences.push(sentence) - 1 : at });
    }
  }
  return { sentences, decisions };
}
