import type { LabelledHead } from './note-heads.ts';

/**
 * A note's head as plain `pdftotext` prints the first page of a register PDF down to its `To:` row's value: the
 * Council's name over two lines, a blank line, the place and date, `(OR. en)`, the right-hand column under them
 * (`column`: the number, a marking, the codes, an empty string for a blank line), a blank line, the kind, the `From:`
 * and `To:` labels, a blank line, their values, a blank line. The rows after them (`No. prev. doc.:`, `Subject:`), which
 * each note prints its own way, are the caller's. For the Presidency notes written by hand in
 * tests/stripped-footnotes-texts.test.ts, tests/unseen-footnotes-texts.test.ts and
 * tests/delegation-phrase-texts.test.ts.
 */
export function plainHead(head: LabelledHead, column: readonly string[]): string[] {
  return [...head.institution, '', head.placeDate, '(OR. en)', ...column, '', head.kind, head.labels[0], head.labels[1], '', head.from, head.to, ''];
}
