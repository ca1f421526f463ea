import { describe, expect, it } from 'vitest';
import type { Markup } from '../../../src/lib/isolated.ts';
import { searchMeta } from '../../../src/lib/search-meta.ts';

/** The HTML a page's template writes for the markup where it places it. */
async function html(markup: readonly Markup[]): Promise<string> {
  let out = '';
  const destination = { write: (chunk: unknown) => void (out += String(chunk)) };
  for (const part of markup) await part.render(destination);
  return out;
}

describe('searchMeta', () => {
  it('gives a document page its type, date and the forms of its number, each in a hidden element', async () => {
    expect(await html(searchMeta({ type: 'Note', date: '15 July 2014', numbers: ['10007/14'] }))).toBe(
      '<span hidden data-pagefind-meta="type:Note"></span><span hidden data-pagefind-meta="date:15 July 2014"></span><span hidden data-pagefind-meta="numbers:10007/14 10007"></span>',
    );
  });

  it('gives an actor page its type alone: no date, no numbers', async () => {
    expect(await html(searchMeta({ type: 'Actor · Agencies', date: null, numbers: [] }))).toBe(
      '<span hidden data-pagefind-meta="type:Actor · Agencies"></span>',
    );
  });

  it('marks a document the archive only cites, and names each form of the numbers of a meeting once', async () => {
    expect(await html(searchMeta({ type: 'Cited document', date: null, numbers: ['9267/25', '9267/25'], cited: true }))).toBe(
      '<span hidden data-pagefind-meta="type:Cited document"></span><span hidden data-pagefind-meta="numbers:9267/25 9267"></span><span hidden data-pagefind-meta="cited:cited only"></span>',
    );
  });

  it('escapes a quote in a value, which would otherwise end the attribute and let the rest be markup', async () => {
    const out = await html(searchMeta({ type: 'x"><script>alert(1)</script>', date: null, numbers: [] }));
    expect(out).toBe('<span hidden data-pagefind-meta="type:x&quot;><script>alert(1)</script>"></span>');
  });
});
