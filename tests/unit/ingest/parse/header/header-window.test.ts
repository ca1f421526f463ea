import { describe, expect, it } from 'vitest';
import { headerWindow, lineNumberAt, positionOf } from '../../../../../scripts/ingest/parse/header/header-window.ts';

describe('headerWindow', () => {
  const window = headerWindow([
    { text: '## **NOTE**', line: 3 },
    { text: 'From: Presidency', line: 5 },
  ]);

  it('joins the first lines and blanks their markup without moving a character', () => {
    expect(window.text).toBe('## **NOTE**\nFrom: Presidency');
    expect(window.plain).toBe('     NOTE  \nFrom: Presidency');
  });

  it('maps an offset back to its line and column and source line', () => {
    expect(positionOf(window, 18)).toEqual({ index: 1, column: 6 });
    expect(lineNumberAt(window, 18)).toBe(5);
    expect(positionOf(window, 999)).toEqual({ index: 1, column: 16 });
  });
});
