/**
 * Every line break an export may use, form and vertical feeds included: what counts as a new source line for the
 * parser's line numbers and for the decoder's warnings alike.
 */
export const LINE_BREAK = /\r\n|[\r\n\f\v\u2028\u2029]/;

/** The 1-based line of each UTF-16 offset of `text` (offsets in ascending order), lines split by LINE_BREAK. */
export function linesOfOffsets(text: string, offsets: readonly number[]): number[] {
  const breaks = new RegExp(LINE_BREAK.source, 'g');
  const lines: number[] = [];
  let line = 1;
  let next = breaks.exec(text);
  for (const offset of offsets) {
    while (next !== null && next.index < offset) {
      line += 1;
      next = breaks.exec(text);
    }
    lines.push(line);
  }
  return lines;
}
