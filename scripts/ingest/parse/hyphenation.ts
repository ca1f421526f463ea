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
