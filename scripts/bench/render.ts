import type { PlannedDocument } from './model.ts';
import type { Random } from './prng.ts';
import { agendaLines, noteLines } from './render-body.ts';
import { markdownHeader, pdfHeader, plainHeader } from './render-header.ts';
import { paginate } from './render-pdf.ts';

/** The source text of a planned document in its export style, ending with one newline. */
export function renderDocument(document: PlannedDocument, random: Random): string {
  const style = document.style;
  const header = style === 'markdown' ? markdownHeader(document, random) : style === 'pdf' ? pdfHeader(document, random) : plainHeader(document, random);
  const body = document.meetingDates ? agendaLines(style, random, document.items) : noteLines(style, random, document);
  const lines = [...header, ...body];
  while (lines[lines.length - 1] === '') lines.pop();
  return `${(style === 'pdf' ? paginate(lines, document, random) : lines).join('\n')}\n`;
}
