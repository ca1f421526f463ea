/**
 * A header's labels printed as a column before the column of their values, as plain `pdftotext` reads a header table
 * (`Van:` / `Aan:` / `Betreft:`, then `secretariaat-generaal van de Raad` / `delegaties` / `Resultaat …`): which line
 * breaks among the values are kept whatever the case of the line below, so that each label still has a line of its own;
 * and the blank lines between the values' cells, where each cell was printed as a paragraph of its own.
 */
import { isCorrespondentLine } from '../header/correspondent-lines.ts';
import { isTitleWord } from '../header/body-start.ts';
import { WORDED_NUMBER_SOURCE } from '../text/item-numbers.ts';
import { labelLine } from '../header/labels.ts';
import { parseDates } from '../text/date-expressions.ts';
import { cutsDate, opensWithDays } from '../text/cut-day.ts';
import { codesColumnBelow, isFormatLine } from '../header/value-shapes.ts';
import { endsAddress } from '../header/venue-end.ts';
import { MARKING_LINE, MONTHS } from '../text/vocabulary.ts';
import { KINDS } from '../text/header-vocabulary.ts';
import { annexesOpenCell } from '../header/commission-tail.ts';

/** One line of text, as normalise holds it. */
interface Line {
  text: string;
}

/** A run of labels alone on their lines (blank lines between them allowed), and the lines of values printed under it. */
interface Column {
  labels: number;
  /** The first value line and the index after the last: the lines up to the first blank line after the labels. */
  start: number;
  end: number;
  /** Whether the body's first list number stood between the labels and the values (its title then follows the values). */
  displaced: boolean;
  /** Whether the header's codes column ends the values (a copy with no blank line under them, `… (COSI)` / `COSI 237`). */
  codes: boolean;
}

/**
 * A list marker alone on its line, as label-values.ts's DISPLACED_MARKER knows them (`1.`, `I.`, `(a)`, `a)`, the Greek
 * and Bulgarian versions' `α)`, `а)`, `–`).
 */
const DISPLACED_NUMBER = /^[ \t]*(?:\d{1,2}\.|[IVX]{1,4}\.|\([a-zα-ωа-я]\)|[a-zα-ωа-я]\)|[–—-])[ \t]*$/u;

/** An acronym in brackets alone on its line (`(COSI)`, `(CATS)`): the end of a body's name its cell wrapped. */
const ACRONYM_LINE = /^[ \t]*\(\p{Lu}{2,12}\)[ \t]*$/u;

/** Values run on into the body when they hold more than this many lines for each label. */
const RUN_ON_VALUES = 2;

/**
 * The body's first item right under the values, with no blank line between (`1. Adoption …`, `Item 1: Adoption …`,
 * `Punkt 1: Annahme …`, `1) Adoption …`): it ends the values, it is none of them.
 */
const ITEM_LINE = new RegExp(String.raw`^[ \t]*(?:\d{1,2}\.|${WORDED_NUMBER_SOURCE})[ \t]+["“„(]?\p{Lu}`, 'u');

/** How many lines are looked at for a codes column (two codes make one). */
const CODES_LOOKED_AT = 3;

/** A code alone on its line, as the header's codes column prints it. */
const CODE_LINE = /^[ \t]*[A-Z][A-Z0-9]{1,15}(?:\/[A-Z][A-Z0-9]{0,15})?(?:[ \t]\d{1,5})?[ \t]*$/;

/** A bare label is short and holds its colon: other lines are not read as labels at all (most lines of a document). */
const LONGEST_BARE_LABEL = 40;

/** Whether the line at `index` opens a run of the header's codes alone on their lines (`COSI 237` / `JAI 1769` / `CEPOL`). */
function opensCodesColumn(lines: readonly Line[], index: number): boolean {
  const run: string[] = [];
  for (let at = index; at < lines.length && run.length < CODES_LOOKED_AT && (lines[at]?.text.trim() ?? '') !== ''; at += 1) run.push(lines[at]?.text ?? '');
  return CODE_LINE.test(lines[index]?.text ?? '') && codesColumnBelow(run.join('\n'), true) !== null;
}

/** Whether the line at `index` opens the body's first item, not the day of a date the line above began (`… am 18. und` / `19. November 2025`). */
function opensItem(lines: readonly Line[], index: number): boolean {
  const text = lines[index]?.text ?? '';
  return ITEM_LINE.test(text) && !cutsDate(lines[index - 1]?.text ?? '', text);
}

