import type { PlannedDocument } from './model.ts';
import { append } from '../../src/shared/lists.ts';
import type { Random } from './prng.ts';
import { FOOTER_INITIALS, FOOTER_UNITS } from './vocabulary.ts';

/** Lines a page of a PDF holds before its footer (extracted text has about this many lines per A4 page). */
const LINES_PER_PAGE = { min: 38, max: 50 } as const;
/** Width at which PDF extraction hard-wraps text lines. */
const WRAP_WIDTH = { min: 78, max: 96 } as const;

/** Breaks a line at spaces into lines of at most `width` characters (a longer word stays whole). */
export function hardWrap(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Plain-text lines as a PDF extraction gives them: hard-wrapped, and after about every page a footer
 * `15214/19 VL/MV 1 COMM EN` (with LIMITE for restricted documents, then LIMITE again atop the next page);
 * page breaks fall between paragraphs so that a footer never splits a heading from its wrapped end.
 */
export function paginate(lines: readonly string[], document: PlannedDocument, random: Random): string[] {
  const width = random.int(WRAP_WIDTH.min, WRAP_WIDTH.max);
  const pageLength = random.int(LINES_PER_PAGE.min, LINES_PER_PAGE.max);
  const initials = random.pick(FOOTER_INITIALS);
  const unit = random.pick(FOOTER_UNITS);
  const footer = (page: number): string => `${document.number} ${initials} ${page} ${unit}${document.limite ? ' LIMITE' : ''} EN`;
  const result: string[] = [];
  let page = 1;
  let onPage = 0;
  for (const line of lines) {
    if (line === '' && onPage >= pageLength) {
      result.push('', footer(page), '');
      if (document.limite) result.push('LIMITE', '');
      page += 1;
      onPage = 0;
      continue;
    }
    const wrapped = line.startsWith('\t') || line.includes(':\t') ? [line] : hardWrap(line, width);
    append(result, wrapped);
    onPage += wrapped.length;
  }
  result.push('', footer(page));
  return result;
}
