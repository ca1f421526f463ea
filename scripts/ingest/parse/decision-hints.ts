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

/** A pattern's source cut at its alternations outside any group and class (`a|(?:b|c)|d`: `a`, `(?:b|c)`, `d`). */
function topAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      alternatives.push(source.slice(start, at));
      start = at + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Every ASCII character, for asking what a letter may match. */
const ASCII_CHARACTERS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/** Whether a code unit is half of a character beyond the first plane (taken as proving nothing). */
function isSurrogate(char: string): boolean {
  return /[\uD800-\uDFFF]/.test(char);
}

/** Quantifiers that let the character before them be left out. */
const OPTIONAL = new Set(['?', '*', '{']);

/**
 * Whether every text `alternative` (one of a pattern's top alternatives, with the pattern's `flags`) matches in holds a
 * character outside ASCII: a letter outside ASCII written as itself outside any group and class, not made optional,
 * that matches no ASCII character even without case (`ł`, `é`, `ж`; not the long `ſ` under `i`, which matches `s`).
 * Only what is written so is taken as needed: a group, a class, an escape prove nothing, so the answer may be no where
 * the alternative does need such a character, never yes where it does not.
 */
function needsNonAscii(alternative: string, flags: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < alternative.length; at++) {
    const char = alternative[at] ?? '';
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && char.charCodeAt(0) > 0x7f && !isSurrogate(char) && !OPTIONAL.has(alternative[at + 1] ?? '')) {
      const letter = new RegExp(`^${char}$`, flags);
      if (!ASCII_CHARACTERS.some((ascii) => letter.test(ascii))) return true;
    }
  }
  return false;
}

/** Where the group opening at `open` in `source` closes (its `)`). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let at = open; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  throw new Error(`an unclosed group in /${source}/`);
}

/** How a group opens: capturing, non-capturing, or a look around (what follows is its pattern). */
const GROUP_OPENING = /^\((?:\?(?::|=|!|<=|<!))?/;

/**
 * `source` (with `flags`) as it can match a text of ASCII characters only: its alternatives that need a character
 * outside ASCII left out, in the groups too, a group left with none made a class of nothing (`[]`, which matches
 * nothing, as those alternatives do on such a text); null when every alternative is left out. An alternative that
 * cannot match at any place of a text takes nothing from what the pattern matches there, in a look around too.
 */
function asciiSource(source: string, flags: string): string | null {
  const kept = topAlternatives(source)
    .filter((alternative) => !needsNonAscii(alternative, flags))
    .map((alternative) => {
      let out = '';
      let inClass = false;
      for (let at = 0; at < alternative.length; at++) {
        const char = alternative[at] ?? '';
        if (char === '\\') {
          out += alternative.slice(at, at + 2);
          at++;
        } else if (inClass) {
          inClass = char !== ']';
          out += char;
        } else if (char === '[') {
          inClass = true;
          out += char;
        } else if (char === '(') {
          const close = groupEnd(alternative, at);
          const opening = GROUP_OPENING.exec(alternative.slice(at))?.[0] ?? '(';
          out += `${opening}${asciiSource(alternative.slice(at + opening.length, close), flags) ?? '[]'})`;
          at = close;
        } else out += char;
      }
      return out;
    });
  return kept.length === 0 ? null : kept.join('|');
}

/**
 * The hints as they can match a text of ASCII characters only: each without its alternatives that need a character
 * outside ASCII (`é`, `ó`, `σημείωσ`, `wróc`, `(?:…|schválil|…)`), a hint left with none dropped. On such a text a
 * hint matches exactly when its rest does, so `anyHint` of the rest matches exactly when one of the hints does.
 */
export function asciiHints(hints: readonly RegExp[]): RegExp[] {
  return hints.flatMap((hint) => {
    const source = asciiSource(hint.source, hint.flags);
    return source === null ? [] : [new RegExp(source, hint.flags)];
  });
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

/** What each Unicode property a hint names holds of ASCII: the same characters, written as a range a search tests at once. */
const ASCII_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['L', 'A-Za-z'],
  ['Lu', 'A-Z'],
  ['Ll', 'a-z'],
  ['N', '0-9'],
  ['Nd', '0-9'],
]);

/**
 * `pattern` for a text of ASCII characters only: each `\p{…}` of ASCII_PROPERTIES written as the ASCII characters it
 * holds (`[\p{L}]` → `[A-Za-z]`, a bare `\p{Lu}` → `[A-Z]`), the same flags. On such a text the property and its range
 * match the same characters, without case too (an ASCII letter's case is an ASCII letter), so the pattern matches
 * where it did; V8 tests a range at once where it searches a property's ranges (a fourth of ASCII_HINT's time).
 */
export function onAscii(pattern: RegExp): RegExp {
  let out = '';
  let inClass = false;
  const source = pattern.source;
  for (let at = 0; at < source.length; at++) {
    const char = source[at] ?? '';
    const property = char === '\\' && source[at + 1] === 'p' ? /^\\p\{(\w+)\}/.exec(source.slice(at)) : null;
    const ascii = property === null ? undefined : ASCII_PROPERTIES.get(property[1] ?? '');
    if (property !== null && ascii !== undefined) {
      out += inClass ? ascii : `[${ascii}]`;
      at += property[0].length - 1;
    } else if (char === '\\') {
      out += source.slice(at, at + 2);
      at++;
    } else {
      if (inClass) inClass = char !== ']';
      else if (char === '[') inClass = true;
      out += char;
    }
  }
  return new RegExp(out, pattern.flags);
}
