// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { collectionBytes, collectionStorageFor } from '../../build/collection-storage.ts';
import { MARKDOWN_FEATURES } from '../../build/markdown-features.ts';

/**
 * The bare twin of the site for the benchmark: the same content collections rendered one `<article>` per
 * entry, no layout, navigation or cross-link pages — the floor our build is compared with.
 */
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The site's Markdown features, so that headings read their ids as the site's do.
  markdown: { processor: satteri({ features: MARKDOWN_FEATURES }) },
  // The site's data-store storage for the same content, so that the ratio compares like with like.
  experimental: { collectionStorage: collectionStorageFor(collectionBytes(process.env['COSI_CONTENT'] ?? '../../../content')) },
  outDir: process.env['COSI_DIST'] ?? './dist',
});
