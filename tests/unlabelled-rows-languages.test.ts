import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { outcomes } from './support/outcome-languages.ts';
import { expectOk } from './support/projection.ts';
import { COVER_NOTES as NOTES, type CoverNote } from './support/cover-notes.ts';

/**
 * A Commission staff working document sent by cover note (13890/25), in the 24 official languages, written by hand after the
 * register's cover notes (the sender a Director signing for the Commission's Secretary-General, the recipient the
 * Council's Secretary-General by name and office, the date of receipt and the Commission document's number under their
 * labels), as a viewer copies its header table when the sender's, recipient's and subject's labels are lost but the
 * others kept: each row on its line, in the order of the table; as plain `pdftotext` prints it, a blank line after each
 * row; and as a page run into one line.
 */

/**
 * The shapes of the copy: each row on its line; the values' column indented as `-layout` sets it; plain `pdftotext`, a
 * blank line after each row; the page run into one line.
 */
const SHAPES = ['rows', 'layout', 'blank lines', 'flattened'] as const;

/** The note's page in a shape: the header's top as the outcomes' versions print it, the rows without their three labels, the body and the footer. */
function page(language: string, note: CoverNote, shape: (typeof SHAPES)[number], cion = 'SWD(2025) 123 final'): string {
  const outcome = outcomes[language];
  if (outcome === undefined) throw new Error(language);
  const row = (label: string, value: string) => (shape === 'layout' ? `${label.padEnd(22)}${value}` : `${label} ${value}`.trim());
  const [receiptLabel = '', receiptDay = ''] = note.receipt.split(/(?<=:) /);
  const rows = [row('', note.from), row(receiptLabel, receiptDay), row('', note.to), row(note.cion, cion), row('', note.subject)];
  const header = shape === 'blank lines' ? rows.flatMap((line) => [line, '']) : [...rows, ''];
  const lines = [
    outcome.institution,
    '',
    outcome.placeDate,
    '(OR. en)',
    '13890/25',
    '',
    'COSI 181',
    'ENFOPOL 355',
    'JAI 1398',
    '',
    note.kind,
    ...header,
    note.sentence,
    '',
    'Encl.: SWD(2025) 123 final',
    '',
    '13890/25 GV/ab 1',
    `JAI.1 ${language.toUpperCase()}`,
    '',
  ];
  return shape === 'flattened' ? `${lines.filter((line) => line !== '').join(' ')}\n` : lines.join('\n');
}

describe('a cover note copied without the labels of its sender, recipient and subject reads all three from the rows around the labels kept', () => {
  for (const [language, note] of Object.entries(NOTES))
    it(`${language}: ${note.receipt}, ${note.cion}`, () => {
      for (const shape of SHAPES) {
        const record = expectOk(parseDocument(page(language, note, shape), `cover-note-${language}.txt`));
        expect({ shape, kind: record.kind, from: record.from, to: record.to, subject: record.subject, cion: record.commissionProposal }).toEqual({
          shape,
          kind: 'cover-note',
          from: note.from,
          to: note.to,
          subject: note.subject,
          cion: ['SWD/2025/123 final'],
        });
        // the date of receipt stays as printed, and no row is left among the other header lines
        expect(record.otherHeaderLines.filter((line) => line !== outcomes[language]?.institution)).toEqual([note.receipt]);
      }
    });
});

describe('a cover note copied without three labels reads a Commission document cell naming annexes or a part whole, the subject on the row under it', () => {
  for (const [language, note] of Object.entries(NOTES))
    it(`${language}: ${note.annexes.join(', ')}`, () => {
      const [annex, annexes, part] = note.annexes;
      for (const cion of [`COM(2025) 123 final ${annex}`, `COM(2025) 123 final ${annexes}`, `COM(2025) 123 final ${part}`])
        for (const shape of SHAPES) {
          const record = expectOk(parseDocument(page(language, note, shape, cion), `cover-note-${language}.txt`));
          expect({ shape, cion, read: record.commissionProposal, printed: record.printed?.values?.commission, subject: record.subject }).toEqual({
            shape,
            cion,
            read: ['COM/2025/123 final'],
            printed: cion,
            subject: note.subject,
          });
        }
    });
});
