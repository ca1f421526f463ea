/**
 * The glyph the fixture generators set a text version's list mark `-` in (`BULLET_GLYPH` of
 * scripts/fixtures/council-numbering.ts and scripts/fixtures/seed-pdfs.ts), as the Council's template sets its lists.
 */
export const PRINTED_LIST_GLYPH = '–';

/** A paragraph that is a list mark alone: a word processor's empty list paragraph, written `-` in a text version. */
function isLoneMark(value: Record<string, unknown>): boolean {
  const inline = value['inline'];
  if (value['list'] !== null || !Array.isArray(inline) || inline.length !== 1) return false;
  const [run] = inline as Array<Record<string, unknown>>;
  return run?.['type'] === 'text' && run['value'] === '-';
}

/**
 * A text version's record as its generated PDF prints it: an empty list paragraph, which the text version writes as
 * the bare mark `-`, is the glyph the PDF prints there (`–`), which the PDF reader keeps as printed. Nothing else changes.
 */
export function asPrintedInPdf<T>(record: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const object = value as Record<string, unknown>;
    if (isLoneMark(object)) return { ...object, inline: [{ type: 'text', value: PRINTED_LIST_GLYPH }] };
    return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, walk(inner)]));
  };
  return walk(record) as T;
}
