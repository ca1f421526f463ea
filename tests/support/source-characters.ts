import { readFileSync } from 'node:fs';
import { decodeSource } from '../../scripts/ingest/read/decode.ts';
import { isHyphenationBreak, vocabularyOf } from '../../scripts/ingest/parse/text/hyphenation.ts';
import { markAnchoredFootnotes } from '../../scripts/ingest/parse/footnotes/anchored-footnotes.ts';
import { markBracketFootnotes } from '../../scripts/ingest/parse/footnotes/bracket-footnotes.ts';
import { withoutFurniture } from '../../scripts/ingest/parse/normalise.ts';
import { markPlainFootnotes } from '../../scripts/ingest/parse/footnotes/plain-footnotes.ts';

/**
 * What a page shows where the source calls a footnote: the renderer's number in a `<sup>` link, not the printed mark.
 * The page text (pageCharacters) holds this one character there instead, so that a mark must stand on the page either
 * as printed or as a call.
 */
export const FOOTNOTE_CALL = '\uE002';

/** One line of a source file: its 1-based number and its characters. */
export interface SourceLine {
  readonly line: number;
  readonly text: string;
  /** The line ended in a word hyphenation cut, its hyphen left out here (`commu-` of `… encrypted commu-`). */
  readonly cut?: true;
}

/**
 * The lines of a source file that must stand on its page: decoded as the ingest decodes it, with the page furniture the
 * ingest drops left out by the ingest's own code (normalise.ts withoutFurniture: footers whole, broken or inside a line,
 * page numbers, a repeated LIMITE, a watermark's pieces, a conversion's footnote anchors; a footnote mark printed as
 * a bare digit read as the ingest reads it, as a mark the page shows as a call), blank lines left out, a
 * hyphen the ingest reads as a hyphenation break (hyphenation.ts: `coopera-` over `tion`) left out, and a layout
 * rendering's columns (cells apart by a tab or three spaces) as lines of their own.
 */
export function sourceLines(path: string): SourceLine[] {
  const decoded = decodeSource(new Uint8Array(readFileSync(path)));
  if (!decoded.ok) throw new Error(`${path} does not decode: ${decoded.message}`);
  const kept = withoutFurniture(markPlainFootnotes(markAnchoredFootnotes(markBracketFootnotes(decoded.text)))).filter(({ text }) => text.trim() !== '');
  const words = vocabularyOf(kept.map(({ text }) => text));
  return kept.flatMap(({ line, text }, index) => {
    const below = cells(kept[index + 1]?.text ?? '');
    return cells(text).map((cell) => {
      // A cell goes on under itself: in the cell of the line below that opens nearest its column (a layout table's), else in the line below.
      const under = below.reduce<Cell | undefined>(
        (best, next) => (best === undefined || Math.abs(next.at - cell.at) < Math.abs(best.at - cell.at) ? next : best),
        undefined,
      );
      const after = below.length > 1 ? (under?.text ?? '') : (kept[index + 1]?.text.trim() ?? '');
      return isHyphenationBreak(cell.text, after, words) ? { line, text: cell.text.slice(0, -1), cut: true as const } : { line, text: cell.text };
    });
  });
}

/** A cell of a line and the column it opens at. */
interface Cell {
  at: number;
  text: string;
}

/** The cells of a line: what stands apart by a layout rendering's gaps (the whole line where there are none). */
function cells(text: string): Cell[] {
  const found: Cell[] = [];
  let at = 0;
  for (const part of text.split(LAYOUT_GAP_CAPTURED)) {
    if (part.trim() !== '' && !LAYOUT_GAP.test(part)) found.push({ at: at + (part.length - part.trimStart().length), text: part.trim() });
    at += part.length;
  }
  return found;
}

/** LAYOUT_GAP kept in the parts a split gives, so that the cells' columns can be counted. */
const LAYOUT_GAP_CAPTURED = /([ \t]{3,}|\t)/u;

/**
 * The gap between two columns of a layout rendering (`European Union        (OR. en)`): what stands on either side is
 * a cell of its own, which the page may print on a line of its own.
 */
const LAYOUT_GAP = /[ \t]{3,}|\t/u;

/**
 * How a line may open with markup the page shows as structure, not as characters: heading marks, a list bullet (a
 * symbol font's bullet or a dash also alone, as a layout rendering's cell apart from its text or plain `pdftotext`'s
 * mark over its item, text-blocks.ts) or a footnote definition's mark
 * (the page's list numbers the footnotes itself), also the mark of a notice's note on the items it marks (`(*) This
 * item …`, `*) …`, `^{*} …`; `* …` is a bullet's shape).
 */
