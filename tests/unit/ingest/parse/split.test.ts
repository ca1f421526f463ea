import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../scripts/ingest/parse/normalise.ts';
import { splitDocument } from '../../../../scripts/ingest/parse/split.ts';

const split = (text: string) => splitDocument(normalise(text));

describe('splitDocument', () => {
  it('ends the header of seed 003 after its Subject line and takes the footnotes out of the body', () => {
    const { header, body, footnotes } = split(readFileSync('content/sources/003_4dba75d703f3f065.txt', 'utf8'));
    expect(header[header.length - 1]?.text).toBe('Subject:\tEuropean Internal Security Strategy - Exchange of views');
    expect(body.find((entry) => entry.text !== '')?.text).toMatch(/^The 19 December 2024 European Council endorsed/);
    expect(footnotes.map((footnote) => [footnote.mark, footnote.line])).toEqual([
      ['1', 33],
      ['2', 35],
    ]);
  });

  it('keeps label blocks separated by a rule in the header (seed 002)', () => {
    const { header, body } = split(readFileSync('content/sources/002_e25e8abf6c082c01.txt', 'utf8'));
    expect(header.map((entry) => entry.text)).toContain('Subject: Standing Committee on Operational Cooperation on Internal Security (COSI)');
    expect(body.find((entry) => entry.text !== '')?.text).toBe('### 1. Adoption of the agenda');
  });

  it('puts every line in exactly one part, in order', () => {
    const lines = normalise(readFileSync('content/sources/001_a69fd2a43e7584cc.txt', 'utf8'));
    const { header, body, footnotes } = splitDocument(lines);
    const all = [...header, ...body, ...footnotes].map((entry) => entry.line).sort((a, b) => a - b);
    expect(all).toEqual(lines.map((entry) => entry.line));
    expect(footnotes).toHaveLength(42);
  });

  it('continues a value on an indented line and ends the header at an unindented numbered line', () => {
    const { header, body } = split('15/25\nSubject:\tDraft conclusions\n\t- Approval\n1.\tThe Committee reached agreement.');
    expect(header.map((entry) => entry.text)).toEqual(['15/25', 'Subject:\tDraft conclusions', '\t- Approval']);
    expect(body.map((entry) => entry.text)).toEqual(['1.\tThe Committee reached agreement.']);
  });

  it('ends a header without labels at its last header-shaped line', () => {
    const { header, body } = split('Brussels, 2 May 2024\n\n1234/24\n\nNOTE\n\nDelegations will find attached the note.');
    expect(header.filter((entry) => entry.text !== '')).toHaveLength(3);
    expect(body.map((entry) => entry.text)).toEqual(['', 'Delegations will find attached the note.']);
  });
});
