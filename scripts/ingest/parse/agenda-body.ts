import type { PlannedItem } from '../../../src/schemas/planned-item.ts';
import { findReferences } from '../../../src/shared/references.ts';
import { documentIds } from './added-versions.ts';
import type { AgendaItem } from './items.ts';
import type { SourceLine } from './normalise.ts';
import { POSSIBLE_ITEM, SUB_POINT } from './vocabulary.ts';

/**
 * Words that may stand between the numbers of a line of documents (`6388/24 + COR 1`, `doc. 6502/24 and 6955/24`,
 * `15010/25, 15011/25 et 15012/25`, the register's `WK 2345/2026 INIT`): a line that holds nothing else lists documents.
 */
const BETWEEN_DOCUMENTS = /^(?:[\s,;+&.()[\]–-]|\b(?:and|et|und|y|e|en|i|og|och|ja|és|oraz|și|a|и|και|docs?|ST|see|INIT)\b|\b(?:COR|ADD)\s*\d{1,2}\b)*$/iu;

/** Whether a line lists documents and nothing else. */
export function isDocumentsLine(text: string): boolean {
  const references = findReferences(text);
  if (references.length === 0) return false;
  let rest = '';
  let cursor = 0;
  for (const { start, end } of references) {
    rest += text.slice(cursor, start);
    cursor = end;
  }
  return BETWEEN_DOCUMENTS.test(rest + text.slice(cursor));
}

/** A title without its `(poss.)` mark, and whether it had one. */
function possibleTitle(title: string): { title: string; possible: boolean } {
  const bare = title.replace(POSSIBLE_ITEM, '').trim();
  return { title: bare === '' ? title : bare, possible: bare !== title.trim() };
}

/**
 * The items of a provisional agenda as planned, from the items the agenda reader found and their titles as the record
 * reads them (with the notes under the items each title calls with a mark): each title without its `(poss.)` mark, the time printed before it, the documents on the lines under it,
 * its sub-points with the documents under each, and any other line as text. `plain` gives a line's plain text (markup and footnote calls read).
 */
export function plannedItems(
  items: readonly AgendaItem[],
  heads: readonly { title: string; notes: PlannedItem['notes'] }[],
  plain: (line: SourceLine) => string,
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
    for (const line of item.lines) {
      const value = plain(line).trim();
      if (value === '') continue;
      const point = planned.points.at(-1);
      const sub = SUB_POINT.exec(value);
      if (sub !== null) planned.points.push({ label: sub[1] ?? sub[2] ?? null, ...possibleTitle(sub[3] ?? ''), references: [] });
      else if (isDocumentsLine(value)) for (const id of documentIds(value)) (point ?? planned).references.push(id);
      else if (point !== undefined && point.references.length === 0) point.title = `${point.title} ${value}`;
      else text.push(value);
    }
    planned.text = text.join('\n');
    planned.references = [...new Set(planned.references)];
    for (const point of planned.points) point.references = [...new Set(point.references)];
    return planned;
  });
}
