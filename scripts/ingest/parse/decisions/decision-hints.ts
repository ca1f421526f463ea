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
    if (hint.source.startsWith(WORD_START) && topAlternatives(rest).length === 1) afterWordStart.push(alternative(hint, rest));
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

/** An alternative that opens with no literal character matched once: with its syntax, a surrogate (half of one), or a quantified character. */
const NOT_LITERAL = /^(?:[\\[\](){}.*+?|^$]|[\ud800-\udfff]|.[*+?{])/s;

/** A quantifier right after a group. */
const QUANTIFIER = /^[?*+{]/;

/** A literal character made optional at an alternative's start (`i?nnota`), not lazily. */
const OPTIONAL_OPENING = /^([^\\[\](){}.*+?|^$\ud800-\udfff])\?(?!\?)/;

/** A class of ASCII letters only at an alternative's start (`[Tt]hug`), not quantified. */
const LETTERS_OPENING = /^\[([A-Za-z]+)\](?![?*+{])/;

/**
 * The alternatives `alternative` stands for, each led by a literal character where the way it opens allows: a group
 * it opens with given each of its alternatives (`(?:tog|blev)(?![\p{L}])` → `tog(?![\p{L}])`, `blev(?![\p{L}])`), a
 * look-behind it opens with set after the literal character that follows it (`(?<![\p{L}])tog` → `t(?<![\p{L}]t)og`:
 * looked back at from after the `t` that stands there, the same test), an optional first letter as with and without it
 * (`i?nnota` → `innota`, `nnota`), a class of letters as each letter (`[Tt]hug` → `Thug`, `thug`). Each rewriting
 * matches at a place exactly where what it rewrites does. A group followed by a quantifier, a case-insensitive group
 * (`(?i:…)`) or a look-ahead stays whole.
 */
function literalLed(alternative: string): string[] {
  const opening = GROUP_OPENING.exec(alternative)?.[0];
  if (opening === '(?:' || opening === '(?<!' || opening === '(?<=') {
    const close = groupEnd(alternative, 0);
    const inside = alternative.slice(opening.length, close);
    const rest = alternative.slice(close + 1);
    if (QUANTIFIER.test(rest)) return [alternative];
    if (opening === '(?:') return topAlternatives(inside).flatMap((part) => literalLed(part + rest));
    return literalLed(rest).map((after) =>
      after === '' || NOT_LITERAL.test(after)
        ? `${opening}${inside})${after}`
        : `${after.charAt(0)}${opening}(?:${inside})${after.charAt(0)})${after.slice(1)}`,
    );
  }
  const optional = OPTIONAL_OPENING.exec(alternative);
  if (optional !== null) return [...literalLed(`${optional[1] ?? ''}${alternative.slice(2)}`), ...literalLed(alternative.slice(2))];
  const letters = LETTERS_OPENING.exec(alternative);
  if (letters !== null) return [...(letters[1] ?? '')].flatMap((letter) => literalLed(`${letter}${alternative.slice(letters[0].length)}`));
  return [alternative];
}

/**
 * What an alternative opens with that others may share: its first literal character, or a look-behind it opens with (as
 * `literalLed` sets one after the character before it: `t(?<![\p{L}]t)og`, `t(?<![\p{L}]t)ilsluttede`); null for anything else.
 */
function leadingPart(alternative: string): string | null {
  if (alternative === '') return null;
  if (!NOT_LITERAL.test(alternative)) return alternative.charAt(0);
  const opening = GROUP_OPENING.exec(alternative)?.[0];
  if (opening !== '(?<!' && opening !== '(?<=') return null;
  const close = groupEnd(alternative, 0);
  return QUANTIFIER.test(alternative.slice(close + 1)) ? null : alternative.slice(0, close + 1);
}

/**
 * Alternatives joined with those led by the same character, or the same look-behind, as one (`tog|tilsluttede|blev` →
 * `t(?:og|ilsluttede)|blev`), recursively: a place of a text is tried against each first character once rather than
 * against every alternative. For a test only: the alternatives are taken in any order, so that a place may be matched
 * by another alternative than before, but a text holds a match exactly where it did.
 */
function byFirstCharacter(alternatives: readonly string[]): string {
  const led = new Map<string, string[]>();
  const others: string[] = [];
  for (const alternative of new Set(alternatives)) {
    const part = leadingPart(alternative);
    if (part === null) {
      others.push(alternative);
      continue;
    }
    const rests = led.get(part);
    if (rests === undefined) led.set(part, [alternative.slice(part.length)]);
    else rests.push(alternative.slice(part.length));
  }
  const factored = [...led].map(([part, rests]) => (rests.length === 1 ? `${part}${rests[0] ?? ''}` : `${part}(?:${byFirstCharacter(rests)})`));
  return [...factored, ...others].join('|');
}

/** A back-reference, which taking alternatives apart could leave pointing at another group. */
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;

/**
 * A pattern a text matches exactly where `pattern` (anyHint's, maybe onAscii's) matches it, for `test` only: its
 * alternatives, those in the groups it opens with too, led by their first literal character (`literalLed`) and joined
 * by it (`byFirstCharacter`). V8 tries each alternative at every place of a text; most of the hints' hundreds of words
 * fail at their first character, which is then tested once for all of them. Over the 6,375 English item texts of the
 * 2,000 benchmark documents (5.0 M characters), ASCII_HINT's test took 130 CPU ms, this one's 52.
 */
export function hintTrie(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky) throw new Error(`a hint is tested, never searched from a place: /${pattern.source}/${pattern.flags}`);
  if (BACK_REFERENCE.test(pattern.source)) throw new Error(`a hint has no back-reference: /${pattern.source}/`);
  return new RegExp(byFirstCharacter(topAlternatives(pattern.source).flatMap(literalLed)) || '(?!)', pattern.flags);
}
