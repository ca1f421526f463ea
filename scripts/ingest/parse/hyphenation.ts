/** A word cut by hyphenation at a line end, and the start of the next line. */
const BROKEN_END = /(\p{L}+)-$/u;
const NEXT_START = /^(\p{Ll}\p{L}*)/u;

/** Every word and hyphenated compound of a text, in lower case: what tells a word broken at a line end from a compound. */
export function vocabularyOf(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) words.add(match[0].toLowerCase());
  return words;
}

/**
 * Whether the hyphen that ends `before` was put there by hyphenation (`coopera-` + `tion`): the document writes the
 * whole word (`cooperation`) elsewhere and never the hyphenated form. A compound (`public-private`) keeps its hyphen.
 */
export function isHyphenationBreak(before: string, after: string, words: ReadonlySet<string>): boolean {
  const broken = BROKEN_END.exec(before);
  const next = NEXT_START.exec(after);
  if (broken === null || next === null) return false;
  const head = (broken[1] ?? '').toLowerCase();
  const tail = (next[1] ?? '').toLowerCase();
  return words.has(`${head}${tail}`) && !words.has(`${head}-${tail}`);
}

/** A line that ends in a word cut by hyphenation, the hyphen glued to it or after one space as `-layout` prints a justified line (`traf-`, `continu -`). */
const CUT_WORD = /(\p{L}+) ?-$/u;

/**
 * A wrapped line joined to the text it goes on (a footnote's lines, read apart from the body): a word hyphenation cut
 * at the line's end made whole where the document spells it whole (`words`, as `isHyphenationBreak` tells it for body
 * text: `imple-` / `mentation`, `op -` / `erators`), else the two joined with one space.
 */
export function joinWrappedLine(text: string, below: string, words: ReadonlySet<string>): string {
  const next = below.trim();
  const cut = CUT_WORD.exec(text.slice(-40));
  if (cut === null) return `${text} ${next}`;
  const start = text.length - Math.min(text.length, 40) + cut.index;
  return isHyphenationBreak(`${cut[1] ?? ''}-`, next, words) ? `${text.slice(0, start)}${cut[1] ?? ''}${next}` : `${text} ${next}`;
}
