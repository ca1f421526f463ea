import type { IngestError } from '../../../src/schemas/record.ts';
import { sourceRelativePath, sourceUrl } from '../../../src/shared/source-url.ts';

/**
 * What a source's name must not hold, each with why: the site serves every source at `/sources/<its path>`, and Astro
 * rewrites `#` and `?` in a route, reads `%xx` as an escape and fails on control characters in a path.
 */
const UNUSABLE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /#/, why: '"#" (a web address ends its path there)' },
  { pattern: /\?/, why: '"?" (a web address starts its query there)' },
  { pattern: /%/, why: '"%" (a web address reads "%2e", "%41" … as escaped characters)' },
  { pattern: /\\/, why: 'a backslash (a folder separator to Windows and some servers)' },
  { pattern: /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, why: 'a line break or another control character' },
  { pattern: /\uFFFD/, why: 'bytes that are not UTF-8' },
  { pattern: /[\uFFFE\uFFFF]/, why: 'a Unicode noncharacter (U+FFFE, U+FFFF)' },
];

/** Characters a message shows escaped: combining marks (two names may differ only in them) and controls. */
const ESCAPED_IN_MESSAGES = /[\p{M}\p{Cc}\u2028\u2029]/gu;

/** A source as the name check sees it: the path records would show, before normalisation. */
export interface NamedSource {
  source: string;
}

/**
 * The sources (by index) whose names cannot be served: an unusable character, or an address another source's name
 * leads to as well (names equal once in Unicode NFC, or once case is ignored, as a macOS or Windows disk or server
 * ignores it). Each gets an error naming the file, and for a collision every file of it; never a silent choice.
 * The others keep their index and are safe to serve under their name in NFC.
 */
export function refusedNames(sources: readonly NamedSource[]): Map<number, IngestError> {
  const refused = new Map<number, IngestError>();
  const byAddress = new Map<string, number[]>();
  sources.forEach(({ source }, index) => {
    const unusable = UNUSABLE.filter(({ pattern }) => pattern.test(sourceRelativePath(source)));
    if (unusable.length > 0) {
      const message = `the file name holds ${unusable.map(({ why }) => why).join(' and ')}, so the site cannot serve it; rename the file`;
      refused.set(index, { file: shown(source), line: 0, message });
      return;
    }
    const address = sourceRelativePath(source.normalize('NFC')).toLowerCase();
    byAddress.set(address, [...(byAddress.get(address) ?? []), index]);
  });
  for (const indexes of byAddress.values()) {
    if (indexes.length < 2) continue;
    const names = indexes.map((index) => sources[index]?.source ?? '');
    const message = `${names.map(shown).join(', ')} would be served at one address (${sourceUrl(names[0]?.normalize('NFC') ?? '')}): ${how(names)}; rename all but one`;
    for (const index of indexes) refused.set(index, { file: shown(sources[index]?.source ?? ''), line: 0, message });
  }
  return refused;
}

/** How names that lead to one address differ. */
function how(names: readonly string[]): string {
  const forms = new Set(names.map((name) => name.normalize('NFC')));
  if (forms.size === 1) return 'their names differ only in how accented letters are encoded (Unicode NFC and NFD)';
  const cases = new Set([...forms].map((name) => name.toLowerCase()));
  return cases.size === 1 ? 'their names differ only in upper and lower case' : 'their names lead to the same address';
}

/** A name as a message shows it: combining marks and controls escaped, so that names that look alike can be told apart. */
export function shown(name: string): string {
  return name.replace(ESCAPED_IN_MESSAGES, (mark) => `\\u${(mark.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
}
