/**
 * Every actor spelling and topic keyword in one trie, walked once over a unit's text, instead of the actor matcher's
 * pass, a topic pass per sentence and both again for excerpts. A walk gives what the shared matchers give on the same
 * text (`tests/unit/ingest/entries/unit-reading.test.ts` holds it to them):
 * - the actor spellings `findActors` (src/shared/actors.ts) finds, leftmost and longest, in the text read with each line
 *   break as a space, as `findActors` reads it; each match says whether it reads across a line break;
 * - every place a topic keyword occurs (`PhraseTrie.each` of src/shared/topics.ts), line breaks being line breaks.
 */
import { ACTOR_SPELLINGS } from '../../../src/shared/actors.ts';
import { asciiWord, folded, wordAt, wordBefore } from '../../../src/shared/phrase-trie.ts';
import { TOPIC_PHRASES } from '../../../src/shared/topics.ts';

/** One actor spelling as the actor matcher finds it. */
export interface ActorMatch {
  readonly start: number;
  readonly end: number;
  readonly spelling: string;
  /** Whether a line break stands where the spelling has a space ("Cyprus⏎Presidency"). */
  readonly acrossLines: boolean;
}

/** One place a keyword of a topic starts. */
export interface TopicHit {
  readonly start: number;
  readonly id: string;
}

/** What one walk over a text finds, each list in order of the matches' starts. */
export interface MentionWalk {
  readonly actors: readonly ActorMatch[];
  readonly topics: readonly TopicHit[];
}

/**
 * The trie as flat tables, node 0 the root: a walk takes one step per code unit of the text, so each step is a typed
 * array load for an ASCII code (nearly every step) and a node's lists are looked at only when its flags say it ends a
 * keyword or spelling. A node's row has a slot only for the ASCII codes some key holds (30 of 128 today: letters,
 * space, hyphen, apostrophe, a digit) and a slot holds 16 bits, so the table is 190 KB instead of 1.6 MB: the rest of
 * the ingest pushes it out of the processor's caches between the walks of a document's units, and a walk that starts
 * with the caches cold took 35–40 % less time than with the wide table.
 */
interface WalkTrie {
  /** Each ASCII code's slot in a row of `ascii`, or NONE for a code no key holds. */
  readonly column: Int16Array;
  /** The slots of a row: how many ASCII codes the keys hold. */
  readonly width: number;
  /** The child of node n for the ASCII code with slot k at `n * width + k`, plus one (0: none): at most MAX_NODES nodes. */
  readonly ascii: Uint16Array;
  /** The child for a code unit outside ASCII, keyed by `n * CODE_UNITS + code`. */
  readonly other: ReadonlyMap<number, number>;
  /** What ends at each node: TOPICS, TOPIC_PREFIXES and ACTORS bits (0: nothing, most nodes). */
  readonly ends: Uint8Array;
  /** Topics of the keywords ending at a node that need a word boundary after them. */
  readonly topics: readonly (readonly string[])[];
  /** Topics of the prefix keywords (`terroris*`) ending at a node. */
  readonly topicPrefixes: readonly (readonly string[])[];
  /** Actor spellings ending at a node, as written: the path only says they are equal with case folded. */
  readonly actors: readonly (readonly string[])[];
}

/** Bits of `WalkTrie.ends`. */
const TOPICS = 1;
const TOPIC_PREFIXES = 2;
const ACTORS = 4;

const LINE_BREAK = 0x0a;
const SPACE = 0x20;

/**
 * Where a topic keyword could end a sentence (`topic-tagging.ts`: `.`, `?`, `!`, `;` before white space, or a line
 * break). A keyword with one of them could read across two sentences; the topic table has none, and the walk relies on it.
 */
const SENTENCE_PUNCTUATION = /[.?!;\n]/;

/** A code unit as the trie is walked: case folded as the topic matcher folds it, a line break read as a space. */
function walked(code: number): number {
  return code === LINE_BREAK ? SPACE : folded(code);
}

/** Codes below this are ASCII. */
const ASCII = 0x80;

/** Code units (`charCodeAt` gives one below this). */
const CODE_UNITS = 0x10000;

/** Nodes the ASCII table has room for at first (it doubles as the trie grows; 3,193 nodes today). */
const INITIAL_NODES = 4096;

/** The nodes a 16-bit slot can name (plus one, 0 being none). */
const MAX_NODES = 0xffff;

/** No node: what a step off the trie gives. */
const NONE = -1;

