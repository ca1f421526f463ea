import type { IngestWarning } from '../../../../src/schemas/record.ts';
import { BIDI_CONTROL, hasBidiControl } from '../../../../src/shared/bidi.ts';
import { LINE_BREAK } from '../../read/line-breaks.ts';

/** Every bidirectional control of a text. */
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** The names of the controls, for a warning a person can act on. */
const NAMES: Readonly<Record<string, string>> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** The distinct controls of a text, named: `U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING`. */
function named(text: string): string | null {
  const found = [...new Set(text.match(BIDI_CONTROLS))];
  if (found.length === 0) return null;
  return found.map((control) => `U+${control.charCodeAt(0).toString(16).toUpperCase()} ${NAMES[control] ?? ''}`).join(', ');
}

/**
 * A warning for the source's path (line 0) and for every line of its text that holds a bidirectional control, in
 * source order. The text keeps them (source text is data); the pages show numbers, subjects and file names isolated.
 */
export function bidiWarnings(text: string, source: string): IngestWarning[] {
  const warnings: IngestWarning[] = [];
  const name = named(source);
  if (name !== null) warnings.push({ line: 0, message: `the file name holds bidirectional controls (${name}): pages show it isolated` });
  if (!hasBidiControl(text)) return warnings;
  text.split(LINE_BREAK).forEach((line, index) => {
    const controls = named(line);
    if (controls !== null)
      warnings.push({ line: index + 1, message: `bidirectional controls (${controls}) can show this line in another order than it reads` });
  });
  return warnings;
}
