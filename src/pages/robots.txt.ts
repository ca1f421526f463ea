import type { APIRoute } from 'astro';
import { fileResponse } from '../lib/file-response.ts';

/** Every page may be crawled; the sitemap index (written by @astrojs/sitemap) lists the sitemaps that list them. */
export const GET: APIRoute = ({ site }) =>
  fileResponse(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, 'text/plain; charset=utf-8');
