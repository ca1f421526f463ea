import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../src/lib/search-bundles.ts';

/** A built page around an article, as Astro writes one (attributes as Astro renders them). */
const page = (article: string): string => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${article}</main></body></html>`;

describe('bundleOf', () => {
  it('puts the page of a document the archive only cites in the cited-only bundle', () => {
    const html = page(
      '<article data-pagefind-body><h1>14470/1/25 REV 1</h1><span hidden data-pagefind-filter="kind:referenced"></span><span hidden data-pagefind-filter="cited:yes"></span></article>',
    );
    expect(bundleOf(html)).toBe('cited');
  });

  it('puts a meeting or a document holding text in the main bundle', () => {
    expect(bundleOf(page('<article data-pagefind-body=""><h1>COSI meeting of 18–19 November 2025</h1></article>'))).toBe('main');
    expect(bundleOf(page('<article data-pagefind-body><span hidden data-pagefind-filter="kind:note"></span></article>'))).toBe('main');
  });

  it('leaves out a page Pagefind would not index: no data-pagefind-body', () => {
    expect(bundleOf(page('<article><h1>Outcome of proceedings 15912/25</h1></article>'))).toBeNull();
  });

  it('is not fooled by a source text that spells the markers out, which the page escapes', () => {
    const quoted = '&lt;article data-pagefind-body&gt;&lt;span data-pagefind-filter=&quot;cited:yes&quot;&gt;';
    expect(bundleOf(page(`<article><p>${quoted}</p></article>`))).toBeNull();
    expect(bundleOf(page(`<article data-pagefind-body><p title="data-pagefind-filter=&quot;cited:yes&quot;">${quoted}</p></article>`))).toBe('main');
  });
});
