/** Footnote numbers plain `pdftotext` printed apart from their texts, on a page run into one line, set back before them. */
import { splitSentences } from './sentences.ts';

/**
 * A run of footnote numbers printed apart after the sentence that ends a page run into one line (`… février 2026. 1 2
 * COM(2020) 605 final. Doc. 5512/26.`): two to nine numbers one space apart, before a text opening with a capital, a
 * digit or a bracket. Groups: the run.
 */
const APART_RUN = /(?<=[.!?]["'”’)\]]{0,2}[ \t]{1,3})((?:\d{1,3}[ \t]{1,3}){2,9})(?=["“„«(]?[\p{Lu}\p{N}])/gu;

/**
 * A page's text before its footer (`foot`) with the last run of footnote numbers printed apart, in sequence, each set
 * back before its text (`1 2 COM(2020) 605 final. Doc. 5512/26.` → `1 COM(2020) 605 final. 2 Doc. 5512/26.`), where
 * the texts after the run are as many sentences as the run holds numbers (a footnote of two sentences makes the
 * pairing uncertain: the text is left as it is). Other texts as they are.
 */
export function apartNumbersRestacked(foot: string): string {
  if (!/\d[ \t]{1,3}\d/u.test(foot)) return foot;
  const run = [...foot.matchAll(APART_RUN)].at(-1);
  if (run === undefined) return foot;
  const numbers = (run[1] ?? '')
    .trim()
    .split(/[ \t]+/u)
    .map(Number);
  if (numbers.some((number, index) => index > 0 && number !== (numbers[index - 1] ?? 0) + 1)) return foot;
  const texts = withAbbreviations(splitSentences(foot.slice(run.index + (run[1] ?? '').length)));
  if (texts.length !== numbers.length) return foot;
  const space = foot.length - foot.trimEnd().length;
  return `${foot.slice(0, run.index)}${texts.map((text, index) => `${numbers[index] ?? ''} ${text}`).join(' ')}${foot.slice(foot.length - space)}`;
}

/** A piece of one short word and its dot: an abbreviation (`Dok.`, `Bkz.`, `Pkt.`), no sentence. */
const ABBREVIATION = /^\p{L}{1,5}\.$/u;

/** Sentences with a one-word piece, an abbreviation the sentence reader does not know (`Dok.`, `Bkz.`), joined to the next (`Dok. 5512/26.`). */
function withAbbreviations(sentences: readonly string[]): string[] {
  const joined: string[] = [];
  let open = '';
  for (const sentence of sentences) {
    if (ABBREVIATION.test(sentence.trim())) open = `${open}${sentence.trim()} `;
    else {
      joined.push(`${open}${sentence}`);
      open = '';
    }
  }
  return open === '' ? joined : [...joined, open.trim()];
}
