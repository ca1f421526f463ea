import { findReferences } from '../../scripts/ingest/references.ts';

/** A run of a plain-text field, and the canonical id of the document it names when it is a reference. */
export interface TextSegment {
  text: string;
  reference: string | null;
}

/**
 * A plain-text field (a subject line) cut into runs so that every reference can be shown as a link,
 * found the same way the ingest finds them in bodies. Joining the runs' text gives back the field.
 */
export function referenceSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const reference of findReferences(text)) {
    if (reference.start > cursor) segments.push({ text: text.slice(cursor, reference.start), reference: null });
    segments.push({ text: text.slice(reference.start, reference.end), reference: reference.id });
    cursor = reference.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), reference: null });
  return segments;
}
