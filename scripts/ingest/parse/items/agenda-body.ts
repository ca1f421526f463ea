import type { PlannedItem } from '../../../../src/schemas/planned-item.ts';
import { findReferences } from '../../../../src/shared/references.ts';
import { addedVersions, documentIds } from '../references/added-versions.ts';
import { RANGE_WORDS } from '../references/number-ranges.ts';
import type { AgendaItem } from './items.ts';
import type { SourceLine } from '../normalise.ts';
import { POSSIBLE_ITEM, PRO_MEMORIA_ITEM, PRO_MEMORIA_MARK_SOURCE, PRO_MEMORIA_WORD, SUB_POINT } from '../text/vocabulary.ts';
import { VERSION_SUFFIX_WORDS } from '../../../../src/shared/version-suffixes.ts';

/**
 * Words that may stand between the numbers of a line of documents, in the 24 official languages: `and` and its
 * versions (`6010/26, 6011/26 and 6012/26`, `15010/25, 15011/25 et 15012/25`, `8731/25 és 8732/25`, `8731/25 ir
 * 8732/25`, `8731/25 και 8732/25`), the word for a document before its number (`doc. 6502/24`, `Dok. 8731/25`, `док.
 * 8731/25`, `έγγρ. 8731/25`, `Docs: …`), a cross-reference (`see`, `voir`, `siehe`, `cf.`), the register's `ST` and
 * `INIT`, the word for "to" of a range (`9876/25 to 9879/25`, `bis`, `à`: number-ranges.ts), the `LIMITE` marking and a version (`+ COR 1`, `ADD 1`, `+ ADD 1 REV 1`), each a whole word in any script.
 */
const BETWEEN_WORD = String.raw`(?:${RANGE_WORDS.join('|')}|and|et|und|y|e|en|i|og|och|ja|és|oraz|și|şi|a|и|και|ir|un|in|u|agus|docs?|doks?|док|έγγρ|εγγρ|ST|see|voir|siehe|cf|INIT|LIMITE)`;

/** A line's rest, once its documents are taken out, that holds nothing but `BETWEEN_WORD`s, versions and punctuation. */
const BETWEEN_DOCUMENTS = new RegExp(
  String.raw`^(?:[\s,;:+&.()[\]–-]|(?<![\p{L}\p{N}])${BETWEEN_WORD}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:${VERSION_SUFFIX_WORDS})\s*\d{1,2}(?![\p{L}\p{N}]))*$`,
  'iu',
);

/**
 * A distribution code with its number, as an older agenda prints it after each document (`9402/13 JAI 355 COSI 52`):
 * a word in capitals, maybe two joined by a hyphen or slash (`JAI-RELEX 41`), then its number. Case-sensitive, so
 * that `and 12` is none.
 */
const CODE = /(?<![\p{L}\p{N}/])\p{Lu}[\p{Lu}\d]{1,15}(?:[/-]\p{Lu}[\p{Lu}\d]{0,15})?[ \t]\d{1,5}(?![\p{L}\p{N}/])/gu;

/** Whether a line lists documents and nothing else (each document maybe followed by its distribution codes). */
export function isDocumentsLine(text: string): boolean {
  const references = findReferences(text);
  if (references.length === 0) return false;
  let rest = '';
  let cursor = 0;
  // A number's added versions are documents too (`+ ADD 1`, a range's last figure: `ADD 1-3`).
  for (const { start, end } of references.flatMap((found) => [found, ...addedVersions(text, found)])) {
    rest += text.slice(cursor, start);
    cursor = Math.max(cursor, end);
  }
  return BETWEEN_DOCUMENTS.test((rest + text.slice(cursor)).replace(CODE, ' '));
}

/** The mark of an item listed pro memoria alone on a line: `p.m.`, `(p.m.)`, `(pour mémoire)`, `pro memoria`. */
const PRO_MEMORIA_LINE = new RegExp(String.raw`^(?:${PRO_MEMORIA_MARK_SOURCE}|${PRO_MEMORIA_WORD})$`, 'u');

/** A title without its `(poss.)` and `(p.m.)` marks, either first (`(poss.) (p.m.) …`), and whether it had each. */
function possibleTitle(title: string): { title: string; possible: boolean; proMemoria: boolean } {
  let rest = title.trim();
  let possible = false;
  let proMemoria = false;
  for (let round = 0; round < 2; round += 1) {
    const unmarked = rest.replace(POSSIBLE_ITEM, '').trim();
    possible ||= unmarked !== rest;
    rest = unmarked === '' ? rest : unmarked;
    const remembered = rest.replace(PRO_MEMORIA_ITEM, '').trim();
    proMemoria ||= remembered !== rest;
    rest = remembered === '' ? rest : remembered;
  }
  return { title: rest, possible, proMemoria };
}

