import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap index (written by @astrojs/sitemap) lists the sitemaps that list them. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
