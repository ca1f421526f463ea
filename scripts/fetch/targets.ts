/** Document numbers as a user writes them → what to ask the register for and where its files go. */
import type { ReferenceType } from '../../src/shared/references.ts';
import { canonicalReference, registerLocation } from '../../src/shared/references.ts';
import { documentSlug } from '../../src/shared/slug.ts';

/** The folder under the sources root that fetched documents go into, one subfolder per year. */
export const REGISTER_FOLDER = 'register';

/** The language the register is asked for unless `--lang` says otherwise; its files carry no language in their name. */
export const DEFAULT_LANGUAGE = 'en';

/** The register's language versions: the 24 official languages of the EU, as its URLs write them. */
export const REGISTER_LANGUAGES: readonly string[] = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
];

/** Reference types of the Council's register (ST, CM, WK, EUCO series): the numbers `npm run fetch` takes. */
const REGISTER_TYPES: readonly ReferenceType[] = ['council', 'meeting', 'working', 'european-council'];

/**
 * Reference types `--follow` fetches: the ST and CM series, which the register publishes when they are public. WK
 * documents are working papers the register does not publish as a rule, and other references are not the Council's.
 */
export const FOLLOWED_TYPES: readonly ReferenceType[] = ['council', 'meeting'];

/** Marks a comment in a `--from-file` list: from `#` to the end of the line. */
const LIST_COMMENT = /#.*$/;

/** One document to ask the register for: its canonical number, the URL asked and its files relative to the sources root. */
export interface Target {
  id: string;
  type: ReferenceType;
  language: string;
  url: string;
  /** `register/2025/15912-25.pdf` (`…/15912-25.fr.pdf` for a language other than English). */
  pdf: string;
  /** The sidecar beside it: `register/2025/15912-25.source.json`. */
  sidecar: string;
  /** The download under way, renamed to `pdf` once complete and checked. */
  part: string;
}

/** The target of a number as written (`15912/25`, `CM 4578/2/24 REV2`), or why it is not one: never a guess. */
export function targetOf(written: string, language: string, base?: string): Target | { error: string } {
  const reference = canonicalReference(written.trim());
  if (reference === null) return { error: `not a Council document number: ${JSON.stringify(written)}` };
  if (!REGISTER_TYPES.includes(reference.type)) return { error: `not in the Council's register: ${reference.id} (${reference.type})` };
  const location = registerLocation(reference.id, language, base);
  if (location === null) return { error: `no register address for ${reference.id}` };
  const name = `${REGISTER_FOLDER}/${location.year}/${documentSlug(reference.id)}${language === DEFAULT_LANGUAGE ? '' : `.${language}`}`;
  return { id: reference.id, type: reference.type, language, url: location.url, pdf: `${name}.pdf`, sidecar: `${name}.source.json`, part: `${name}.pdf.part` };
}

/** The numbers of a `--from-file` list: one a line, blank lines and `#` comments skipped, in order. */
export function numbersInList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_COMMENT, '').trim())
    .filter((line) => line !== '');
}

/** The name an earlier file keeps when `--refresh` replaces it: its digest in the name, an extension the ingest does not read. */
export function previousName(pdf: string, sha256: string): string {
  return `${pdf.replace(/\.pdf$/, '')}.${sha256.slice(0, 12)}.pdf.previous`;
}
