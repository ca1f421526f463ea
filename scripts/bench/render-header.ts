import type { PlannedDocument } from './model.ts';
import type { Random } from './prng.ts';
import { longDate, meetingLine } from './render-inline.ts';

/** The `From:`/`On:`/`To:`/`No. prev. doc.:`/`Subject:` fields present in a document, in header order. */
function fields(document: PlannedDocument, random: Random): [string, string][] {
  const entries: [string, string][] = [['From', document.from]];
  if (document.meetingDates) entries.push(['On', meetingLine(document.meetingDates, random.chance(0.3))]);
  entries.push(['To', document.to]);
  if (document.previous.length > 0) entries.push(['No. prev. doc.', document.previous.join(', ')]);
  entries.push(['Subject', document.subject]);
  return entries;
}

/** The header as the tab-separated plain-text export prints it (seed 000). */
export function plainHeader(document: PlannedDocument, random: Random): string[] {
  return [
    '',
    '',
    `Brussels, ${longDate(document.date)}`,
    '(OR. en)',
    '',
    document.number,
    '',
    ...(document.limite ? ['LIMITE', ''] : []),
    ...document.codes,
    '',
    document.kindLine,
    '',
    ...fields(document, random).map(([label, value]) => `${label}:\t${value}`),
    '',
  ];
}

/**
 * The header as a PDF extraction gives it: lower-case `(Or. en)` now and then, the revision on the line
 * after the number, labels with a space before the colon.
 */
export function pdfHeader(document: PlannedDocument, random: Random): string[] {
  const spaced = random.chance(0.4);
  const number = random.chance(0.6) ? document.number.replace(/ (REV \d+)$/, '\n$1').split('\n') : [document.number];
  return [
    '',
    `Brussels, ${longDate(document.date)}`,
    random.chance(0.3) ? '(Or. en)' : '(OR. en)',
    '',
    ...number,
    ...(document.limite ? ['LIMITE'] : []),
    '',
    ...document.codes,
    '',
    document.kindLine,
    '',
    ...fields(document, random).map(([label, value]) => `${label}${spaced ? ' :' : ':'}\t${value}`),
    '',
  ];
}

/**
 * The header as the Markdown-like export prints it (seeds 002 and 003): trailing double spaces, the kind
 * as a heading or in bold, `---` rules between the field groups, a subject wrapped before "(COSI)".
 */
export function markdownHeader(document: PlannedDocument, random: Random): string[] {
  const ruled = random.chance(0.5);
  const entries = fields(document, random);
  const subject = entries.pop() ?? ['Subject', ''];
  const wrappedSubject = subject[1].endsWith(' (COSI)') && random.chance(0.5) ? `${subject[1].slice(0, -7)}  \n(COSI)` : subject[1];
  const lines = entries.map(([label, value]) => (ruled ? `${label}: ${value}  ` : `${label}:\t${value}`));
  return [
    '',
    '',
    '',
    '',
    `Brussels, ${longDate(document.date)}  `,
    '(OR. en)',
    '',
    document.number,
    '',
    ...(document.limite ? ['**LIMITE**', ''] : []),
    ...document.codes.map((code, index) => (index < document.codes.length - 1 ? `${code}  ` : code)),
    '',
    ruled ? `## ${document.kindLine}` : `**${document.kindLine}**`,
    '',
    ...(ruled ? ['---', ''] : []),
    ...lines,
    ...(ruled ? ['', '---', ''] : []),
    `Subject:${ruled ? ' ' : '\t'}${wrappedSubject}`,
    '',
    ...(ruled ? ['---', ''] : []),
  ];
}
