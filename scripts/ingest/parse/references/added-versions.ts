import { LIST_JOINERS } from '../../../../src/shared/act-forms.ts';
import { canonicalReference, findReferences, type FoundReference } from '../../../../src/shared/references.ts';
import { rangeNumbers } from './number-ranges.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/** The words for "and" that join a number and its versions in the 24 languages (`9876/25 and ADD 1`, `9876/25 et ADD 1`, `9876/25 und ADD 1`). */
const AND_WORDS = ['and', ...LIST_JOINERS].join('|');

/**
 * A version printed after a number with a plus, a comma or the word for "and" (`6388/24 + COR 1`, `90313/25 + ADD 1`,
 * `9876/25, ADD 1 and ADD 2`, `9876/25 et ADD 1`, `9876/25 (+ ADD 1)`, `WK 5678/2025 INIT + ADD 1`), as agendas and notes list a document with its
 * corrections and addenda: a document of its own, its suffix alone where a number would stand. Groups: its kind, its
 * index, the suffixes printed after it (`+ ADD 1 REV 1`).
 */
const ADDED_VERSION = new RegExp(
  String.raw`^[ \t\n]{0,3}(?:INIT[ \t\n]{1,3})?(?:\([ \t]{0,2})?(?:\+|,|&|(?:${AND_WORDS})(?![\p{L}\p{N}]))[ \t\n]{0,3}(${VERSION_SUFFIX_WORDS})[ \t]{0,2}([1-9][0-9]?)(?![0-9])((?:[ \t]{1,2}(?:${VERSION_SUFFIX_WORDS})[ \t]{0,2}[1-9][0-9]?(?![0-9])){0,2})`,
  'u',
);

/**
 * The last of a range of addenda printed after the first (`14470/25 + ADD 1-3`, `9876/25 ADD 1–3`, `ADD 1 - ADD 3`):
 * the addenda between are listed too. Group: the last one's index.
 */
const ADDENDA_RANGE = /^[ \t]{0,2}[-‐‑–][ \t]{0,2}(?:ADD[ \t]{0,2})?([1-9][0-9]?)(?![0-9/]|[.,][0-9])/u;

/** The most addenda a range may add: a dash after an addendum followed by a larger figure (`ADD 1 - 2025`) is no range. */
const MOST_IN_RANGE = 20;

/** How far after a number (or the version before) the next version may stand: ` (+ ADD 12 REV 1`, `, COR 1`, ` agus ADD 1`. */
const ADDED_VERSION_REACH = 40;

/** The series whose documents have addenda and corrigenda of their own: the Council's main series, its meeting and working documents. */
const VERSIONED = new Set(['council', 'meeting', 'working']);

/** An id without the addendum it names and what follows it (`9876/25 ADD 1 COR 1` → `9876/25`): the base an added addendum is one of. */
function withoutAddendum(id: string): string {
  const at = id.search(/ ADD \d/);
  return at === -1 ? id : id.slice(0, at);
}

/**
 * The versions a text adds right after the number `found`, each after the one before (`6388/24 + COR 1` → `6388/24 COR
 * 1`; `9876/25 + ADD 1 + ADD 2 + COR 1` → its ADD 1, ADD 2 and COR 1; `9876/25 ADD 1 + ADD 2` → `9876/25 ADD 2`, an
 * addendum of the number, not of its addendum; `+ ADD 1 REV 1` → `9876/25 ADD 1 REV 1`), in order, each with the offsets
 * of its suffixes as printed (`ADD 1 REV 1`), so that the page links them; a range of addenda (`+ ADD 1-3`) gives each
 * (ADD 2 with no printed text: start and end equal); a range of numbers opening at `found` (`9876/25 to 9879/25`) gives
 * the numbers inside it, none printed (number-ranges.ts). Guarantee: each returned reference is canonical and is not `found` itself; the text is read only as far as the chain goes (each step consumes what it reads), so a
 * text's chains cost time linear in its length.
 */
export function addedVersions(text: string, found: FoundReference): FoundReference[] {
  if (!VERSIONED.has(found.type)) return [];
  const versions: FoundReference[] = rangeNumbers(text, found);
  let at = found.end;
  let last = found.id;
  for (;;) {
    const window = text.slice(at, at + ADDED_VERSION_REACH);
    const range = ADDENDA_RANGE.exec(window);
    if (range !== null && addendaRange(last, range, at, versions)) {
      at += range[0].length;
      last = versions[versions.length - 1]?.id ?? last;
      continue;
    }
    const match = ADDED_VERSION.exec(window);
    if (match === null) break;
    const [whole, kind = '', index = '', more = ''] = match;
    const base = kind === 'ADD' ? withoutAddendum(found.id) : found.id;
    const reference = canonicalReference(`${base} ${kind} ${index}${more}`);
    const end = at + whole.length;
    if (reference !== null && reference.id !== found.id) {
      versions.push({ ...reference, start: at + whole.lastIndexOf(kind, whole.length - index.length - more.length), end });
      last = reference.id;
    }
    at = end;
  }
  return versions;
}

/**
 * The addenda a range after the addendum `last` adds (`ADD 1` then `-3`: ADD 2 and ADD 3) pushed onto `versions`: each
 * between with no printed text of its own (start and end where the range's dash stands), the last with its printed
 * figure (and `ADD` where printed). False, adding nothing, where `last` ends in no addendum or the range runs backwards or
 * too far.
 */
function addendaRange(last: string, range: RegExpExecArray, at: number, versions: FoundReference[]): boolean {
  const first = / ADD ([0-9]+)$/.exec(last);
  const end = Number(range[1]);
  if (first === null || end <= Number(first[1]) || end - Number(first[1]) > MOST_IN_RANGE) return false;
  const base = last.slice(0, first.index);
  const printed = at + range[0].search(/ADD|[0-9]/);
  for (let index = Number(first[1]) + 1; index <= end; index += 1) {
    const reference = canonicalReference(`${base} ADD ${index}`);
    if (reference === null) return false;
    versions.push({ ...reference, start: index === end ? printed : at, end: index === end ? at + range[0].length : at });
  }
  return true;
}

/** The distinct canonical ids of the documents a text cites, in order, each version added with a plus right after its number (`6640/26 + COR 1`: `6640/26`, `6640/26 COR 1`; `+ ADD 1 + ADD 2`: both). */
export function documentIds(text: string): string[] {
  const ids = new Set<string>();
  for (const found of findReferences(text)) {
    ids.add(found.id);
    for (const added of addedVersions(text, found)) ids.add(added.id);
  }
  return [...ids];
}
