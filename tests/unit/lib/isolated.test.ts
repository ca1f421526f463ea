import { describe, expect, it } from 'vitest';
import { decisionSentence, documentLink } from '../../../src/lib/document-link.ts';
import { isolated, isolatedTitle, type Markup } from '../../../src/lib/isolated.ts';

/** The HTML a page's template writes for markup (or a list of texts and markup) where it places it. */
async function html(markup: Markup | readonly (string | Markup)[]): Promise<string> {
  let out = '';
  const destination = { write: (chunk: unknown) => void (out += String(chunk)) };
  for (const part of Array.isArray(markup) ? markup : [markup]) {
    if (typeof part === 'string') throw new Error(`a bare string is escaped by the page's template, not here: ${part}`);
    await part.render(destination);
  }
  return out;
}

describe('isolated', () => {
  it('isolates a source’s text in a bdi, its markup shown as text', async () => {
    expect(await html(isolated('<script>alert(1)</script> R&D'))).toBe('<bdi>&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D</bdi>');
  });

  it('puts each bidirectional control in a bdi of its own, so that report‮fdp.exe cannot show as reportexe.pdf', async () => {
    expect(await html(isolated('report\u202Efdp.exe'))).toBe('<bdi>report<bdi>\u202E</bdi>fdp.exe</bdi>');
  });

  it('links the isolated text when given an address (a reference in a header line)', async () => {
    expect(await html(isolated('9267/25', '/documents/9267-25/'))).toBe('<a href="/documents/9267-25/"><bdi>9267/25</bdi></a>');
  });

  it('escapes a quote in the address, which would otherwise end the attribute', async () => {
    expect(await html(isolated('x', '/a"onmouseover="b'))).not.toContain('"onmouseover="');
  });
});

describe('isolatedTitle', () => {
  it('isolates a heading’s title in a span with dir auto, whose text Pagefind reads, controls still apart', async () => {
    expect(await html(isolatedTitle('EU <b>\u2067x'))).toBe('<span dir="auto">EU &lt;b&gt;<bdi>\u2067</bdi>x</span>');
  });
});

describe('documentLink', () => {
  it('links a document number to its page by its slug, the number isolated', async () => {
    expect(await html(documentLink('CM 4578/2/24 REV 2'))).toBe('<a class="doc-ref" href="/documents/cm-4578-2-24-rev-2/"><bdi>CM 4578/2/24 REV 2</bdi></a>');
  });

  it('shows the number as the text printed it when given that text', async () => {
    expect(await html(documentLink('CM 4578/2/24 REV 2', 'CM 4578/2/24 REV2'))).toContain('<bdi>CM 4578/2/24 REV2</bdi>');
  });
});

describe('decisionSentence', () => {
  it('links a document the decision lists to its page and one it does not list to its official text', async () => {
    const parts = decisionSentence({ by: 'Delegations', verb: 'endorsed', object: 'doc. 9267/25 and doc. 8812/19', references: ['9267/25'] });
    const markup = parts.filter((part): part is Markup => typeof part !== 'string');
    const texts = parts.filter((part) => typeof part === 'string');
    expect(texts.join('|')).toBe('Delegations endorsed |doc. | and doc. ');
    expect(await html(markup[0] as Markup)).toBe('<a class="doc-ref" href="/documents/9267-25/"><bdi>9267/25</bdi></a>');
    expect(await html(markup[1] as Markup)).toMatch(/^<a href="https:\/\/[^"]+">8812\/19<\/a>$/);
  });
});
