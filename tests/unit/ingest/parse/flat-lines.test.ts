import { describe, expect, it } from 'vitest';
import { splitFlatLine } from '../../../../scripts/ingest/parse/flat-lines.ts';

const texts = (text: string) => splitFlatLine({ text, line: 7 }).map((entry) => entry.text);
const padding = 'The Presidency recalled the background of the file and the work done in the working party over the semester. '.repeat(4);

describe('splitFlatLine', () => {
  it('leaves a line shorter than a page as it is', () => {
    expect(texts('1. Adoption of the agenda The agenda was adopted. 2. AOB')).toEqual(['1. Adoption of the agenda The agenda was adopted. 2. AOB']);
  });

  it('cuts a page run into one line before its numbered paragraphs in sequence, keeping the line number', () => {
    const pieces = splitFlatLine({
      text: `${padding}1. On 12 October the Commission submitted it. 2. The working party examined it. 4. Not in sequence.`,
      line: 7,
    });
    expect(pieces.map((entry) => entry.text)).toEqual([
      padding.trim(),
      '',
      '1. On 12 October the Commission submitted it.',
      '',
      '2. The working party examined it. 4. Not in sequence.',
    ]);
    expect(new Set(pieces.map((entry) => entry.line))).toEqual(new Set([7]));
  });

  it('gives a day heading its own line and cuts each item title from its text where a sentence opener follows it', () => {
    expect(texts(`${padding}(COSI) 26 September 2024 1. Adoption of the agenda The agenda was adopted as set out in CM 4103/24. 2. AOB`)).toEqual([
      `${padding}(COSI)`.trim(),
      '',
      '26 September 2024',
      '',
      '1. Adoption of the agenda',
      '',
      'The agenda was adopted as set out in CM 4103/24.',
      '',
      '2. AOB',
    ]);
  });

  it('does not cut at the number of a version suffix', () => {
    const text = `${padding}COSI approved the recommendations as set out in 4042/10 COR 1. The agency reported on the training needs of the Member States.`;
    expect(texts(text)).toEqual([text]);
  });
});
