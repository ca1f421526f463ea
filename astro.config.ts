import { defineConfig } from 'astro/config';

/** The site's canonical origin; override with SITE_URL when deploying elsewhere. */
const site = process.env['SITE_URL'] ?? 'https://cosi-archive.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env['COSI_DIST'] ?? './dist',
});
