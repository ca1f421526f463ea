/** Distribution codes whose space between word and number a copy squeezed out (`LIMITE COEST169 PESC511 JAI319 WTO168`). */
import { BARE_CODES } from '../text/header-vocabulary.ts';

/** A code word run into its number: letters, then figures, alone between spaces. */
const SQUEEZED = /(?<![\p{L}\p{N}/.])([A-Z]{2,12})(\d{1,5})(?![\p{L}\p{N}/]|[.,]\d)/gu;

/** What separates two codes of one run: spaces or tabs, maybe a line break. */
const BETWEEN = /^[ \t]*\n?[ \t]*$/;

/** One code found squeezed: where it stands, how long it is as printed, and the code with its space back (`COEST 169`). */
export interface SqueezedCode {
  index: number;
  length: number;
  code: string;
}

/**
 * The squeezed codes of `text`: those standing in a run of two or more (no word of a sentence looks so twice in a row),
 * and one standing alone whose word is a known code (`JAI655`); each given back with its space.
 */
export function squeezedCodes(text: string): SqueezedCode[] {
  const all = [...text.matchAll(SQUEEZED)];
  return all
    .filter((match, index) => {
      const before = all[index - 1];
      const after = all[index + 1];
      const joined = (left: RegExpExecArray | undefined, right: RegExpExecArray | undefined) =>
        left !== undefined && right !== undefined && BETWEEN.test(text.slice(left.index + left[0].length, right.index));
      return joined(before, match) || joined(match, after) || BARE_CODES.has(match[1] ?? '');
    })
    .map((match) => ({ index: match.index, length: match[0].length, code: `${match[1] ?? ''} ${match[2] ?? ''}` }));
}
