/**
 * The site's own collections (src/content.config.ts), so that the bare build loads and stores exactly the content the
 * site does, from the content root the benchmark ingested into (`COSI_CONTENT`).
 */
export { collections } from '../../../../src/content.config.ts';
