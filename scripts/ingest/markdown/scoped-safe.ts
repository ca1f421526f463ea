import type { Parents, Root, Text } from 'mdast';
import { defaultHandlers, type Info, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * A serialisation's unsafe patterns by their character: for each ASCII code the index of its list in `lists` (-1 for
 * none), the rest (if any) by code unit string; `marks` is scratch space for patternsIn, one slot per list.
 */
interface PatternsByCharacter {
  readonly slot: Int16Array;
  readonly lists: readonly (readonly Unsafe[])[];
  readonly other: ReadonlyMap<string, readonly Unsafe[]>;
  readonly marks: Uint8Array;
}

/** ASCII codes: one array slot each. */
const ASCII = 0x80;

/** The patterns of each `state.unsafe` (one list per `toMarkdown` call) by their character, made on its first text. */
const byCharacter = new WeakMap<readonly Unsafe[], PatternsByCharacter>();

function patternsByCharacter(all: readonly Unsafe[]): PatternsByCharacter {
  let table = byCharacter.get(all);
  if (table === undefined) {
    const slot = new Int16Array(ASCII).fill(-1);
    const lists: Unsafe[][] = [];
    const other = new Map<string, Unsafe[]>();
    for (const pattern of all) {
      const code = pattern.character.length === 1 ? pattern.character.charCodeAt(0) : ASCII;
      if (code >= ASCII) other.set(pattern.character, [...(other.get(pattern.character) ?? []), pattern]);
      else if (slot[code] === -1) {
        slot[code] = lists.length;
        lists.push([pattern]);
      } else lists[slot[code] ?? 0]?.push(pattern);
    }
    table = { slot, lists, other, marks: new Uint8Array(lists.length) };
    byCharacter.set(all, table);
  }
  return table;
}

/** Marks in `table.marks` the lists of the ASCII characters of `text`. */
function markCharacters(table: PatternsByCharacter, text: string): void {
  const { slot, marks } = table;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < ASCII) {
      const list = slot[code] ?? -1;
      if (list >= 0) marks[list] = 1;
    }
  }
}

/** The patterns whose character occurs in `before`, `value` or `after` (read as one text), each once. */
function patternsIn(table: PatternsByCharacter, before: string, value: string, after: string): Unsafe[] {
  const found: Unsafe[] = [];
  const { lists, marks } = table;
  markCharacters(table, before);
  markCharacters(table, value);
  markCharacters(table, after);
  for (let list = 0; list < lists.length; list++) {
    if (marks[list] === 0) continue;
    marks[list] = 0;
    for (const pattern of lists[list] ?? []) found.push(pattern);
  }
  if (table.other.size > 0) {
    const text = `${before}${value}${after}`;
    for (const [character, list] of table.other) if (text.includes(character)) for (const pattern of list) found.push(pattern);
  }
  return found;
}

/**
 * The root of a tree written with every `safe` of the serialisation (text, link destinations, footnote labels, heading
 * text) given only the unsafe patterns whose character occurs in what it escapes or the characters around it. `safe`
 * reads `before + value + after`, every pattern matches its character literally, so a pattern without it can match
 * nothing, and where `safe` escapes does not depend on the order of the patterns: the Markdown is the same (a property
 * test holds it to the library's own handlers), but `safe` no longer tries some 90 regular expressions on each string.
 */
export function rootWithScopedSafe(node: Root, parent: Parents | undefined, state: State, info: Info): string {
  const safe = state.safe;
  state.safe = (value, config) => {
    const all = state.unsafe;
    state.unsafe = patternsIn(patternsByCharacter(all), config.before ?? '', value ?? '', config.after ?? '');
    try {
      return safe.call(state, value, config);
    } finally {
      state.unsafe = all;
    }
  };
  try {
    return defaultHandlers.root(node, parent, state, info);
  } finally {
    state.safe = safe;
  }
}

/** A text node as the library writes it, with a `peek` (textPeek). */
export function textWithPeek(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  return defaultHandlers.text(node, parent, state, info);
}

/** Each unsafe pattern's expression anchored where a search starts (sticky), for the test at a text's first character. */
const stickyExpressions = new WeakMap<Unsafe, RegExp>();

function sticky(pattern: Unsafe, state: State): RegExp {
  let expression = stickyExpressions.get(pattern);
  if (expression === undefined) {
    const compiled = state.compilePattern(pattern);
    expression = new RegExp(compiled.source, `${compiled.flags.replace('g', '')}y`);
    stickyExpressions.set(pattern, expression);
  }
  return expression;
}

/**
 * The start of a text node's Markdown, which mdast-util-to-markdown asks for (with nothing before or after it) to know
 * the character after the node before it; without a `peek` it writes the whole node once more for that. `safe` changes
 * a text's first character only where an unsafe pattern of that very character matches at the text's start, which a
 * search of the whole text finds first. When none can, the node's Markdown starts with its own first character (a
 * backslash escaped stays a backslash); otherwise, or in any other context, the node is written in full.
 */
function textPeek(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const { value } = node;
  const table = patternsByCharacter(state.unsafe);
  if (value === '' || info.before !== '' || info.after !== '' || table.other.size > 0) return textWithPeek(node, parent, state, info);
  const code = value.charCodeAt(0);
  if (code >= ASCII) return value;
  for (const pattern of table.lists[table.slot[code] ?? -1] ?? []) {
    const expression = sticky(pattern, state);
    expression.lastIndex = 0;
    if (expression.test(value)) return textWithPeek(node, parent, state, info);
  }
  return value;
}

textWithPeek.peek = textPeek;
