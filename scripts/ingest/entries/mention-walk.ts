/**
 * Every actor spelling and topic keyword in one trie, walked once over a unit's text, instead of the actor matcher's
 * pass, a topic pass per sentence and both again for excerpts. A walk gives what the shared matchers give on the same
 * text (`tests/unit/ingest/entries/mention-walk.test.ts` holds it to them):
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

interface WalkNode {
  /** The children by code unit: an array slot for each ASCII code (nearly every step of a walk), a map for the rest. */
  readonly ascii: (WalkNode | undefined)[];
  readonly other: Map<number, WalkNode>;
  /** Topics of the keywords ending here that need a word boundary after them. */
  readonly topics: string[];
  /** Topics of the prefix keywords (`terroris*`) ending here. */
  readonly topicPrefixes: string[];
  /** Actor spellings ending here, as written: the path only says they are equal with case folded. */
  readonly actors: string[];
}

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

/** The child of a node for a (walked) code unit. */
function childOf(at: WalkNode, code: number): WalkNode | undefined {
  return code < ASCII ? at.ascii[code] : at.other.get(code);
}

function node(): WalkNode {
  return { ascii: [], other: new Map(), topics: [], topicPrefixes: [], actors: [] };
}

/** The trie of every actor spelling and every topic keyword, each under its case-folded path. */
function buildTrie(): WalkNode {
  const root = node();
  const end = (text: string): WalkNode => {
    let at = root;
    for (let index = 0; index < text.length; index++) {
      const code = walked(text.charCodeAt(index));
      let child = childOf(at, code);
      if (child === undefined) {
        child = node();
        if (code < ASCII) at.ascii[code] = child;
        else at.other.set(code, child);
      }
      at = child;
    }
    return at;
  };
  for (const spelling of ACTOR_SPELLINGS.keys()) end(spelling).actors.push(spelling);
  for (const phrase of TOPIC_PHRASES) {
    if (SENTENCE_PUNCTUATION.test(phrase.text)) throw new Error(`a topic keyword may not hold sentence punctuation: ${phrase.text}`);
    const at = end(phrase.text);
    (phrase.prefix === true ? at.topicPrefixes : at.topics).push(phrase.value);
  }
  return root;
}

const ROOT = buildTrie();

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
    let at = childOf(ROOT, walked(code));
    let acrossLines = code === LINE_BREAK;
    let longest: ActorMatch | null = null;
    for (let end = start + 1; at !== undefined; end++) {
      if (!acrossLines) for (const id of at.topicPrefixes) topics.push({ start, id });
      const topicsEnd = !acrossLines && at.topics.length > 0;
      const actorsEnd = actorsHere && at.actors.length > 0;
      if ((topicsEnd || actorsEnd) && !wordAt(text, end)) {
        if (topicsEnd) for (const id of at.topics) topics.push({ start, id });
        if (actorsEnd) for (const spelling of at.actors) if (spelledAt(text, start, spelling)) longest = { start, end, spelling, acrossLines };
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
