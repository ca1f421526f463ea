import { defineConfig } from 'astro/config';

/**
 * The bare twin of the site for the benchmark: the same content collections rendered one `<article>` per
 * entry, no layout, navigation or cross-link pages — the floor our build is compared with.
 */
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env['COSI_DIST'] ?? './dist',
});
