/**
 * Abbreviations whose final dot does not end a sentence in Council texts (compared in lower case).
 * Single letters and dotted initials (`p.`, `e.g.`, `i.e.`, `U.S.`) are recognised by shape instead.
 */
const ABBREVIATIONS = new Set(['no', 'nos', 'art', 'arts', 'doc', 'docs', 'prev', 'pp', 'para', 'paras', 'cf', 'vol', 'approx', 'mr', 'ms', 'dr']);

/** A single letter or dotted initials before the final dot: `p`, `e.g`, `i.e`, `U.S`. */
const INITIALS = /^(?:[A-Za-z]\.)*[A-Za-z]$/;

/** Candidate sentence ends: terminal punctuation with any closing quotes, brackets or emphasis, before whitespace; or a blank line. */
const CANDIDATE_END = /[.!?]+[)\]"'”’*_]*(?=\s)|\n[ \t]*\n(?:[ \t]*\n)*/g;

/** Text ending like this continues after a blank line: an introduction to a list (`took note of`, `agreed:`). */
const CONTINUED_BEFORE_BREAK = /(?:[:,;]|\b(?:of|on|to|that|the|and|or))\s*$/;

/** A list item opening the next paragraph continues the sentence before it. */
const LIST_ITEM_START = /^\s*(?:[-*•–]\s|\(?[a-z0-9]{1,3}\)\s)/;

/** The word just before a dot: what follows the last whitespace or opening bracket. */
const LAST_WORD = /[^\s([]*$/;

/** Whether the dot ending `before` belongs to an abbreviation rather than ending a sentence. */
function endsWithAbbreviation(before: string): boolean {
  const word = (LAST_WORD.exec(before)?.[0] ?? '').replace(/^[*_"'“‘]+/, '');
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word);
}

/**
 * The sentences of a plain text, in order, each trimmed with its whitespace collapsed to single spaces.
 * A sentence ends at `.`, `!` or `?` followed by whitespace and a character that is not a lower-case
 * letter, unless the dot ends an abbreviation (`No.`, `e.g.`, `Art.`, `p.`); and at a blank line, unless
 * the text before it introduces a list (`took note of`, `:`) or the next paragraph is a list item.
 * Dots inside numbers (`6.4.2021`, `6.1`) are never followed by whitespace and never end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const push = (end: number): void => {
    const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (sentence !== '') sentences.push(sentence);
    start = end;
  };
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 8);
    if (match[0].startsWith('\n')) {
      const before = text.slice(Math.max(start, match.index - 40), match.index);
      if (CONTINUED_BEFORE_BREAK.test(before) || LIST_ITEM_START.test(after)) continue;
      push(end);
      continue;
    }
    const next = /\S/.exec(text.slice(end, end + 40))?.[0] ?? '';
    if (/\p{Ll}/u.test(next)) continue;
    const dot = match[0].indexOf('.');
    if (dot === 0 && endsWithAbbreviation(text.slice(Math.max(start, match.index - 40), match.index))) continue;
    push(end);
  }
  push(text.length);
  return sentences;
}