/** Whether a line is a header label with nothing after it (`To:`, `Betreft:`). */
function isBareLabel(text: string): boolean {
  if (text.length > LONGEST_BARE_LABEL || !text.includes(':')) return false;
  const label = labelLine(text);
  return label !== null && label.value === '';
}

/** The label columns of `lines`: two or more bare labels in a row, then their values up to a blank line or the body's first item. */
function labelColumns(lines: readonly Line[]): Column[] {
  const columns: Column[] = [];
  let index = 0;
  while (index < lines.length) {
    let labels = 0;
    let at = index;
    for (; at < lines.length; at += 1) {
      const text = lines[at]?.text ?? '';
      if (isBareLabel(text)) labels += 1;
      else if (text.trim() !== '') break;
    }
    if (labels < 2) {
      index = Math.max(at, index + 1);
      continue;
    }
    // plain pdftotext may print the body's first list number between the labels and their values (`1.`)
    const displaced = DISPLACED_NUMBER.test(lines[at]?.text ?? '');
    if (displaced) for (at += 1; at < lines.length && (lines[at]?.text.trim() ?? '') === '';) at += 1;
    let end = at;
    while (
      end < lines.length &&
      (lines[end]?.text.trim() ?? '') !== '' &&
      !isBareLabel(lines[end]?.text ?? '') &&
      // a day of receipt opening with its day's number is a value (`3. Oktober 2025`), no item
      !(opensItem(lines, end) && !opensWithDays(lines[end]?.text ?? '')) &&
      !(end > at && opensCodesColumn(lines, end))
    )
      end += 1;
    if (end > at) columns.push({ labels, start: at, end, displaced, codes: end < lines.length && opensCodesColumn(lines, end) });
    index = Math.max(end, index + 1);
  }
  return columns;
}

/** Whether the line at `index` or the one above it names a sender or recipient, whole (`delegaties`, `het voorzitterschap`). */
function namesCorrespondent(lines: readonly Line[], index: number): boolean {
  return isCorrespondentLine(lines[index]?.text ?? '') || isCorrespondentLine(lines[index - 1]?.text ?? '');
}

/** What ends a line that goes on on the next one: a word a title goes on after (`on`, `für`), a hyphen, dash or comma. */
const RUNS_ON = /(?:[-–—,:;/&+]|\s(\S+))$/u;

/** A line's end long enough to hold a meeting's dates (`an 18 agus an 19 Samhain 2025`, `tat-18 u d-19 ta' Novembru 2025`). */
const DATES_END = 60;

/**
 * Whether the line at `index` goes on the value above it: it opens in lower case, with a digit or bracket, the line
 * above runs on, or it ends on a date under a line that ends no sentence: a subject names its meeting's days last, and a
 * subject wrapped before a capital (`… maidir le Slándáil` / `Inmheánach (COSI) an 18 agus an 19 Samhain 2025`) is no
 * item's title.
 */
