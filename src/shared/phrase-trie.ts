/**
 * Finding the phrases of a vocabulary in a text in one pass: a trie of every phrase, walked from each word start, instead
 * of one regular expression per term or topic scanned over the text again and again. It matches what a Unicode regular
 * expression `(?<![\p{L}\p{N}])phrase(?![\p{L}\p{N}])` (flags `u`, with `ignoreCase` also `i`) matches; the callers decide
 * what a phrase stands for.
 */

/** One phrase of a vocabulary and what it stands for. */
export interface Phrase<V> {
  /** The literal text; with `prefix`, any word ending may follow it ("terroris": terrorism, terrorists). */
  readonly text: string;
  readonly value: V;
  readonly prefix?: boolean;
}

/** One match: where the phrase starts and ends in the text, and its value. */
export interface PhraseMatch<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

interface TrieNode<V> {
  readonly next: Map<number, TrieNode<V>>;
  /** Values of phrases ending here that need a word boundary after them. */
  readonly whole: V[];
  /** Values of prefix phrases ending here (any word ending may follow). */
  readonly open: V[];
}

/** A letter or digit (`[\p{L}\p{N}]`): what a phrase may not touch at its start, nor at its end unless it is a prefix. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Code points outside ASCII that Unicode simple case folding maps onto an ASCII letter: Kelvin sign → k, long s → s. */
const NON_ASCII_FOLDS: ReadonlyMap<number, number> = new Map([
  [0x212a, 0x6b],
  [0x17f, 0x73],
]);

/** Whether an ASCII code is a letter or digit: the test most places need, before any Unicode one. */
export function asciiWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Whether the code point that ends just before `at` is a letter or digit (a surrogate pair read as one code point). */
export function wordBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 0x80) return asciiWord(code);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return WORD_CHARACTER.test(text.slice(at - 2, at));
  }
  return WORD_CHARACTER.test(text.charAt(at - 1));
}

/** Whether the code point that starts at `at` is a letter or digit. */
export function wordAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return asciiWord(code);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHARACTER.test(text.slice(at, at + 2));
  }
  return WORD_CHARACTER.test(text.charAt(at));
}

/** A code unit as the case-insensitive trie compares it: ASCII letters and their two non-ASCII folds in lower case. */
export function folded(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x80) return code;
  return NON_ASCII_FOLDS.get(code) ?? code;
}

/** A code unit compared as it is. */
const exact = (code: number): number => code;

/** A vocabulary of phrases, ready to be found in any number of texts. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), whole: [], open: [] };
  private readonly fold: (code: number) => number;

  /**
   * `ignoreCase` compares letters as the `i` flag does; it is limited to phrases whose letters are ASCII (a phrase with
   * another letter that has a case throws), which is what keeps one code unit folding to one code unit.
   */
  constructor(phrases: Iterable<Phrase<V>>, options: { readonly ignoreCase?: boolean } = {}) {
    this.fold = options.ignoreCase === true ? folded : exact;
    for (const phrase of phrases) {
      if (phrase.text === '') throw new Error('a phrase may not be empty');
      if (options.ignoreCase === true && [...phrase.text].some((c) => c > '\x7f' && c.toLowerCase() !== c.toUpperCase()))
        throw new Error(`a case-insensitive phrase may have ASCII letters only: ${phrase.text}`);
      let node = this.root;
      for (let at = 0; at < phrase.text.length; at++) {
        const code = this.fold(phrase.text.charCodeAt(at));
        let child = node.next.get(code);
        if (child === undefined) {
          child = { next: new Map(), whole: [], open: [] };
          node.next.set(code, child);
        }
        node = child;
      }
      (phrase.prefix === true ? node.open : node.whole).push(phrase.value);
    }
  }

  /** Calls `found` for every phrase at every place it occurs, overlapping ones too, in order of their starts. */
  each(text: string, found: (start: number, value: V) => void): void {
    const { root, fold } = this;
    // The code unit before `start`, read as the loop passes it: inside a word (most places), only an ASCII test is made.
    let before = 0x20;
    for (let start = 0; start < text.length; start++) {
      const code = text.charCodeAt(start);
      const inWord = before < 0x80 ? asciiWord(before) : wordBefore(text, start);
      before = code;
      if (inWord) continue;
      let node = root.next.get(fold(code));
      for (let at = start + 1; node !== undefined; at++) {
        for (const value of node.open) found(start, value);
        if (node.whole.length > 0 && !wordAt(text, at)) for (const value of node.whole) found(start, value);
        if (at >= text.length) break;
        node = node.next.get(fold(text.charCodeAt(at)));
      }
    }
  }

  /**
   * The matches a global regular expression of every phrase, longest first, finds: the leftmost phrase, the longest at
   * that place, then the next one after its end; never two that overlap.
   */
  leftmostLongest(text: string): PhraseMatch<V>[] {
    const { root, fold } = this;
    const matches: PhraseMatch<V>[] = [];
    for (let start = 0; start < text.length;) {
      let node = root.next.get(fold(text.charCodeAt(start)));
      if (node === undefined || wordBefore(text, start)) {
        start++;
        continue;
      }
      let best: PhraseMatch<V> | null = null;
      for (let at = start + 1; node !== undefined; at++) {
        const value = node.open[0] ?? (node.whole.length > 0 && !wordAt(text, at) ? node.whole[0] : undefined);
        if (value !== undefined) best = { start, end: at, value };
        if (at >= text.length) break;
        node = node.next.get(fold(text.charCodeAt(at)));
      }
      if (best === null) start++;
      else {
        matches.push(best);
        start = best.end;
      }
    }
    return matches;
  }
}
