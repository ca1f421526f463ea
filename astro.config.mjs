// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { collectionBytes, collectionStorageFor } from './scripts/build/collection-storage.ts';
import { formerAddresses } from './scripts/build/former-addresses.ts';
import { offerDataStoreStringify } from './scripts/build/data-store-stringify.ts';
import { MARKDOWN_FEATURES } from './scripts/build/markdown-features.ts';
import { openDataZipFile } from './scripts/build/open-data-zip.ts';
import { siteUrl } from './scripts/build/site-url.ts';
import { sourceFiles } from './scripts/build/source-files.ts';

/** The content layer's data store written by a faster writer of devalue's same bytes (scripts/build/data-store-stringify.ts). */
offerDataStoreStringify();

/** The site's canonical origin: SITE_URL, or a placeholder that `astro build` warns about loudly (scripts/build/site-url.ts). */
const site = siteUrl(process.env, process.argv, (message) => console.warn(message));

/**
 * A build of another content root (the benchmark, the hostile fixtures) keeps its content-layer cache apart,
 * so that two builds running at once never read or overwrite each other's data store.
 */
const contentRoot = process.env['COSI_CONTENT'];
const cacheDir =
  contentRoot === undefined
    ? './node_modules/.astro'
    : `./node_modules/.astro/content-${createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 12)}`;

/** The addresses act pages had before they had one page however cited, each to its page now (scripts/build/former-addresses.ts). */
const redirects = formerAddresses(contentRoot ?? './content');

export default defineConfig({
  cacheDir,
  site,
  trailingSlash: 'always',
  redirects,
  // Styles and scripts always as external files: the CSP forbids inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles mark elements with a class, not a valueless `data-astro-cid-…` attribute: an inline SVG then stays
  // well-formed XML (tests/hostile/site-xml.test.ts reads every one with a strict XML parser).
  scopedStyleStrategy: 'class',
  // The pages read entries' files by `filePath`, which is relative to this project's root (src/lib/project-file.ts).
  vite: { build: { assetsInlineLimit: 0 }, define: { __COSI_PROJECT_ROOT__: JSON.stringify(fileURLToPath(new URL('.', import.meta.url))) } },
  // No smart punctuation, heading ids as heading attributes: feature switches, not plugins (scripts/build/markdown-features.ts).
  markdown: { processor: satteri({ features: MARKDOWN_FEATURES }) },
  // One data-store file while it fits in a string, parts above that (scripts/build/collection-storage.ts).
  experimental: { collectionStorage: collectionStorageFor(collectionBytes(contentRoot ?? './content')) },
  outDir: process.env['COSI_DIST'] ?? './dist',
  // A sitemap index and sitemaps of at most 45,000 pages each (the protocol allows 50,000); pages only, not feeds, data
  // or the former addresses that lead to pages.
  // Once the pages are written: the sources' originals copied under /sources/ and the open-data zip made of the files
  // under /data/, rather than a page of an endpoint each (scripts/build/source-files.ts, open-data-zip.ts).
  integrations: [
    sitemap({ filter: (page) => page.endsWith('/') && !(new URL(page).pathname in redirects) }),
    sourceFiles(contentRoot ?? './content'),
    openDataZipFile(),
  ],
});
