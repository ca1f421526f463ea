/**
 * Characters written as `\u` escapes in the JSON files: those YAML does not allow raw (DEL, C1 controls, byte-order
 * mark, non-characters) and the line separators some readers treat as line ends, so that a reader or editor that is not
 * JSON.parse meets none of them raw either. JSON reads the escapes back.
 */
const UNSAFE_IN_YAML = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * A Markdown file of a text entry: an empty frontmatter block, then the body. The entry's data lives in a JSON file of
 * its own (a frontmatter would be stored twice by Astro, as the data and again beside the rendered HTML); the empty
 * block is there so that a body opening with a thematic break (`---`) is never read as frontmatter.
 */
export function textFile(body: string): string {
  return `---\n---\n${body === '' ? '' : `\n${body}`}`;
}

/** A JSON file: keys sorted at every level, two-space indent, one final newline. */
export function jsonFile(data: unknown): string {
  return `${json(data)}\n`;
}

function json(data: unknown): string {
  return JSON.stringify(sortKeys(data), null, 2).replace(UNSAFE_IN_YAML, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  // The default sort compares UTF-16 code units, as compare() does, without calling back into JavaScript.
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}
