/** The document a declassified or partially released version releases, read from the note its header prints above the subject. */
import type { ReleasedDocument } from '../../../../src/schemas/released-document.ts';
import { findReferences, type FoundReference } from '../../../../src/shared/references.ts';
import { parseDates } from '../text/date-expressions.ts';
import { valueLength } from '../header/value-shapes.ts';

/** A number's suffix of a declassified (`DCL 1`) or partially released (`EXT 1`) version. */
const RELEASE_SUFFIX = /[ \t](?:EXT|DCL)[ \t]?\d{1,2}$/u;

/** What may stand before the released document's number in its value: the register's series (`ST 7595/16 LIMITE`). */
const BEFORE_NUMBER = /^(?:ST[ \t])?$/u;

/**
 * The values of a note's shape a header line holds (`value-shapes.ts`: a document's number with its marking, a day, a
 * new status), in order: each right after a colon, as the header keeps a note's line (`of document: 9876/25 LIMITE`)
 * or a page run into one line holds them all (`of document: ST 7595/16 LIMITE dated: 8 April 2016 new status:
 * Public`); or the line whole, as plain `pdftotext` may leave values apart from their labels (`of document:` /
 * `dated:` / `8812/19 LIMITE` / `3 May 2019`).
 */
function noteValues(line: string): string[] {
  if (!line.includes(':')) return valueLength('note', line, 0) === line.length ? [line.trim()] : [];
  const values: string[] = [];
  for (let colon = line.indexOf(':'); colon !== -1; colon = line.indexOf(':', colon + 1)) {
    const length = valueLength('note', line, colon + 1);
    if (length > 0) values.push(line.slice(colon + 1, colon + 1 + length).trim());
  }
  return values;
}

/**
 * The document a version numbered `… EXT 1` or `… DCL 1` releases, from its header's other lines, whatever the note's
 * labels in the version's language: the first value that is a document's number, alone or before the marking it bore,
 * is the released document's (`9876/25 LIMITE`, `ST 7595/16 LIMITE`, `9368/1/19 REV 1 RESTREINT UE`), the first value
 * that is a day its day (`3 June 2025`, `8. April 2016`), the first that is a new status the status (`Public`,
 * `Öffentlich`), each after the number (a `PUBLIC` stamp above the header is no new status). Null for any other number,
 * or where no value names a document.
 */
export function releasedDocument(number: string, otherLines: readonly string[]): ReleasedDocument | null {
  if (!RELEASE_SUFFIX.test(number)) return null;
  let released: { number: string; marking: string | null } | null = null;
  let date: string | null = null;
  let status: string | null = null;
  for (const value of otherLines.flatMap(noteValues)) {
    const found: FoundReference | undefined = released === null ? findReferences(value)[0] : undefined;
    if (found !== undefined && found.type === 'council' && BEFORE_NUMBER.test(value.slice(0, found.start))) {
      const marking = value.slice(found.end).trim();
      released = { number: found.id, marking: marking === '' ? null : marking };
    } else if (released === null) continue;
    else if (parseDates(value).length > 0) date ??= parseDates(value)[0] ?? null;
    else status ??= value;
  }
  return released === null ? null : { ...released, date, status };
}

/** What a version's own header says of the document it reprints: its day, LIMITE and its classification marking. */
export interface ReprintedHeader {
  readonly date: string | null;
  readonly limite: boolean;
  readonly classification: { readonly printed: string } | null;
}

/**
 * The document a version numbered `… EXT 1` or `… DCL 1` releases where it prints no note but the register's stamp of
 * partial access above the header it reprints (`DOCUMENT PARTIALLY ACCESSIBLE TO THE PUBLIC (14.10.2025)` over `Brussels,
 * 3 June 2025` / `9876/25` / `EXT 1` / `LIMITE`): its own number without the suffix (`9876/25`), the marking that header
 * prints (`LIMITE`, else the classification as printed) and its day, the released document's; no new status (the stamp
 * is the record's `publicAccess`). Null for any other number.
 */
export function stampedRelease(number: string, header: ReprintedHeader): ReleasedDocument | null {
  const suffix = RELEASE_SUFFIX.exec(number);
  if (suffix === null) return null;
  return {
    number: number.slice(0, suffix.index),
    marking: header.limite ? 'LIMITE' : (header.classification?.printed ?? null),
    date: header.date,
    status: null,
  };
}
