import { describe, expect, it } from 'vitest';
import { headingElement } from '../../../src/lib/heading-element.ts';

/** The HTML a page's template writes for a heading where it places it. */
async function html(markup: ReturnType<typeof headingElement>): Promise<string> {
  let out = '';
  await markup.render({ write: (chunk: unknown) => void (out += String(chunk)) });
  return out;
}

describe('headingElement', () => {
  it('makes the heading of the level given, with its id, its text escaped', async () => {
    expect(await html(headingElement(3, 'item-6-1', ['6.1. ', 'Terrorism <threat> & Europol']))).toBe(
      '<h3 id="item-6-1">6.1. Terrorism &lt;threat&gt; &amp; Europol</h3>',
    );
  });

  it('escapes a quote in the id, which would otherwise end the attribute', async () => {
    expect(await html(headingElement(2, 'x" onclick="y', 'T'))).not.toContain('" onclick="');
  });

  it('refuses a level HTML has no heading element for', () => {
    expect(() => headingElement(7, 'item-1', 'T')).toThrow(RangeError);
    expect(() => headingElement(0, 'item-1', 'T')).toThrow(RangeError);
  });
});
