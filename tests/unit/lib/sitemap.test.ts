import { describe, expect, it } from 'vitest';
import { pagePath, sitemapXml } from '../../../src/lib/sitemap.ts';

describe('pagePath', () => {
  it('turns page files and their params into trailing-slash site paths', () => {
    expect(pagePath('./index.astro')).toBe('/');
    expect(pagePath('./meetings/index.astro')).toBe('/meetings/');
    expect(pagePath('./meetings/[id].astro', { id: '2025-11-18' })).toBe('/meetings/2025-11-18/');
    expect(pagePath('./documents/[slug].astro', { slug: '14470-1-25-rev-1' })).toBe('/documents/14470-1-25-rev-1/');
    expect(pagePath('./a/[...rest].astro', { rest: 'b/c' })).toBe('/a/b/c/');
  });
});

describe('sitemapXml', () => {
  it('lists absolute URLs once each, sorted, XML-escaped', () => {
    expect(sitemapXml('https://example.org/', ['/b/', '/a/', '/b/', '/q&a/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://example.org/a/</loc></url>\n<url><loc>https://example.org/b/</loc></url>\n<url><loc>https://example.org/q&amp;a/</loc></url>\n</urlset>\n',
    );
  });
});
