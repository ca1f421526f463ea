import type { LabelledHead } from './note-heads.ts';

/**
 * A document's head as `pdftotext -layout` prints the first page of a register PDF: the Council's name indented beside
 * the place and date and `(OR. en)`; under them the right-hand column (`column`: the number, a marking, the codes, an
 * empty string for a blank line); the kind; each label beside its value; the subject's further lines under its first.
 * For the heads of 6543/25 (tests/support/report-6543.ts) and 6789/25 (tests/viewer-wrapped-titles-texts.test.ts).
 */
export function layoutHead(head: LabelledHead, column: readonly string[], subject: readonly string[]): string[] {
  const [first = '', ...rest] = subject;
  return [
    `${' '.repeat(12)}${head.institution[0].padEnd(40)}${head.placeDate}`,
    `${' '.repeat(12)}${head.institution[1].padEnd(40)}(OR. en)`,
    ...column.map((line) => (line === '' ? '' : `${' '.repeat(52)}${line}`)),
    '',
    head.kind,
    '',
    ` ${head.labels[0].padEnd(23)}${head.from}`,
    ` ${head.labels[1].padEnd(23)}${head.to}`,
    ` ${head.labels[2].padEnd(23)}${first}`,
    ...rest.map((line) => `${' '.repeat(24)}${line}`),
  ];
}