function goesOn(lines: readonly Line[], index: number): boolean {
  const text = lines[index]?.text.trim() ?? '';
  if (!/^\p{Lu}/u.test(text)) return true;
  const aboveText = lines[index - 1]?.text.trimEnd() ?? '';
  const above = RUNS_ON.exec(aboveText);
  if (above !== null && (above[1] === undefined || isTitleWord(above[1]))) return true;
  if (cutsDate(aboveText, text)) return true;
  return !/[.!?]["'”’)\]]{0,2}$/.test(aboveText) && /(?:19|20)\d{2}(?:[ \t]\p{L}{1,2}\.|\.)?$/u.test(text) && parseDates(text.slice(-DATES_END)).length > 0;
}

/** The fields of a header whose only day is the one its subject names: sender, recipient, subject. */
const CORRESPONDENCE_FIELDS: ReadonlySet<string> = new Set(['from', 'to', 'subject']);

/** A line that ends a sentence (`… the meeting.`), as no subject's line does before its meeting's days. */
const SENTENCE_END = /[.!?]["'”’)\]]{0,2}$/u;

/**
 * The value lines that open with a meeting's days right under a line of the values that ends no sentence, where the
 * column's labels are a sender's, a recipient's and the subject's only: the subject names its meeting's days last,
 * wrapped before them (`… (COSI)` / `18. in 19. novembra 2025`, `18. ja 19. novembril 2025 toimunud koosoleku tulemus`),
 * and they go on it. Under a `Date:` label or a date of receipt's the days are that label's value (a notice's `… (COSI)`
 * / `6 and 7 March 2024`, a cover note's `… Director` / `27 June 2022`).
 */
function subjectDays(lines: readonly Line[], column: Column): number[] {
  const fields: string[] = [];
  for (let index = column.start - 1; index >= 0 && fields.length < column.labels; index -= 1) {
    const text = lines[index]?.text ?? '';
    if (isBareLabel(text)) fields.push(labelLine(text)?.field ?? '');
  }
  if (!fields.includes('subject') || fields.some((field) => !CORRESPONDENCE_FIELDS.has(field))) return [];
  const found: number[] = [];
  for (let index = column.start + 1; index < column.end; index += 1) {
    const above = lines[index - 1]?.text.trimEnd() ?? '';
    if (above !== '' && !SENTENCE_END.test(above) && opensWithDays(lines[index]?.text ?? '')) found.push(index);
  }
  return found;
}

/**
 * The index of the line that opens the first item's title under values printed without a blank line under them (the
 * item's number printed between the labels and the values): the first line after one line for each label that does not
 * go on the line above; null where the values end before it.
 */
function titleAfterValues(lines: readonly Line[], column: Column): number | null {
  let index = column.start + column.labels;
  while (index < column.end && goesOn(lines, index)) index += 1;
  return index < column.end ? index : null;
}

/**
 * Up to `excess` value lines that open with a capital under a line ending in a word a title goes on after (`of`, `the`,
 * `für`), or that end a sender's or recipient's name the line above opens (`Standing Committee on Operational` /
 * `Cooperation on Internal Security (COSI)`): a cell's wrapped line, which the logical lines would keep apart.
 */
function capitalsGoingOn(lines: readonly Line[], column: Column, starts: ReadonlySet<number>, excess: number): number[] {
  const found = new Set<number>();
  for (let index = column.start + 1; index < column.end && found.size < excess; index += 1) {
    const word = /\s(\p{L}+)$/u.exec(lines[index - 1]?.text.trim() ?? '')?.[1];
    if (starts.has(index) && word !== undefined && isTitleWord(word) && /^\p{Lu}/u.test(lines[index]?.text.trim() ?? '')) found.add(index);
    for (const below of namesWrapped(lines, index - 1, column.end)) if (starts.has(below)) found.add(below);
  }
  return [...found].slice(0, excess);
}

/** The most lines a sender's or recipient's name is wrapped over in a header's cell. */
const NAME_LINES = 3;

/**
 * The lines under the line at `index` that end the sender's or recipient's name it opens (`Ständigen Ausschuss für die
 * operative` / `Zusammenarbeit im Bereich der inneren` / `Sicherheit (COSI)`), none where the line names one whole.
 */
function namesWrapped(lines: readonly Line[], index: number, end: number): number[] {
  let text = lines[index]?.text.trim() ?? '';
  if (text === '' || isCorrespondentLine(text)) return [];
  for (let below = index + 1; below < Math.min(end, index + NAME_LINES); below += 1) {
    text = `${text} ${lines[below]?.text.trim() ?? ''}`;
    if (isCorrespondentLine(text)) return Array.from({ length: below - index }, (_, at) => index + 1 + at);
  }
  return [];
}

/**
 * The indexes of the value lines whose break above is kept (they start a logical line of their own), given where the
 * lines were joined without it (`starts`: the indexes that start a logical line). Where there are no more value lines
 * than labels, each line is a value of its own, whatever its case (`secretariaat-generaal van de Raad` / `delegaties`
 * under `Van:` / `Aan:` / `Betreft:`). Where there are more, a value runs over lines; but while the joins would leave
 * fewer lines than labels, a line joined to or from a sender's or recipient's name keeps its break (the earliest first).
 * The first value never goes on the last label's line. Where the body's first item's title follows the values, the lines
 * between the last value's first and the title go on it: they are added to `joined`.
 */
export function keptColumnBreaks(lines: readonly Line[], starts: ReadonlySet<number>, joined?: Set<number>): Set<number> {
  const kept = new Set<number>();
  for (const column of labelColumns(lines)) {
    if (!starts.has(column.start)) kept.add(column.start);
    if (column.codes) kept.add(column.end);
    const joins: number[] = [];
    for (let index = column.start + 1; index < column.end; index += 1) if (!starts.has(index)) joins.push(index);
    for (const index of subjectDays(lines, column)) joined?.add(index);
    // a subject opening with the annexes it sends, under the Commission document's cell, is a cell of its own
    for (let index = column.start + 1; index < column.end; index += 1)
      if (annexesOpenCell(lines[index - 1]?.text ?? '', lines[index]?.text ?? '')) kept.add(index);
    // a line under a venue's address is a cell of its own (`Rue de la Loi 155, 1048 BRUSSELS` / `videoconference`, the
    // format's), and so is a format's word alone on its line under any venue's line (`Dame Street, Dublin 2` / `videoconference`)
    for (let index = column.start + 1; index < column.end; index += 1)
      if (endsAddress(lines[index - 1]?.text ?? '') || isFormatLine(lines[index]?.text ?? '')) kept.add(index);
    const valueLines = column.end - column.start;
    if (valueLines <= column.labels) {
      // every break, also those the first joins kept but a join above them would lose (`… Europske unije` / `COM(2025) 123 final`)
      for (let index = column.start + 1; index < column.end; index += 1) kept.add(index);
      continue;
    }
    // The first item's title, whose number was printed before the values, opens the line after them (where no blank
    // line ends them, as in a viewer's copy): after one line for each label and the lines that go on the last one.
    const title = column.displaced ? titleAfterValues(lines, column) : null;
    if (title !== null) {
      // those values are a line each, whatever their case (`secretariaat-generaal van de Raad` / `delegaties`)
      for (let index = column.start + 1; index < column.start + column.labels; index += 1) kept.add(index);
      kept.add(title);
      // and the last value's lines over the title go on it, however short the line above (`Outcome of the meeting of the` / `Standing Committee …`)
      for (let index = column.start + column.labels; index < title; index += 1) if (starts.has(index)) joined?.add(index);
    }
    // Values no blank line ends (a viewer's copy runs them on into the body): a sender's or recipient's name among the
    // first lines, one for each label, is a value of its own (`generalni sekretariat Sveta` / `delegacije`).
    if (title === null && valueLines > RUN_ON_VALUES * column.labels) {
      // (an acronym in brackets alone under it is that name's, wrapped: `Standing Committee … Internal Security` / `(COSI)`)
      for (const index of joins)
        if (index < column.start + column.labels && namesCorrespondent(lines, index) && !ACRONYM_LINE.test(lines[index]?.text ?? '')) kept.add(index);
      continue;
    }
    const missing = column.labels - (valueLines - joins.length);
    const names = joins.filter((index) => namesCorrespondent(lines, index));
    for (const index of names.slice(0, Math.max(0, missing))) kept.add(index);
    // More values than labels: a line under one that runs on (`General Secretariat of the` / `Council`) goes on it, the
    // earliest first, while the values outnumber the labels.
    for (const index of capitalsGoingOn(lines, column, starts, -missing)) joined?.add(index);
  }
  return kept;
}

/**
 * A line of a few words and a colon alone, as a label stands in its column, whether the vocabulary knows it or not
 * (`Относно:` under `№ док. ком.:`): never a cell of values.
 */
const LABEL_ALONE = /^[ \t]*[\p{L}№][\p{L}\p{N}.°º№ \t-]{0,38}:[ \t]*$/u;

/** A paragraph of more words than this that ends a sentence is the body's, never a cell of values (a subject ends no sentence). */
const CELL_WORDS = 12;

/** Whether the paragraph at `index` ends a sentence, not on a date, and holds more than CELL_WORDS words (the body's first paragraph). */
function isSentenceParagraph(lines: readonly Line[], index: number): boolean {
  let end = index;
  let words = 0;
  for (; (lines[end]?.text.trim() ?? '') !== ''; end += 1) words += lines[end]?.text.trim().split(/[ \t]+/).length ?? 0;
  const last = lines[end - 1]?.text.trimEnd() ?? '';
  // a subject may end on its meeting's days (`… 18 i 19 listopada 2025 r.`, `… 2025.`) or on a month or year (endsOnMonthOrYear)
  return words > CELL_WORDS && SENTENCE_END.test(last) && parseDates(last.slice(-DATES_END)).length === 0 && !endsOnMonthOrYear(last);
}

/** A date's abbreviation after its year or month, a word of one to three small letters and a dot (`r.`, `г.`, `m.`, `g.`, `mėn.`). */
const DATE_ABBREVIATION = /^\p{Ll}{1,3}\.$/u;

/** A year, maybe closed by a dot as an ordinal (`2026`, `2026.`). */
const YEAR_WORD = /^(?:19|20)\d{2}(\.?)$/;

/**
 * Whether a line's dot closes a month's or year's date, no sentence: a year and its abbreviation (`… do czerwca 2026
 * r.`, `… до юни 2026 г.`, `… 2026. g.`), a month and its abbreviation (`… iki 2026 m. birželio mėn.`), or a year
 * closed by a dot after its month (`… do lipnja 2026.`); a subject naming the period it covers ends so. A year closed by
 * a dot after any other word (`… za 2026.`, `… in 2026.`) may end a sentence: not read as a date.
 */
function endsOnMonthOrYear(line: string): boolean {
  const words = line.split(/[ \t]+/);
  const abbreviated = DATE_ABBREVIATION.test(words[words.length - 1] ?? '');
  const last = words.length - (abbreviated ? 2 : 1);
  const word = words[last] ?? '';
  const year = YEAR_WORD.exec(word);
  if (year !== null) return abbreviated || (year[1] === '.' && MONTHS.has((words[last - 1] ?? '').toLowerCase()));
  return abbreviated && MONTHS.has(word.toLowerCase());
}

/**
 * Whether the paragraph at `index` is none of a label column's values: a label, the body's first item or number or
 * sentence, the document's kind line (`NOTE` below the labels), the codes column, a marking.
 */
function endsCells(lines: readonly Line[], index: number): boolean {
  const text = lines[index]?.text ?? '';
  return (
    isBareLabel(text) ||
    LABEL_ALONE.test(text) ||
    KINDS.has(
      text
        .trim()
        .toLowerCase()
        .replace(/["“”„«»]/g, ''),
    ) ||
    isSentenceParagraph(lines, index) ||
    DISPLACED_NUMBER.test(text) ||
    // a day of receipt opening with its day's number is a value (`3. Oktober 2025`), no item
    (opensItem(lines, index) && !opensWithDays(text)) ||
    opensCodesColumn(lines, index) ||
    MARKING_LINE.test(text.trim())
  );
}

/**
 * `lines` without the blank lines between the cells of values under a column of labels, where plain `pdftotext` printed
 * each cell of the header table as a paragraph of its own (`From:` / `To:` / `No. prev. doc.:` / `Subject:`, then
 * `Presidency`, blank, `Standing Committee …`, blank, `13210/25`, blank, `Preparation …`): the values then stand one
 * under the other as the column's values do where no blank line parts them, and each label takes its own. Only where
 * the first paragraph under the labels holds fewer lines than there are labels (else it holds the values), and up to
 * one paragraph for each label, none of them a label, the body's first item, a codes column or a marking.
 */
export function joinedLabelCells<T extends Line>(lines: readonly T[]): T[] {
  const dropped = new Set<number>();
  let index = 0;
  while (index < lines.length) {
    let labels = 0;
    let known = 0;
    let at = index;
    for (; at < lines.length; at += 1) {
      const text = lines[at]?.text ?? '';
      // a label the vocabulary does not read on a line of its own (`№ док. ком.:`) stands in the column too
      if (isBareLabel(text)) known += 1;
      if (isBareLabel(text) || LABEL_ALONE.test(text)) labels += 1;
      else if (text.trim() !== '') break;
    }
    if (known < 2) {
      index = Math.max(at, index + 1);
      continue;
    }
    const blanks: number[] = [];
    let cells = 0;
    let firstLines = 0;
    let cell = at;
    while (cell < lines.length && cells < labels && (cells === 0 || !endsCells(lines, cell))) {
      let end = cell;
      while (end < lines.length && (lines[end]?.text.trim() ?? '') !== '') end += 1;
      if (cells === 0) firstLines = end - cell;
      cells += 1;
      if (end >= lines.length || cells === labels) break;
      blanks.push(end);
      cell = end + 1;
    }
    // the blank line after the last cell read stays (it ends the values)
    const between = blanks.slice(0, cells - 1);
    if (cells >= 2 && firstLines < labels && !endsCells(lines, at)) for (const blank of between) dropped.add(blank);
    index = Math.max(cell, index + 1);
  }
  return dropped.size === 0 ? [...lines] : lines.filter((_, at) => !dropped.has(at));
}
