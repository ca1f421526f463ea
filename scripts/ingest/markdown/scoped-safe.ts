import type { Parents, Root, Text } from 'mdast';
import { defaultHandlers, type Info, type State, type Unsafe } from 'mdast-util-to-markdown';

/**
 * A serialisation's unsafe patterns by their character: for each ASCII code the index of its list in `lists` (-1 for
 * none), the rest (if any) by code unit string; `unbroken` holds the same lists without the patterns that need a line
 * break (`needsLineBreak`), for a text that has none; `marks` is scratch space for patternsIn, one slot per list.
 * `characters` finds the ASCII characters with a list and the line breaks, but for the space, whose list (`space`, -1
 * for none) is marked by one search of its own: nearly every text holds spaces, and a search stepping from space to
 * space would stop at each word.
 */
interface PatternsByCharacter {
  readonly slot: Int16Array;
  readonly lists: readonly (readonly Unsafe[])[];
  readonly unbroken: readonly (readonly Unsafe[])[];
  readonly other: ReadonlyMap<string, readonly Unsafe[]>;
  readonly marks: Uint8Array;
  readonly characters: RegExp;
  readonly space: number;
}

/** The contexts of a pattern (`before`, `after`) that match only a line break (`\r`, `\n`), as the library writes them. */
const LINE_BREAK_ONLY = new Set(['[\\r\\n]', '\\r', '\\n']);

/**
 * Whether a pattern's expression (mdast-util-to-markdown's `compilePattern`) matches only where the text holds a line
 * break: one at a break (`[\r\n][\t ]*` before its character) or whose `before` or `after` is a line break alone,
 * unless the node boundary (`beforeNode`, `afterNode`) stands in its place.
 */
function needsLineBreak(pattern: Unsafe): boolean {
  if (!pattern.beforeNode && (pattern.atBreak === true || LINE_BREAK_ONLY.has(pattern.before ?? ''))) return true;
  return !pattern.afterNode && LINE_BREAK_ONLY.has(pattern.after ?? '');
}

/** ASCII codes: one array slot each. */
const ASCII = 0x80;

/** The patterns of each `state.unsafe` (one list per `toMarkdown` call) by their character, made on its first text. */
const byCharacter = new WeakMap<readonly Unsafe[], PatternsByCharacter>();

/**
 * The list last asked for and its table: every `safe` of one serialisation asks for the same list, and each
 * serialisation with the same options makes a list of the same patterns in the same order, which gives the same table.
 */
let lastList: readonly Unsafe[] = [];
let lastTable: PatternsByCharacter | null = null;

/** Whether two lists hold the same patterns (the same objects) in the same order. */
function samePatterns(one: readonly Unsafe[], other: readonly Unsafe[]): boolean {
  if (one === other) return true;
  if (one.length !== other.length) return false;
  for (let index = 0; index < one.length; index++) if (one[index] !== other[index]) return false;
  return true;
}

function patternsByCharacter(all: readonly Unsafe[]): PatternsByCharacter {
  if (lastTable !== null && samePatterns(all, lastList)) {
    lastList = all;
    return lastTable;
  }
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
    const unbroken = lists.map((list) => list.filter((pattern) => !needsLineBreak(pattern)));
    table = { slot, lists, unbroken, other, marks: new Uint8Array(lists.length), characters: charactersOf(slot), space: slot[SPACE] ?? -1 };
    byCharacter.set(all, table);
  }
  lastList = all;
  lastTable = table;
  return table;
}

const CARRIAGE_RETURN = 0x0d;
const LINE_FEED = 0x0a;
const SPACE = 0x20;

/**
 * A search (global, one character a match) for the line breaks and every ASCII character but the space that has a list
 * in `slot`, each written as a `\u` escape in one character class.
 */
function charactersOf(slot: Int16Array): RegExp {
  const codes = [LINE_FEED, CARRIAGE_RETURN];
  slot.forEach((list, code) => {
    if (list >= 0 && code !== SPACE && code !== LINE_FEED && code !== CARRIAGE_RETURN) codes.push(code);
  });
  return new RegExp(`[${codes.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`, 'g');
}

/**
 * Marks in `table.marks` the lists of the ASCII characters of `text`; whether it holds a line break (`\r`, `\n`). The
 * native search steps from one such character to the next (punctuation, a few a sentence) instead of a loop over every
 * code unit.
 */
function markCharacters(table: PatternsByCharacter, text: string): boolean {
  const { slot, marks, characters, space } = table;
  if (space >= 0 && text.includes(' ')) marks[space] = 1;
  let lineBreak = false;
  characters.lastIndex = 0;
  while (characters.test(text)) {
    const code = text.charCodeAt(characters.lastIndex - 1);
    if (code === LINE_FEED || code === CARRIAGE_RETURN) lineBreak = true;
    const list = slot[code] ?? -1;
    if (list >= 0) marks[list] = 1;
  }
  return lineBreak;
}

/**
 * The patterns whose character occurs in `before`, `value` or `after` (read as one text), each once; without those that
 * need a line break when the three hold none.
 */
