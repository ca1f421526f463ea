/**
 * Bidirectional controls: the embeddings, overrides and their pop (U+202A–U+202E) and the isolates and their pop
 * (U+2066–U+2069). They make a text show in another order than it reads: `report` U+202E `fdp.exe` shows as
 * `reportexe.pdf`, and an override left open reverses whatever follows it on the line (a date, a number).
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Every bidirectional control of a text. */
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** The controls that open an isolate (LRI, RLI, FSI) and the one that closes it (PDI). */
const ISOLATE_OPENERS = /[\u2066-\u2068]/;
const POP_ISOLATE = '\u2069';

/** FIRST STRONG ISOLATE: plain text's `<bdi>`. */
const FIRST_STRONG_ISOLATE = '\u2068';

/** Whether a text holds a bidirectional control. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** A piece of a text: a run without controls, or one control alone. */
export interface BidiSegment {
  readonly text: string;
  readonly control: boolean;
}

/**
 * A text cut into runs without controls and single controls, in order; joined, they give the text back. A text without
 * controls (nearly every one: pages isolate thousands of texts each) is one run, found by one test rather than an
 * iterator over its matches.
 */
export function bidiSegments(text: string): BidiSegment[] {
  if (!hasBidiControl(text)) return text === '' ? [] : [{ text, control: false }];
  const segments: BidiSegment[] = [];
  let start = 0;
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    if (match.index > start) segments.push({ text: text.slice(start, match.index), control: false });
    segments.push({ text: match[0], control: true });
    start = match.index + 1;
  }
  if (start < text.length) segments.push({ text: text.slice(start), control: false });
  return segments;
}

/**
 * A text for plain-text output (a citation) that cannot reorder what follows it: wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE, with one more opener for each U+2069 of the text that closes nothing (it would close the
 * wrapper) and one more closer for each isolate the text leaves open. A text without controls is returned as it is.
 */
export function isolatedText(text: string): string {
  if (!hasBidiControl(text)) return text;
  let open = 0;
  let stray = 0;
  for (const character of text) {
    if (ISOLATE_OPENERS.test(character)) open += 1;
    else if (character === POP_ISOLATE && open > 0) open -= 1;
    else if (character === POP_ISOLATE) stray += 1;
  }
  return `${FIRST_STRONG_ISOLATE.repeat(stray + 1)}${text}${POP_ISOLATE.repeat(open + 1)}`;
}
