import { sourceRelativePath } from '../../../../src/shared/source-url.ts';
import { INSTITUTION_PATTERN, KIND_SLUGS } from '../text/header-vocabulary.ts';
import type { Header } from '../header/header.ts';

/** The Council's name in the official languages, anywhere in a header line (`Council of the European Union`, `Rat der Europäischen Union`). */
const COUNCIL_NAME = new RegExp(INSTITUTION_PATTERN.source, 'iu');

/**
 * How many of a Council header's anchors a source whose number cannot be read must show to be read as a Council
 * document: two, one of them the Council's own (its name, a kind line of its vocabulary, distribution codes, a marking,
 * the original's language `(OR. en)`), so that a letter with a place and date and a `Subject:` line stays a source that
 * is no Council document.
 */
const LEAST_ANCHORS = 2;

/**
 * The identity of a document whose header and page footers print no number that can be read: its source's path inside
 * the sources folder, marked as such (`Unnumbered (notes/draft.txt)`). Deterministic, one per source (the ingest refuses
 * two sources served at one path), and never a Council number nor a reference's (no reference reads it whole).
 */
export function unnumberedIdentity(source: string): string {
  return `Unnumbered (${sourceRelativePath(source)})`;
}

/** Whether a header without a number still shows enough of a Council document's anchors (LEAST_ANCHORS) to be filed under its source's name. */
export function isCouncilHeader(header: Header): boolean {
  const councils = [
    header.otherLines.some((line) => COUNCIL_NAME.test(line)),
    KIND_SLUGS.has(header.kind),
    header.codes.length > 0,
    header.limite || header.classification !== null,
    header.originalLanguage !== null,
  ].filter(Boolean).length;
  const any = [header.from !== null || header.to !== null || header.subject !== null, header.date !== null || header.place !== null].filter(Boolean).length;
  return councils > 0 && councils + any >= LEAST_ANCHORS;
}