function patternsIn(table: PatternsByCharacter, before: string, value: string, after: string): Unsafe[] {
  const found: Unsafe[] = [];
  const { marks } = table;
  const breakBefore = markCharacters(table, before);
  const breakIn = markCharacters(table, value);
  const breakAfter = markCharacters(table, after);
  const lists = breakBefore || breakIn || breakAfter ? table.lists : table.unbroken;
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
    const before = config.before ?? '';
    const after = config.after ?? '';
    const found = patternsIn(patternsByCharacter(all), before, value ?? '', after);
    if (value !== null && value !== undefined && writtenAsIs(state, found, before, value, after)) return value;
    state.unsafe = found;
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

/** Whether `stack` holds one of the constructs of `list` (a construct or a list of them); `none` when it names none. */
function inConstructs(stack: readonly string[], list: Unsafe['inConstruct'], none: boolean): boolean {
  if (list === undefined || list === null) return none;
  if (typeof list === 'string') return stack.includes(list);
  if (list.length === 0) return none;
  for (const construct of list) if (stack.includes(construct)) return true;
  return false;
}

/** Whether `safe` applies a pattern in the constructs of `stack` (the library's `patternInScope`). */
function inScope(stack: readonly string[], pattern: Unsafe): boolean {
  return inConstructs(stack, pattern.inConstruct, true) && !inConstructs(stack, pattern.notInConstruct, false);
}

/** A backslash, which `safe` escapes before punctuation. */
const BACKSLASH = '\\';

/**
 * Whether `safe` writes `value` as it is: none of `patterns` it applies in the present constructs matches in
 * `before + value + after` at a character of `value` (so `safe` marks no position to escape; it leaves those of the
 * characters around it) and no backslash stands in `value` or `after` (so it has none to double). A pattern anchored to a
 * node's edge (`beforeNode`, `afterNode`) is matched by `safe` in part of the text only: the answer is then no, and
 * `safe` decides.
 */
function writtenAsIs(state: State, patterns: readonly Unsafe[], before: string, value: string, after: string): boolean {
  if (value === '' || value.includes(BACKSLASH) || after.includes(BACKSLASH)) return false;
  const text = `${before}${value}${after}`;
  const end = before.length + value.length;
  let breaksRead = false;
  for (const pattern of patterns) {
    if (!inScope(state.stack, pattern)) continue;
    if (pattern.beforeNode || pattern.afterNode) return false;
    const place = breakPlace(pattern);
    if (place !== null) {
      if (!breaksRead) readBreaks(text);
      breaksRead = true;
      if (place[pattern.character.charCodeAt(0)] === 0) continue;
    }
    const expression = state.compilePattern(pattern);
    const captured = Boolean(pattern.before || pattern.atBreak);
    expression.lastIndex = 0;
    for (let match = expression.exec(text); match !== null; match = expression.exec(text)) {
      const position = match.index + (captured ? (match[1]?.length ?? 0) : 0);
      if (position >= before.length && position < end) {
        expression.lastIndex = 0;
        return false;
      }
    }
  }
  return true;
}

/**
 * The characters found next to the line breaks of the text `readBreaks` last read, by ASCII code (1: found): right
 * after a break, right before one, and first on a line after its spaces and tabs.
 */
const AFTER_BREAK = new Uint8Array(ASCII);
const BEFORE_BREAK = new Uint8Array(ASCII);
const LINE_START = new Uint8Array(ASCII);

const TAB = 0x09;
const LINE_BREAKS = /[\r\n]/g;

/** Marks in AFTER_BREAK, BEFORE_BREAK and LINE_START the ASCII characters around each line break (`\r`, `\n`) of `text`. */
function readBreaks(text: string): void {
  AFTER_BREAK.fill(0);
  BEFORE_BREAK.fill(0);
  LINE_START.fill(0);
  LINE_BREAKS.lastIndex = 0;
  while (LINE_BREAKS.test(text)) {
    const at = LINE_BREAKS.lastIndex - 1;
    const previous = at === 0 ? ASCII : text.charCodeAt(at - 1);
    if (previous < ASCII) BEFORE_BREAK[previous] = 1;
    let next = at + 1 < text.length ? text.charCodeAt(at + 1) : ASCII;
    if (next < ASCII) AFTER_BREAK[next] = 1;
    for (let start = at + 2; (next === SPACE || next === TAB) && start <= text.length; start++) next = start < text.length ? text.charCodeAt(start) : ASCII;
    if (next < ASCII) LINE_START[next] = 1;
  }
}

/**
 * Where a pattern that needs a line break (`needsLineBreak`) can match, as its expression (`compilePattern`) says: the
 * table of `readBreaks` its character must be found in, or null for a pattern this does not read (one with a `before`
 * besides the break, a node's edge, a character that is not one ASCII code, or a space or tab after a break, which the
 * `[\t ]*` before it may give back). Each match of such a pattern stands at a line break of the text, so a text none
 * of whose breaks has its character in that place has no match of it: `writtenAsIs` skips it without a search.
 * - `atBreak` and no `before`: `([\r\n][\t ]*)X`, X first on a line after its spaces and tabs;
 * - `before` a line break alone: `((?:[\r\n]))X`, X right after a break;
 * - `after` a line break alone and no `before`: `X(?:[\r\n])`, X right before a break.
 */
function breakPlaceOf(pattern: Unsafe): Uint8Array | null {
  const code = pattern.character.length === 1 ? pattern.character.charCodeAt(0) : ASCII;
  if (code >= ASCII || pattern.beforeNode || pattern.afterNode) return null;
  if (pattern.atBreak) return !pattern.before && code !== SPACE && code !== TAB ? LINE_START : null;
  if (pattern.before) return LINE_BREAK_ONLY.has(pattern.before) ? AFTER_BREAK : null;
  return LINE_BREAK_ONLY.has(pattern.after ?? '') ? BEFORE_BREAK : null;
}

/** Each pattern's `breakPlaceOf`, made on its first test. */
const breakPlaces = new WeakMap<Unsafe, Uint8Array | null>();

function breakPlace(pattern: Unsafe): Uint8Array | null {
  let place = breakPlaces.get(pattern);
  if (place === undefined) {
    place = breakPlaceOf(pattern);
    breakPlaces.set(pattern, place);
  }
  return place;
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
