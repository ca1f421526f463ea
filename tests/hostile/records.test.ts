import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../../src/schemas/record.ts';
import { blocksPlain } from '../../src/shared/source-text.ts';

/** The record of a hostile fixture, which must parse. */
function fixtureRecord(name: string, text = readFileSync(`tests/fixtures/hostile/${name}`, 'utf8')): OkRecord {
  const record = parseDocument(text, `tests/fixtures/hostile/${name}`);
  if (record.status !== 'ok') throw new Error(`${name}: ${record.error.message}`);
  return record;
}

describe('an outcome with the day lines 31 December 9999 and 1 January 1900 (far-dates.txt)', () => {
  const record = fixtureRecord('far-dates.txt');

  it('keeps the meeting of 8 July 2025 and every item on that day', () => {
    expect(record.meeting).toEqual({ dates: ['2025-07-08'] });
    expect(record.items.map((item) => [item.number, item.day])).toEqual([
      ['1', '2025-07-08'],
      ['2', '2025-07-08'],
      ['3', '2025-07-08'],
    ]);
  });

  it('keeps the day lines as text of the items above them', () => {
    expect(blocksPlain(record.items[0]?.text ?? [])).toContain('31 December 9999');
    expect(blocksPlain(record.items[1]?.text ?? [])).toContain('1 January 1900');
  });

  it('reports each day line as a warning naming its line', () => {
    expect(record.warnings).toEqual([
      { line: 22, message: 'the day heading 9999-12-31 is outside 1990–2027: kept as text, not a meeting day' },
      { line: 28, message: 'the day heading 1900-01-01 is outside 1990–2027: kept as text, not a meeting day' },
    ]);
  });

  it('uses no day of an On: line outside the plausible years, and says so', () => {
    const text = readFileSync('tests/fixtures/hostile/far-dates.txt', 'utf8').replace('On:\t8 July 2025', 'On:\t8 July 2025 and 31 December 9999');
    const changed = fixtureRecord('far-dates.txt', text);
    expect(changed.meeting).toEqual({ dates: ['2025-07-08'] });
    expect(changed.warnings[0]).toEqual({ line: 12, message: 'the meeting day 9999-12-31 is outside 1990–2027: not used' });
  });
});

describe('a note dated Brussels, 31 December 9999 (far-dated-note.txt)', () => {
  it('keeps its date as printed, with a warning on line 1', () => {
    const record = fixtureRecord('far-dated-note.txt');
    expect(record.date).toBe('9999-12-31');
    expect(record.warnings).toEqual([
      { line: 1, message: 'the document date 9999-12-31 is outside 1990–2027: kept as printed, used for no meeting, feed or timeline' },
    ]);
  });
});

describe('an outcome with bidirectional controls in its file name, From:, subject and titles (report-<U+202E>fdp.txt)', () => {
  const record = fixtureRecord('report-\u202Efdp.txt');

  it('keeps every control in the record’s text', () => {
    expect(record.from).toBe('\u202BGeneral Secretariat of the Council');
    expect(record.subject).toBe('Outcome of Proceedings of COSI on \u202Efdp.exe\u202C files and an override left open \u202E9 July 2025');
    expect(record.items.map((item) => item.title)).toEqual([
      'Adoption of the agenda \u202E5202 yluJ 9',
      'Europol report \u2066isolated\u2069, \u2067isolated\u2069, \u2068isolated\u2069 and \u202Doverridden\u202C',
      'Frontex report with a stray pop \u2069 and an override \u202E left open',
    ]);
  });

  it('reports the file name and each line with a control as warnings, naming the controls', () => {
    const controls = (message: string) => [...message.matchAll(/U\+([0-9A-F]{4})/g)].map((match) => match[1]);
    expect(record.warnings.map(({ line, message }) => ({ line, controls: controls(message) }))).toEqual([
      { line: 0, controls: ['202E'] },
      { line: 11, controls: ['202B'] },
      { line: 14, controls: ['202E', '202C'] },
      { line: 18, controls: ['202E'] },
      { line: 22, controls: ['2066', '2069', '2067', '2068', '202D', '202C'] },
      { line: 26, controls: ['2069', '202E'] },
    ]);
    expect(record.warnings[0]?.message).toBe('the file name holds bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE): pages show it isolated');
  });
});

describe('an outcome with a paragraph of 130,000 sentences on 130 lines and a line of 5,000 clauses (stack-depth.txt)', () => {
  it('parses, keeping every sentence in the items’ text', () => {
    const record = fixtureRecord('stack-depth.txt');
    expect(record.items.map((item) => item.title)).toEqual(['Adoption of the agenda', 'One long sentence']);
    expect(blocksPlain(record.items[0]?.text ?? []).match(/Yes\./g)).toHaveLength(130_000);
    expect(blocksPlain(record.items[1]?.text ?? []).match(/Yes,/g)).toHaveLength(4_999);
  });
});