const LINE_OPENING =
  /^(?:#{1,6}[ \t]+|(?:\(\*{1,3}\)|\*{1,3}\)|\^\{\*{1,3}\})[ \t]*(?=\S)|[-*•▪◦·–o\uF0B7\uF0A7\uF0D8\uF076\uF06E\uF06C\uF071\uF0A8➢❖■●❑♦][ \t]+(?=\S)|[-–•▪\uF0B7\uF0A7\uF0D8\uF076\uF06E\uF06C\uF071\uF0A8➢❖■●❑♦][ \t]*$|(?:<sup>[ \t]*\d{1,4}[ \t]*<\/sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|\^\{?\d{1,4}\}?)[ \t]+|\[\^[A-Za-z0-9]{1,10}\]:[ \t]*)/u;

/** A heading number opening a line (after its markup): the page prints an item's number with a final dot (`3.1` → `3.1.`). */
const LINE_NUMBER = /^((?:\*\*)?)(\d{1,5}(?:\.\d{1,3}){0,4}|[IVX]{1,7})(\.?)(?=[ \t)])/u;

/**
 * Markup inside a line and what may stand for it on the page. A footnote marker is printed or is a footnote call: it
 * never vanishes. Bold toggles, the brackets of a link to nowhere (`[…](#)`) and of an autolink (`<https://…>`) may
 * be characters or be read as structure (the unit tests say which), and so may the bullets of a list a footnote's joined
 * lines hold (`… cooperation: • memoranda …; • access …`, `… umfasst: – die …; – den …`: list items on the page, footnote-blocks.ts),
 * and so may a dash after a sentence's end a page run into one line keeps before a list's item (`… the report. - Member
 * States …`: flat-bullets.ts),
 * and a separator rule a page run into one line keeps between its parts (`… Any other business _________ NB: …`), which
 * carries no text, as the ingest drops a rule on a line of its own (normalise.ts THEMATIC_BREAK); every other character
 * must stand as printed.
 */
const INLINE_MARKUP =
  /(<sup>[ \t]*\d{1,4}(?:[ \t]*,[ \t]*\d{1,4}){0,20}[ \t]*<\/sup>|\^\{[ \t]*\d{1,4}(?:[ \t]*,[ \t]*\d{1,4}){0,20}[ \t]*\}|\^\d{1,4}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|\[\^[A-Za-z0-9]{1,10}\])|(\*\*|\]\(#\)|\[(?=[^\]]{1,500}\]\(#\))|<(?=https?:\/\/)|(?<=https?:\/\/[^\s<>]{1,2000})>|(?<=\s)[•▪◦‣\uF0B7\uF0A7\uF0D8\uF076\uF06E\uF06C\uF071\uF0A8➢❖■●❑♦][ \t]+|(?<=[:;,][ \t]{1,3}|[.!?]["'”’)]?[ \t]{1,3})[-–—](?:[ \t]+|$)|[ \t]+_{3,}(?=\s|$))|([ \t]?(?:\(\*{1,3}\)|\^\{\*{1,3}\})|(?<=[^\s*])\*{1,3}\)?(?![*\p{L}\p{N}])|(?<=\s)\*{1,3}\)?(?=[ \t]+\p{Lu}))|([ \t]+)/giu;

/** A literal for a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The pattern a source line's characters must match on its page (pageCharacters): every character as printed, in
 * order, white space as any white space, and only the markup the page shows as structure allowed to stand otherwise.
 */
export function linePattern(text: string): RegExp {
  let rest = text;
  let pattern = '';
  const opening = LINE_OPENING.exec(rest);
  if (opening !== null) {
    pattern += `(?:${literal(opening[0].trimEnd())})?\\s*`;
    rest = rest.slice(opening[0].length);
  }
  const number = LINE_NUMBER.exec(rest);
  if (number !== null) {
    const [whole, bold = '', digits = '', dot = ''] = number;
    pattern += `${bold === '' ? '' : '(?:\\*\\*)?'}${literal(digits)}${dot === '' ? '\\.?' : '\\.'}`;
    rest = rest.slice(whole.length);
  }
  let cursor = 0;
  for (const match of rest.matchAll(INLINE_MARKUP)) {
    pattern += literal(rest.slice(cursor, match.index));
    const [token, marker, structure, stars] = match;
    if (marker !== undefined) pattern += `(?:${literal(marker)}|${FOOTNOTE_CALL}+)`;
    else if (structure !== undefined) pattern += `(?:${literal(structure)})?`;
    else if (stars !== undefined) pattern += `(?:${literal(stars)}|\\s*${FOOTNOTE_CALL}+|\\s*)`;
    else pattern += '\\s+';
    cursor = match.index + token.length;
  }
  pattern += literal(rest.slice(cursor));
  return new RegExp(pattern, 'u');
}
