/** Whether a hard wrap cut a document number: before its version suffix, or between the suffix and its number. */
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** The end of a line that a wrap cut after a document number, before its version suffix (`… 10662/25` + `ADD 2`). */
const NUMBER_BEFORE_SUFFIX = new RegExp(String.raw`\d\/\d{2}(?:\d{2})?$|\b(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2}$`);

/** A line that opens with a version suffix and its number: `ADD 2`, `REV 1.` */
const SUFFIX_OPENING = new RegExp(String.raw`^(?:${VERSION_SUFFIX_WORDS})[ \t]?\d`);

/** The end of a line that a wrap cut between a version suffix and its number (`… 3041/5/14 REV` + `5. The …`). */
const SUFFIX_WITHOUT_NUMBER = new RegExp(String.raw`\d\/\d{2}(?:\d{2})?(?:[ \t]+(?:${VERSION_SUFFIX_WORDS})[ \t]?\d{1,2})*[ \t]+(?:${VERSION_SUFFIX_WORDS})$`);

/** A line that opens with a number of one or two digits: the cut suffix's number, though it looks like an item number. */
const SUFFIX_NUMBER_OPENING = /^\d{1,2}(?!\d)/;

/** How much of the end of a line the patterns read: `14470/12/25 REV 1 ADD 2 COR` fits. */
const NUMBER_TAIL = 40;

/**
 * Whether a hard wrap cut a document number between `above` (a line the export wrapped) and `below` (the next line,
 * trimmed): before its version suffix or between the suffix and its number. `below` then goes on with the number,
 * even where it looks like the start of an agenda item (`5. The …`) or of a suffix line (`ADD 2.`).
 */
export function cutsDocumentNumber(above: string, below: string): boolean {
  const suffixBelow = SUFFIX_OPENING.test(below);
  if (!suffixBelow && !SUFFIX_NUMBER_OPENING.test(below)) return false;
  const end = above.slice(-NUMBER_TAIL);
  return suffixBelow ? NUMBER_BEFORE_SUFFIX.test(end) : SUFFIX_WITHOUT_NUMBER.test(end);
}
