import { isPlausibleDate } from '../../../src/shared/dates.ts';
import { parseDates } from './date-expressions.ts';
import { headerLineKind, headerText, kindSlug, LANGUAGE_LINE, NUMBER_LINE, placeDate } from './header-lines.ts';
import { labelLine, opensLabelBlock } from './labels.ts';
import type { SourceLine } from './normalise.ts';
import { canonicalReference, findReferences } from '../../../src/shared/references.ts';
import { versionLanguage, placeLanguage } from './version-language.ts';
import { DEFAULT_KIND, NUMBER_SUFFIX } from './vocabulary.ts';

/** `(OR. en)` anywhere on a header line (some exports put it after the date). */
const LANGUAGE_ANYWHERE = /\((?:OR|Or|or)\.?[ \t]{0,3}([A-Za-z]{2})\b/;

/** What the header of a Council document says. */
export interface Header {
  /** Canonical document number, null when the header has none. */
  number: string | null;
  /** ISO date of the document, null when the header has none. */
  date: string | null;
  place: string | null;
  /** The language of this version, from the words its header is written in. */
  language: string | null;
  /** The language of the original (`(OR. en)`), which the version may have been translated from. */
  originalLanguage: string | null;
  limite: boolean;
  codes: string[];
  kind: string;
  from: string | null;
  /** The days of the `On:` line within the plausible years, ISO, in order. */
  on: string[];
  to: string | null;
  previous: string[];
  subject: string | null;
  /** The label values in source order, for the record's references. */
  values: SourceLine[];
}

/** Every field the header states, read from its lines; absent fields are null or empty, never guessed. */
export function parseHeader(lines: readonly SourceLine[]): Header {
  const texts = lines.filter((entry) => entry.text !== '');
  const firstLabel = texts.findIndex((entry) => opensLabelBlock(entry.text));
  const top = firstLabel === -1 ? texts : texts.slice(0, firstLabel);
  const kinds = top.map((entry) => headerLineKind(entry.text));
  const numberIndex = kinds.indexOf('number');
  const kindIndex = kinds.lastIndexOf('kind');
  const labels = readLabels(lines);
  const where = placeDate(top.find((entry) => placeDate(entry.text) !== null)?.text ?? '');
  const language = top.map((entry) => LANGUAGE_LINE.exec(headerText(entry.text)) ?? LANGUAGE_ANYWHERE.exec(entry.text)).find((match) => match !== null);
  const codeEnd = kindIndex > numberIndex ? kindIndex : top.length;
  return {
    number: numberIndex === -1 ? null : documentNumber(top.slice(numberIndex, numberIndex + 2)),
    date: where?.date ?? null,
    place: where?.place ?? null,
    language: versionLanguage([...lines.map((entry) => labelLine(entry.text)?.language ?? null), placeLanguage(where?.place ?? '')]),
    originalLanguage: language?.[1]?.toLowerCase() ?? null,
    limite: top.some((entry, index) => kinds[index] === 'limite' || NUMBER_LINE.exec(headerText(entry.text))?.[2] !== undefined),
    codes: top
      .slice(numberIndex + 1, codeEnd)
      .filter((_, index) => kinds[numberIndex + 1 + index] === 'code')
      .map((entry) => headerText(entry.text)),
    kind: kindIndex === -1 ? DEFAULT_KIND : kindSlug(top[kindIndex]?.text ?? '') || DEFAULT_KIND,
    from: labels.get('from') ?? null,
    on: parseDates(labels.get('on') ?? '').filter(isPlausibleDate),
    to: labels.get('to') ?? null,
    previous: [...new Set(findReferences(labels.get('previous') ?? '').map((reference) => reference.id))],
    subject: labels.get('subject') ?? null,
    values: labelValues(lines),
  };
}

/** The canonical number of a number line, with a `REV 1` printed on the line below it. */
function documentNumber(lines: readonly SourceLine[]): string | null {
  const [numberLine, next] = lines.map((entry) => headerText(entry.text));
  const number = NUMBER_LINE.exec(numberLine ?? '')?.[1];
  if (number === undefined) return null;
  const raw = next !== undefined && NUMBER_SUFFIX.test(next) ? `${number} ${next}` : number;
  return canonicalReference(raw)?.id ?? raw.replace(/[ \t]+/g, ' ');
}

/** Label values by field; a value's continuation lines (up to a blank line or the next label) are joined with one space. */
function readLabels(lines: readonly SourceLine[]): Map<string, string> {
  const values = new Map<string, string[]>();
  let field: string | null = null;
  for (const entry of lines) {
    const label = labelLine(entry.text);
    if (label !== null) {
      field = label.field;
      const pieces = values.get(field);
      if (pieces === undefined || pieces.length === 0) values.set(field, label.value === '' ? [] : [label.value]);
      else field = null;
    } else if (entry.text === '') {
      field = null;
    } else if (field !== null) {
      values.get(field)?.push(headerText(entry.text));
    }
  }
  return new Map([...values].filter(([name, pieces]) => name !== 'other' && pieces.length > 0).map(([name, pieces]) => [name, pieces.join(' ')]));
}

/** The header lines after the first label (label values and their continuations), as plain text. */
function labelValues(lines: readonly SourceLine[]): SourceLine[] {
  const first = lines.findIndex((entry) => labelLine(entry.text) !== null);
  if (first === -1) return [];
  return lines.slice(first).map((entry) => ({ text: labelLine(entry.text)?.value ?? headerText(entry.text), line: entry.line }));
}
