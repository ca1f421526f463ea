/**
 * Where a page run into one line is cut before a part's Roman heading: `… under the Polish Presidencies1. II. MAIN
 * ACTIVITIES 2. During …`, `… (SIENA)? II. OPERATIONAL COOPERATION 3. How many …`, `… Menschenhandel. III. Ausblick`.
 */
import { allMatches } from '../../../../src/shared/all-matches.ts';

/** The numerals of a document's parts, in order: `I` is the first. */
const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** A Roman numeral with its dot inside a line, after a space and before a capital (its heading's first word). Each place is tried once: linear. */
const ROMAN_INSIDE = /(?<=^|\s)([IVX]{1,4})\.[ \t]+(?=["“„(]?\p{Lu})/gu;

/** A sentence's end before the numeral, a footnote's call glued to it or marked aside (`… Presidencies1. II.`, `… Presidencies.^1 II.`). */
const SENTENCE_BEFORE = /[.!?]["'”’)\]]{0,2}(?:\^?\d{1,3})?\s+$|(?<=\p{L})\d{1,3}\.\s+$/u;

/** How far back a sentence's end is looked for. */
const BEFORE_REACH = 12;

/**
 * The offsets where a line is cut before its parts' Roman headings, the last numeral it holds (`previous`, counted
 * on from the lines before, 0 before the first) and where each numeral in sequence stands, cut or not (`numerals`). A numeral is a part's where it is the next in sequence: `I.` anywhere
 * (it may follow the subject, `… June 2025 I. INTRODUCTION`), the next only after a sentence's end (`… CIS II. The`
 * is no part's heading); the line is cut before the part's numeral after a sentence's end, the first part's too, and
 * before the first part's where the second part's follows it on the line (`… December 2025 I. Introduction Under … II.`);
 * a line that opens with the next part's numeral (`III. Outlook …`, counted on from the page before) is cut there too.
 */
export function romanCuts(text: string, previous: number): { cuts: number[]; last: number; numerals: number[] } {
  // most lines hold no capital I, V or X before a dot: the search at every space is skipped
  if (!/[IVX]\.[ \t]/.test(text)) return { cuts: [], last: previous, numerals: [] };
  const cuts: number[] = [];
  const numerals: number[] = [];
  let last = previous;
  // the first part's numeral where no sentence ends before it (`… December 2025 I. Introduction Under …`): cut once the second part's is
  let first: number | null = null;
  for (const match of allMatches(ROMAN_INSIDE, text)) {
    const value = NUMERALS.indexOf(match[1] ?? '') + 1;
    if (value === 0 || (value !== last + 1 && value !== 1)) continue;
    // a page's line that opens with the next part's numeral (`III. Outlook The Committee …`) opens it as after a sentence
    const opensLine = value === last + 1 && value > 1 && text.slice(0, match.index).trim() === '';
    const afterSentence = opensLine || SENTENCE_BEFORE.test(text.slice(Math.max(0, match.index - BEFORE_REACH), match.index));
    if (value > 1 && !afterSentence) continue;
    if (value === 1 && last > 0 && !afterSentence) continue;
    if (afterSentence) cuts.push(match.index);
    if (value === 2 && first !== null) cuts.unshift(first);
    first = value === 1 && !afterSentence && text.slice(0, match.index).trim() !== '' ? match.index : null;
    numerals.push(match.index);
    last = value;
  }
  return { cuts, last, numerals };
}
