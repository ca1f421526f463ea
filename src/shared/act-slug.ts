/**
 * One page for one act, however a paper cites it: by its name with or without its author (`Council Decision 2010/131/EU`,
 * `Decision 2010/131/EU`), in another language (named as English names it), or by its CELEX number (`32016R0794`). All
 * of them lead to the act's one EUR-Lex address, and the page's slug is made from that address, never from the words.
 */
import { canonicalReference } from './references.ts';

/**
 * An id that may name an act with a EUR-Lex address: the CELEX number of one (sector 3, an act's type letter) or an act's
 * English name (author and form, then its kind). Any other id is no act, and is not looked at further.
 */
const ACT_ID = /^(?:CELEX 3[0-9]{4}[RLDF][0-9]{4}$|(?:(?:Council|Commission) )?(?:(?:Implementing|Delegated|Framework) )?(?:Regulation|Directive|Decision) )/;

/** How the id of a CELEX number opens (identifier-references.ts). */
const CELEX_ID = 'CELEX ';

/** The CELEX number at the end of an act's EUR-Lex address or CELEX id: its year, type letter and number. */
const CELEX_ACT = /CELEX:3([0-9]{4})([RLDF])([0-9]{4})$/;

/** The kind each CELEX type letter of an act names, as its slug writes it. */
const KIND_SLUGS = { R: 'regulation', L: 'directive', D: 'decision', F: 'framework-decision' } as const;

/** From 2015 on the Official Journal numbers every act of the Union in one series, `(EU) 2016/794`: its slug says so. */
const ONE_SERIES_FROM = 2015;

/**
 * Each act id's slug, made once: a build makes a page's links to the same few acts on thousands of pages, and reading an
 * id for its address is a scan for references. Acts are few (hundreds in 10,000 documents), so the map stays small.
 */
const ACT_SLUGS = new Map<string, string | null>();

/**
 * The slug of an act's page from its EUR-Lex address (`regulation-eu-2016-794` for `Regulation (EU) 2016/794` and for
 * `CELEX 32016R0794`, `decision-2010-131` for `Council Decision 2010/131/EU`, `framework-decision-2008-977`), or null
 * for an id that names no act with such an address.
 */
export function actSlug(id: string): string | null {
  if (!ACT_ID.test(id)) return null;
  const known = ACT_SLUGS.get(id);
  if (known !== undefined) return known;
  const slug = addressSlug(id);
  ACT_SLUGS.set(id, slug);
  return slug;
}

/** The slug of an id that may name an act, from its EUR-Lex address; null where it has none of an act. */
function addressSlug(id: string): string | null {
  // A CELEX id is its number (`CELEX 32016R0794`); a name is read for its address (`…?uri=CELEX:32016R0794`).
  const celex = id.startsWith(CELEX_ID) ? `CELEX:${id.slice(CELEX_ID.length)}` : canonicalReference(id)?.url;
  const parts = celex === undefined ? null : CELEX_ACT.exec(celex);
  if (parts === null) return null;
  const [, year = '', letter = 'R', number = ''] = parts;
  const kind = KIND_SLUGS[letter as keyof typeof KIND_SLUGS];
  return `${kind}${Number(year) >= ONE_SERIES_FROM ? '-eu' : ''}-${year}-${Number(number)}`;
}
