import { plainText } from '../text/inline.ts';
import { HEADER_LABELS, WORDS_AS_LABELS, type HeaderField } from '../text/label-vocabulary.ts';
import { wordAlternation } from '../text/word-trie.ts';

/** `Label: value` with optional bold around the label and spaces before the colon (`Subject :`, `**From:**`). */
const LABEL_LINE = /^[ \t]{0,3}(?:\*\*)?([\p{L}°][\p{L}°./ ]{0,28}?)[ \t]{0,5}(?:\*\*)?[ \t]{0,5}:[ \t]{0,5}(?:\*\*)?(.*)$/u;

/** A header label line: the field it fills and its value as plain text (tabs and runs of spaces made one space). */
export interface LabelLine {
  field: HeaderField;
  value: string;
  /** The language the label is written in, null when several languages spell it so. */
  language: string | null;
}

/**
 * `Label: value` whose label holds a colon of its own, as the Finnish Commission document's label does (`Kom:n asiak.
 * nro:`, the genitive of `Komissio` abridged): tried only where LABEL_LINE's label, cut at the first colon, is unknown.
 */
const COLON_LABEL_LINE = /^[ \t]{0,3}(?:\*\*)?([\p{L}°][\p{L}°./ ]{0,10}:[\p{L}°./ ]{1,28}?)[ \t]{0,5}(?:\*\*)?[ \t]{0,5}:[ \t]{0,5}(?:\*\*)?(.*)$/u;

/** The header field and value of a `Label: value` line whose label is in the vocabulary, else null. */
export function labelLine(text: string): LabelLine | null {
  const match = LABEL_LINE.exec(text);
  if (match === null) return null;
  const known = HEADER_LABELS.get(labelKey(match[1] ?? ''));
  if (known !== undefined) return { field: known.field, value: headerValue(match[2] ?? ''), language: known.language };
  const colon = (match[2] ?? '').includes(':') ? COLON_LABEL_LINE.exec(text) : null;
  const inner = colon === null ? undefined : HEADER_LABELS.get(labelKey(colon[1] ?? ''));
  return inner === undefined ? null : { field: inner.field, value: headerValue(colon?.[2] ?? ''), language: inner.language };
}

/** A label as the vocabulary holds it: lower case, its runs of spaces made one. */
function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** A header value as plain text: bold, link syntax and footnote markers dropped, whitespace collapsed. */
export function headerValue(text: string): string {
  return plainText(callsGlued(text.replace(/\*\*/g, '')))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A footnote call printed one space after its word and before a punctuation mark (`… 16 June 2015 ^2.`, as
 * foot-footnotes.ts marks plain `pdftotext`'s spaced call `2015 2.`; a superscript `2015 ².`), from the start of its run of
 * blanks (a long run is crossed once). Group: the call.
 */
const SPACED_CALL_BEFORE_MARK = /(?<![ \t])[ \t]+(\^\d{1,4}|\^\{[^{}\n]{1,40}\}|[¹²³⁰⁴-⁹]{1,4})(?=[.,;:!?)\]])/gu;

/**
 * A value with each call printed one space after its word before a punctuation mark glued to its word (`… 2015 ^2.` →
 * `… 2015^2.`): read without the call, the value keeps no blank where the call stood (`… 16 June 2015.`, not `2015 .`).
 */
export function callsGlued(text: string): string {
  return text.replace(SPACED_CALL_BEFORE_MARK, '$1');
}

/** Whether a line opens the label block (`From:`, `To:`, `Subject:` …); `Interinstitutional File:` may stand above the number. */
export function opensLabelBlock(text: string): boolean {
  const label = labelLine(text);
  return label !== null && label.field !== 'other' && label.field !== 'interinstitutional' && label.field !== 'note';
}

/**
 * Whether a line is a word an older header prints instead of a label (`des`, `für die`), alone or before its value
 * after the label column's gap (`des                   Vorsitzes` of `pdftotext -layout`): it continues no line above.
 */
export function isWordAsLabel(text: string): boolean {
  return WORD_AS_LABEL_LINE.test(text);
}

/** A line that is a word for a label, alone or before its value after a gap of three spaces or a tab (tested on every line: one pattern that fails at the line's first letter). */
const WORD_AS_LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:${wordAlternation([...WORDS_AS_LABELS.keys()]).replaceAll(' ', String.raw`[ \t]+`)})(?:[ \t]*$|[ \t]{3,}|\t)`,
  'u',
);
