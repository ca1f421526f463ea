import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../../src/schemas/text-block.ts';
import { sentenceReading, sentenceText } from '../../../../../scripts/ingest/parse/text/sentence-text.ts';

const paragraph = (value: string): TextBlock => ({ list: null, inline: [{ type: 'text', value }] });
const item = (value: string): TextBlock => ({ list: 0, inline: [{ type: 'text', value }] });

describe('sentenceText', () => {
  it('separates paragraphs by a blank line and opens list items with a dash on consecutive lines', () => {
    const blocks = [paragraph('COSI took note of'), item('the outcome (doc. 9876/25),'), item('the state of play.'), paragraph('The Presidency concluded.')];
    expect(sentenceText(blocks)).toBe('COSI took note of\n\n- the outcome (doc. 9876/25),\n- the state of play.\n\nThe Presidency concluded.');
  });
});

describe('sentenceReading', () => {
  it("gives the blocks' text and sentences, the same reading each time the same blocks are read", () => {
    const blocks = [paragraph('COSI endorsed the report (doc. 9876/25). Delegations welcomed it.'), paragraph('The item was closed.')];
    const reading = sentenceReading(blocks);
    expect(reading.text).toBe('COSI endorsed the report (doc. 9876/25). Delegations welcomed it.\n\nThe item was closed.');
    expect(reading.units().map((unit) => unit.text)).toEqual(['COSI endorsed the report (doc. 9876/25).', 'Delegations welcomed it.', 'The item was closed.']);
    expect(sentenceReading(blocks)).toBe(reading);
    expect(reading.units()).toBe(reading.units());
  });

  it('reads other blocks of the same text apart', () => {
    const first = [paragraph('COSI held an exchange of views.')];
    const second = [paragraph('COSI held an exchange of views.')];
    expect(sentenceReading(second)).not.toBe(sentenceReading(first));
    expect(sentenceReading(second).units()).toEqual(sentenceReading(first).units());
  });
});
