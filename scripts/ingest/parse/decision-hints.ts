/**
 * The hints of all the languages' grammars as one pattern: a text it does not match holds none of their verbs, so the
 * 23 hints need not be tried one by one (most texts are English: one pass instead of 23). The hints that open with
 * the start of a word (`(?<![\p{L}])(?:tog|blev|…)`) share that test: tried once at a position, not once per hint, it
 * is what made them cost most. The pattern matches a text exactly when one of the hints does.
 */

/** The start of a word, as the hints write it. */
const WORD_START = String.raw`(?<![\p{L}])`;

/** Flags a hint may carry; `g` and `y` would make `test` depend on where the last test stopped. */
const HINT_FLAGS = /^(?:iu|u)$/;

/** Whether a pattern's source has an alternation outside any group (`a|b`, not `(?:a|b)`). */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/** A hint's source as one alternative, its case-insensitivity kept within it. */
function alternative(hint: RegExp, source: string): string {
  return hint.flags.includes('i') ? `(?i:${source})` : `(?:${source})`;
}

/** One pattern that matches a text exactly when one of `hints` does. */
export function anyHint(hints: readonly RegExp[]): RegExp {
  const afterWordStart: string[] = [];
  const others: string[] = [];
  for (const hint of hints) {
    if (!HINT_FLAGS.test(hint.flags)) throw new Error(`a hint's flags are u or iu: /${hint.source}/${hint.flags}`);
    const rest = hint.source.slice(WORD_START.length);
    // `(?<![\p{L}])a|b` is `(?<![\p{L}])a` or `b`: only a hint whose whole pattern follows the word start shares it
    if (hint.source.startsWith(WORD_START) && !alternatesAtTop(rest)) afterWordStart.push(alternative(hint, rest));
    else others.push(alternative(hint, hint.source));
  }
  const shared = afterWordStart.length === 0 ? [] : [`${WORD_START}(?:${afterWordStart.join('|')})`];
  return new RegExp([...shared, ...others].join('|') || '(?!)', 'u');
}
