/**
 * The redirect pages Astro writes for the site's former addresses (astro.config.mjs `redirects`): not content pages,
 * so the checks of every page (CSP meta tag, description, sitemap) leave them out and check instead that they redirect.
 */
import { formerAddresses } from '../../scripts/build/former-addresses.ts';

/** The content the built site was made from, as the real build reads it. */
const CONTENT = process.env['COSI_CONTENT'] ?? 'content';

/** Each redirect page's file (`/documents/council-decision-2010-131-eu/index.html`) → the address it leads to. */
export function redirectPages(content: string = CONTENT): Map<string, string> {
  return new Map(Object.entries(formerAddresses(content)).map(([from, to]) => [`${from}index.html`, to]));
}
