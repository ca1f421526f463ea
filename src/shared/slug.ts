import { actSlug } from './act-slug.ts';

/**
 * The URL slug of a canonical document id: an act's from its EUR-Lex address (act-slug.ts: one page however the act is
 * cited), any other id's lower case, every run of other characters one `-`, none at the ends.
 */
export function documentSlug(id: string): string {
  return actSlug(id) ?? plainSlug(id);
}

/**
 * An id's lower case, every run of other characters one `-`, none at the ends: every page's slug before acts had one page
 * however cited (`Council Decision 2010/131/EU` → `council-decision-2010-131-eu`), and still that of any other id.
 */
export function plainSlug(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The archive's language: a document's version in it (or in no language the header tells) is served at its number's slug. */
export const ARCHIVE_LANGUAGE = 'en';

/**
 * The URL slug of one language version of a document: the number's slug, with the version's language added when it
 * is another (`8812/19` in French → `8812-19-fr`), so that the versions of one document in several languages each
 * get a page.
 */
export function versionSlug(id: string, language: string | null): string {
  const slug = documentSlug(id);
  return language === null || language === ARCHIVE_LANGUAGE ? slug : `${slug}-${language}`;
}

/** The fragment of an agenda item: `6.1` → `item-6-1`, null (unnumbered AOB) → `item-aob`. */
export function itemAnchor(number: string | null): string {
  return number === null ? 'item-aob' : `item-${plainSlug(number)}`;
}
