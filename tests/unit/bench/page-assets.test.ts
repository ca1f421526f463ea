import { describe, expect, it } from 'vitest';
import { median, pageAssets, pageType, staticImports } from '../../../scripts/bench/page-assets.ts';

describe('pageType', () => {
  const ingested = new Set(['15912-25']);
  it('names the page types of the site from their paths under dist/', () => {
    expect(pageType('index.html', ingested)).toBe('home');
    expect(pageType('404.html', ingested)).toBe('not-found');
    expect(pageType('meetings/index.html', ingested)).toBe('meetings');
    expect(pageType('meetings/2025-11-18/index.html', ingested)).toBe('meeting');
    expect(pageType('decisions/endorsed/index.html', ingested)).toBe('decisions/*');
    expect(pageType('search/index.html', ingested)).toBe('search');
    expect(pageType('topics/europol/index.html', ingested)).toBe('topics/*');
  });
  it('tells an ingested document from a document that is only referenced', () => {
    expect(pageType('documents/15912-25/index.html', ingested)).toBe('document');
    expect(pageType('documents/14470-1-25-rev-1/index.html', ingested)).toBe('reference');
  });
});

describe('pageAssets', () => {
  it('lists script files, inline script bytes, stylesheets and icons, and ignores JSON data scripts', () => {
    const html = [
      '<link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/favicon.svg">',
      '<link rel="modulepreload" href="/_astro/chunk.js">',
      '<script type="module" src="/_astro/search.js"></script>',
      '<script>let a = 1;</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      '<img src="logo.png" alt="">',
    ].join('');
    expect(pageAssets(html)).toEqual({
      scripts: ['/_astro/search.js', '/_astro/chunk.js'],
      inlineScriptBytes: 'let a = 1;'.length,
      stylesheets: ['/_astro/Base.css'],
      others: ['/favicon.svg', 'logo.png'],
    });
  });
  it('finds nothing to run on a page without scripts', () => {
    expect(pageAssets('<main><p>Text</p></main>')).toEqual({ scripts: [], inlineScriptBytes: 0, stylesheets: [], others: [] });
  });
});

describe('staticImports', () => {
  it('lists the modules a minified module imports statically', () => {
    expect(staticImports('import{a as b}from"./chunk.abc.js";import"./side.js";const c=1;')).toEqual(['./chunk.abc.js', './side.js']);
  });
});

describe('median', () => {
  it('takes the middle value, the lower one of an even count, and 0 of nothing', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([])).toBe(0);
  });
});
