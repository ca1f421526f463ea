import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

/** The site's canonical origin; override with SITE_URL when deploying elsewhere. */
const site = process.env['SITE_URL'] ?? 'https://cosi-archive.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Styles and scripts always as external files: the CSP forbids inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // The archive shows the source text as printed: no curly quotes, dashes or ellipses made up.
  // A feature switch of the default processor, not a plugin: the render path stays plugin-free.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  outDir: process.env['COSI_DIST'] ?? './dist',
});
