/** Where a header printed without labels ends when its lines do not mark it: a page run into one line, a name over two lines. */
import { BARE_CODE, DOCUMENT_NUMBER, LIMITE, NUMBERED_CODE, ORIGINAL_LANGUAGE, PLACE_DATE, PROCEDURE } from '../text/head-anchors.ts';
import { CLASSIFICATION } from './classification.ts';
import { KIND_PATTERN } from './header-head.ts';
import { BARE_CODES, INSTITUTION_PATTERN, PRESS_NUMBER, STAMPS } from '../text/header-vocabulary.ts';
import { squeezedCodes } from './squeezed-codes.ts';
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** Characters of noise (a page number, a parliament's stamp) the header's first anchor may stand after. */
const LEAD_CHARACTERS = 200;

/** Characters of other text (a logo's words, a page number) that may stand between two anchors of one header. */
const GAP_CHARACTERS = 40;

type AnchorKind = 'number' | 'kind' | 'other';

/** Words of capitals or nothing before a kind on its line (`PROVISIONAL ` before `SUMMARY RECORD`). */
const CAPITALS_ONLY = /^[\p{Lu}'’ \t-]{0,60}$/u;

/** Words of capitals after a kind up to its line's end, which qualify it on its line (`PROVISIONAL SUMMARY RECORD OF THE MEETING`). */
const WORDS_TO_LINE_END = /^(?:[ \t]+\p{Lu}[\p{Lu}'’-]{0,30}){1,8}[ \t]*(?=\n|$)/u;

/**
 * A kind line the vocabulary does not know, under the anchors of a header that prints none it knows: two words of
 * capitals or more (`AZ ÜLÉS JEGYZETEI`) alone on a line set apart by a blank line (`NOTIZEN ZUR SITZUNG` under the codes), as
 * every Council header prints its kind line between the number's block and what follows.
 */
const KIND_LINE_BELOW = /^[ \t]*\n(?:[ \t]*\n)+[ \t]*["“„«]?\p{Lu}[\p{Lu}'’-]{0,30}(?:[ \t]\p{Lu}[\p{Lu}'’-]{0,30}){1,8}["”»]?[ \t]*(?=\n|$)/u;

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
 * name, stamps, place and date, `(OR. xx)`, number and press number, LIMITE, a classification marking, codes) up to its document-type line, the last anchor a
 * header without labels prints; each anchor stands close to the one before, the first within `lead` characters of the
 * start; `files` are the interinstitutional file's labels, each an anchor with its procedure number. The kind line is
 * taken whole (words of capitals after the kind on its line), and where the run reaches no kind, a line of capitals set
 * apart right under it is the kind line (`KIND_LINE_BELOW`). Null when the run holds no document number.
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
    ...spans(text, CLASSIFICATION, 'other'),
    ...spans(text, NUMBERED_CODE, 'other'),
    ...squeezedCodes(text).map(({ index, length }) => ({ start: index, end: index + length, kind: 'other' as const })),
    ...spans(text, BARE_CODE, 'other', (match) => BARE_CODES.has(match[0])),
    ...spans(text, KIND_PATTERN, 'kind', (match) => match[0] === match[0].toUpperCase()),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let end = 0;
  let number = false;
  let kind = false;
  let kindStart = 0;
  for (const span of found) {
    if (span.end <= end) continue;
    const gap = text.slice(end, Math.max(end, span.start)).trim().length;
    if (gap > (end === 0 ? lead : GAP_CHARACTERS)) break;
    end = span.end;
    if (span.kind === 'number') number = true;
    kind = span.kind === 'kind' && number;
    kindStart = span.start;
    if (kind) break;
  }
  if (!number) return null;
  if (!kind) return end + (KIND_LINE_BELOW.exec(text.slice(end))?.[0].length ?? 0);
  // A kind line of its own (only capitals before the kind on its line) is taken to its end; a page run into one line is not.
  const lineStart = text.lastIndexOf('\n', kindStart - 1) + 1;
  return end + (CAPITALS_ONLY.test(text.slice(lineStart, kindStart)) ? (WORDS_TO_LINE_END.exec(text.slice(end))?.[0].length ?? 0) : 0);
}
