/**
 * Short names for the fragment files of a Pagefind bundle. Pagefind names a page's fragment (its URL, title, text) by a
 * hash of it, and its metadata file (`pf_meta`), which a search fetches whole before listing any result, holds that name
 * for every page of the bundle: seven random hex digits a page, over a third of the file gzipped (29 of 81 KB for the
 * 10,000 pages of the 10,000-document benchmark's main bundle). Named by the page's place in the bundle after the
 * bundle's language hash instead (`en_5ee457e0c7_1k`), the names compress to almost nothing and still change whenever
 * the bundle does, as Pagefind's own do. Written for the metadata of Pagefind 1.x (`pagefind.js` fetches
 * `fragment/<name>.pf_fragment` for the name a page has there; index chunks and filters refer to pages by number): a
 * file of any other shape is refused rather than rewritten.
 */
import { decode, encode } from 'cbor2';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What Pagefind writes before the CBOR of each of its files, inside the gzip stream. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** A page of the metadata: its fragment's name, its word count, the group file holding its fragment ('' for a file of its own). */
type MetaPage = [name: string, wordCount: number, group: string];

/** A metadata file renamed: its new bytes and each fragment's old and new name. */
export interface CompactedMeta {
  readonly meta: Buffer;
  readonly renames: readonly (readonly [from: string, to: string])[];
}

function isMetaPage(page: unknown): page is MetaPage {
  return Array.isArray(page) && page.length === 3 && typeof page[0] === 'string' && typeof page[1] === 'number' && page[2] === '';
}

/** The base-36 digits of a page's place, the shortest name that stays unique within the bundle. */
const placeName = (index: number): string => index.toString(36);

/**
 * Renames the fragments a bundle's metadata (`pagefind.<languageHash>.pf_meta`, gzipped as written) lists to
 * `<languageHash>_<place>`; throws on a file whose shape this does not know, or that would not be rewritten byte for
 * byte apart from the names.
 */
export function compactFragmentNames(gzipped: Uint8Array, languageHash: string): CompactedMeta {
  const raw = gunzipSync(gzipped);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a Pagefind metadata file: no signature');
  const body = raw.subarray(SIGNATURE.length);
  const meta = decode(body);
  if (!Array.isArray(meta) || meta.length !== 6 || typeof meta[0] !== 'string' || !Array.isArray(meta[1]) || !meta[1].every(isMetaPage)) {
    throw new Error('Pagefind metadata of an unknown shape: update scripts/build/fragment-names.ts for this version of Pagefind');
  }
  if (!Buffer.from(encode(meta)).equals(body)) throw new Error('Pagefind metadata that would not be written back as it was read');
  const pages = meta[1] as MetaPage[];
  const renames = pages.map((page, index) => [page[0], `${languageHash}_${placeName(index)}`] as const);
  const renamed = [meta[0], pages.map((page, index) => [renames[index]?.[1] ?? page[0], page[1], page[2]]), ...meta.slice(2)];
  return { meta: gzipSync(Buffer.concat([SIGNATURE, encode(renamed)]), { level: 9 }), renames };
}