/** The trie of every actor spelling and every topic keyword, each under its case-folded path. */
function buildTrie(): WalkTrie {
  const keys = [...ACTOR_SPELLINGS.keys(), ...TOPIC_PHRASES.map((phrase) => phrase.text)];
  const column = new Int16Array(ASCII).fill(NONE);
  let width = 0;
  for (const key of keys)
    for (let index = 0; index < key.length; index++) {
      const code = walked(key.charCodeAt(index));
      if (code < ASCII && column[code] === NONE) column[code] = width++;
    }
  let ascii = new Uint16Array(INITIAL_NODES * width);
  const other = new Map<number, number>();
  const topics: string[][] = [[]];
  const topicPrefixes: string[][] = [[]];
  const actors: string[][] = [[]];
  const end = (text: string): number => {
    let at = 0;
    for (let index = 0; index < text.length; index++) {
      const code = walked(text.charCodeAt(index));
      const slot = at * width + (column[code] ?? 0);
      let child = code < ASCII ? (ascii[slot] ?? 0) - 1 : (other.get(at * CODE_UNITS + code) ?? NONE);
      if (child === NONE) {
        child = topics.length;
        if (child >= MAX_NODES) throw new Error(`the mention trie needs more than ${MAX_NODES} nodes: widen WalkTrie.ascii`);
        topics.push([]);
        topicPrefixes.push([]);
        actors.push([]);
        if (topics.length * width > ascii.length) {
          const grown = new Uint16Array(ascii.length * 2);
          grown.set(ascii);
          ascii = grown;
        }
        if (code < ASCII) ascii[slot] = child + 1;
        else other.set(at * CODE_UNITS + code, child);
      }
      at = child;
    }
    return at;
  };
  for (const spelling of ACTOR_SPELLINGS.keys()) actors[end(spelling)]?.push(spelling);
  for (const phrase of TOPIC_PHRASES) {
    if (SENTENCE_PUNCTUATION.test(phrase.text)) throw new Error(`a topic keyword may not hold sentence punctuation: ${phrase.text}`);
    const at = end(phrase.text);
    (phrase.prefix === true ? topicPrefixes : topics)[at]?.push(phrase.value);
  }
  const ends = Uint8Array.from(
    topics,
    (list, node) =>
      (list.length > 0 ? TOPICS : 0) | ((topicPrefixes[node]?.length ?? 0) > 0 ? TOPIC_PREFIXES : 0) | ((actors[node]?.length ?? 0) > 0 ? ACTORS : 0),
  );
  return { column, width, ascii, other, ends, topics, topicPrefixes, actors };
}

const TRIE = buildTrie();

/** The child of a node for a (walked) code unit, or NONE. */
function childOf(at: number, code: number): number {
  if (code >= ASCII) return TRIE.other.get(at * CODE_UNITS + code) ?? NONE;
  const slot = TRIE.column[code] ?? NONE;
  return slot === NONE ? NONE : (TRIE.ascii[at * TRIE.width + slot] ?? 0) - 1;
}

/** Whether `spelling` stands at `start` of the text exactly, a line break of the text standing for a space. */
function spelledAt(text: string, start: number, spelling: string): boolean {
  for (let index = 0; index < spelling.length; index++) {
    const code = text.charCodeAt(start + index);
    if ((code === LINE_BREAK ? SPACE : code) !== spelling.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * The actor matches and topic hits of a text, from each word start once. Actor matches never overlap (the next one is
 * looked for after the end of the last); topic hits may, as `PhraseTrie.each` reports them.
 */
export function walkMentions(text: string): MentionWalk {
  const actors: ActorMatch[] = [];
  const topics: TopicHit[] = [];
  let actorsFrom = 0;
  // The code unit before `start`: inside a word (most places) only an ASCII test is made, as PhraseTrie.each does.
  let before = SPACE;
  for (let start = 0; start < text.length; start++) {
    const code = text.charCodeAt(start);
    const inWord = before < 0x80 ? asciiWord(before) : wordBefore(text, start);
    before = code;
    if (inWord) continue;
    const actorsHere = start >= actorsFrom;
    let at = childOf(0, walked(code));
    let acrossLines = code === LINE_BREAK;
    let longest: ActorMatch | null = null;
    for (let end = start + 1; at !== NONE; end++) {
      const ends = TRIE.ends[at] ?? 0;
      if (ends !== 0) {
        if (!acrossLines && (ends & TOPIC_PREFIXES) !== 0) for (const id of TRIE.topicPrefixes[at] ?? []) topics.push({ start, id });
        const topicsEnd = !acrossLines && (ends & TOPICS) !== 0;
        const actorsEnd = actorsHere && (ends & ACTORS) !== 0;
        if ((topicsEnd || actorsEnd) && !wordAt(text, end)) {
          if (topicsEnd) for (const id of TRIE.topics[at] ?? []) topics.push({ start, id });
          if (actorsEnd) for (const spelling of TRIE.actors[at] ?? []) if (spelledAt(text, start, spelling)) longest = { start, end, spelling, acrossLines };
        }
      }
      if (end >= text.length) break;
      const next = text.charCodeAt(end);
      if (next === LINE_BREAK) acrossLines = true;
      at = childOf(at, walked(next));
    }
    if (longest !== null) {
      actors.push(longest);
      actorsFrom = longest.end;
    }
  }
  return { actors, topics };
}