/** How far a line stands in from the margin, in columns (a tab to the next multiple of 8), as `-layout` and text exports indent. */
function indent(text: string): number {
  let columns = 0;
  for (const character of text) {
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += 8 - (columns % 8);
    else break;
  }
  return columns;
}

/**
 * The point a documents line under an item's points belongs to: the last point, but where that point's label stands in
 * from the margin and the line stands no further in (the item's column, not the point's title's: `-layout`, a text
 * export's tabs), the item's, none. Such a line with another point after it is still the point's above (plannedItems):
 * a notice prints the item's documents under its title or under its last point, never between two points
 * (`        - Presentation by Eurojust` / `        6204/12 JAI 98 COSI 9` / `        - Exchange of views`).
 */
function pointsDocument<Point>(point: Point | undefined, pointIndent: number, text: string): Point | undefined {
  return point !== undefined && pointIndent > 0 && indent(text) <= pointIndent ? undefined : point;
}

/**
 * The items of a provisional agenda as planned, from the items the agenda reader found and their titles as the record
 * reads them (with the notes under the items each title calls with a mark): each title without its `(poss.)` and `(p.m.)` marks (the mark
 * `p.m.` also alone on a line under it), the time printed before it, the documents on the lines under it,
 * its sub-points with the documents under each (each title without the mark that calls a note, `marked`), and any other line as text.
 * `plain` gives a line's plain text (markup and footnote calls read).
 */
export function plannedItems(
  items: readonly AgendaItem[],
  heads: readonly { title: string; notes: PlannedItem['notes'] }[],
  plain: (line: SourceLine) => string,
  marked: (title: string) => { title: string; notes: PlannedItem['notes'] },
): PlannedItem[] {
  return items.map((item, index) => {
    const head = heads[index];
    const planned: PlannedItem = {
      number: item.number,
      ...possibleTitle(head?.title ?? item.title),
      notes: head?.notes ?? [],
      section: item.section,
      day: item.day,
      time: item.time,
      references: [],
      points: [],
      text: '',
    };
    const text: string[] = [];
    // whether a blank line stands since the last point's title: a line after it is no wrapped part of that title
    let apart = false;
    // how far the last point's label stands in from the margin
    let pointIndent = 0;
    // the documents in the item's column under the last point: the item's, unless another point follows (then the point's)
    const underPoint: string[] = [];
    for (const line of item.lines) {
      const value = plain(line).trim();
      apart ||= value === '';
      if (value === '') continue;
      const point = planned.points.at(-1);
      const sub = SUB_POINT.exec(value);
      // the mark of an item listed pro memoria alone on its line, where the notice lists the item's documents
      if (PRO_MEMORIA_LINE.test(value)) (point ?? planned).proMemoria = true;
      else if (sub !== null) {
        point?.references.push(...underPoint.splice(0));
        planned.points.push({ label: sub[1] ?? sub[2] ?? null, ...possibleTitle(sub[3] ?? ''), notes: [], references: [] });
        pointIndent = indent(line.text);
      } else if (isDocumentsLine(value)) {
        const owner = pointsDocument(point, pointIndent, line.text);
        (owner === undefined && point !== undefined ? underPoint : (owner ?? planned).references).push(...documentIds(value));
      } else if (point !== undefined && point.references.length === 0 && !apart) point.title = `${point.title} ${value}`;
      else text.push(value);
      apart = false;
    }
    planned.references.push(...underPoint);
    planned.text = text.join('\n');
    // the documents under the last point a dash or bullet sets (no label), where no column tells them apart: the item's
    const last = planned.points.at(-1);
    if (last !== undefined && last.label === null && pointIndent === 0) planned.references.push(...last.references.splice(0));
    planned.references = [...new Set(planned.references)];
    for (const point of planned.points) {
      // a point's marks read again once its wrapped lines are joined and the mark calling a note is off (`a) (*) (poss.) …`)
      const { notes, title } = marked(point.title);
      const again = possibleTitle(title);
      Object.assign(point, {
        title: again.title,
        notes,
        possible: point.possible || again.possible,
        proMemoria: point.proMemoria || again.proMemoria,
        references: [...new Set(point.references)],
      });
    }
    return planned;
  });
}
