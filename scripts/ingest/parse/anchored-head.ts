/** Where a header printed without labels ends when its lines do not mark it: a page run into one line, a name over two lines. */
import { BARE_CODE, DOCUMENT_NUMBER, LIMITE, NUMBERED_CODE, ORIGINAL_LANGUAGE, PLACE_DATE, PROCEDURE } from './head-anchors.ts';
import { KIND_PATTERN } from './header-head.ts';
import { BARE_CODES, INSTITUTION_PATTERN, PRESS_NUMBER, STAMPS } from './header-vocabulary.ts';
import { squeezedCodes } from './squeezed-codes.ts';
import { allMatches } from '../../../src/shared/all-matches.ts';

/** Characters of noise (a page number, a parliament's stamp) the header's first anchor may stand after. */
const LEAD_CHARACTERS = 200;

/** Characters of other text (a logo's words, a page number) that may stand between two anchors of one header. */
const GAP_CHARACTERS = 40;

type AnchorKind = 'number' | 'kind' | 'other';

interface Span {
  start: number;
  end: number;
  kind: AnchorKind;
}

/** A global copy of each anchor pattern, made once: compiling a pattern of thousands of characters again costs. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function spans(text: string, pattern: RegExp, kind: AnchorKind, keep: (match: RegExpExecArray) => boolean = () => true): Span[] {
  const global = GLOBAL_COPIES.get(pattern) ?? new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  GLOBAL_COPIES.set(pattern, global);
  return allMatches(global, text)
    .filter(keep)
    .map((match) => ({ start: match.index, end: match.index + match[0].length, kind }));
}

/**
 * The offset where a header without labels ends in `text`: after the run of its anchors from the top (the Council's
 * name, stamps, place and date, `(OR. xx)`, number and press number, LIMITE, codes) up to its document-type line, the last anchor a
 * header without labels prints; each anchor stands close to the one before, the first within `lead` characters of the
 * start; `files` are the interinstitutional file's labels, each an anchor with its procedure number. Null when the run holds no
 * document number.
 */
export function anchoredHeadEnd(text: string, lead = LEAD_CHARACTERS, files: readonly { start: number; end: number }[] = []): number | null {
  const found = [
    ...files.map(({ start, end }) => ({ start, end: end + (PROCEDURE.exec(text.slice(end, end + 40))?.[0].length ?? 0), kind: 'other' as const })),
    ...spans(text, INSTITUTION_PATTERN, 'other'),
    ...STAMPS.flatMap((stamp) => spans(text, stamp, 'other')),
    ...spans(text, PLACE_DATE, 'other'),
    ...spans(text, ORIGINAL_LANGUAGE, 'other'),
    ...spans(text, DOCUMENT_NUMBER, 'number'),
    ...spans(text, PRESS_NUMBER, 'other'),
    ...spans(text, LIMITE, 'other'),
    ...spans(text, NUMBERED_CODE, 'other'),
    ...squeezedCodes(text).map(({ index, length }) => ({ start: index, end: index + length, kind: 'other' as const })),
    ...spans(text, BARE_CODE, 'other', (match) => BARE_CODES.has(match[0])),
    ...spans(text, KIND_PATTERN, 'kind', (match) => match[0] === match[0].toUpperCase()),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let end = 0;
  let number = false;
  for (const span of found) {
    if (span.end <= end) continue;
    const gap = text.slice(end, Math.max(end, span.start)).trim().length;
    if (gap > (end === 0 ? lead : GAP_CHARACTERS)) break;
    end = span.end;
    if (span.kind === 'number') number = true;
    if (span.kind === 'kind' && number) break;
  }
  return number ? end : null;
}
