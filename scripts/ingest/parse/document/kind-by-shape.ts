import type { Item } from '../../../../src/schemas/item.ts';

/** The kind of an outcome of proceedings, whose body is read as the items of a meeting. */
const OUTCOME = 'outcome-of-proceedings';

/** The kind of a notice of meeting, whose body is read as the items planned. */
const NOTICE = 'notice-of-meeting';

/** A notice's number: the Council's communications series. */
const NOTICE_NUMBER = /^CM\s/;

/** A title that ends as a sentence does (a numbered paragraph of a note, not an item's title). */
const SENTENCE_END = /[.;:!?]\s*$/u;

/** The most characters an item's title holds; a numbered paragraph of a note runs longer. */
const TITLE_CHARACTERS = 200;

/** What a document whose kind line the vocabulary does not know looks like: the parts the kind is read from. */
export interface KindShape {
  /** The document's number (`CM 2210/24`, `14470/25`). */
  number: string;
  /** The days of an `On:` or `Date:` label. */
  on: readonly string[];
  /** The days of the meeting its subject names. */
  subjectDays: readonly string[];
  /** The body read as the items of a meeting (computed only where the label days do not decide). */
  items: () => readonly Pick<Item, 'number' | 'title' | 'decisions'>[];
}

/**
 * The kind a document whose kind line the vocabulary does not know (`ZZZ QQQ`, a version's word for a kind it lacks)
 * is read as, from its shape, or null where its shape names none (its body then read as sections, as a note's):
 * a notice of meeting where its number is a communication's (`CM 2210/24`) and a label gives the meeting's day
 * (`Date:`); an outcome of proceedings where its subject names the days of a meeting and its body, read as items, holds
 * two or more numbered 1, 2, … in sequence under titles that are no sentences, at least half of them recording a
 * decision (`The agenda was adopted`, `COSI took note of …`).
 */
export function kindByShape(shape: KindShape): string | null {
  if (NOTICE_NUMBER.test(shape.number) && shape.on.length > 0) return NOTICE;
  if (shape.subjectDays.length === 0) return null;
  const items = shape.items();
  if (items.length < 2) return null;
  const inSequence = items.every((item, index) => item.number === String(index + 1));
  const titled = items.every((item) => item.title.length <= TITLE_CHARACTERS && !SENTENCE_END.test(item.title));
  const decided = items.filter((item) => item.decisions.length > 0).length;
  return inSequence && titled && decided * 2 >= items.length ? OUTCOME : null;
}

/** The warning of a kind line the vocabulary does not know: the line as printed, and what the body was read as. */
export function unknownKindWarning(printed: string, read: string | null): string {
  const as =
    read === OUTCOME
      ? 'an outcome of proceedings (its subject names the meeting and its numbered items record decisions)'
      : read === NOTICE
        ? 'a notice of meeting (a CM number and the meeting’s date)'
        : 'sections, as a note’s (its shape names no kind)';
  return `the kind line "${printed}" is none the parser knows: the body was read as ${as}`;
}
