import { stringify } from 'yaml';
import { compare } from './order.ts';

/**
 * YAML style of every frontmatter block: keys sorted, every string double-quoted on one line (so that no date-like
 * or number-like value is read back as another type, and no value can start a line with `---`), no folding.
 */
const YAML_OPTIONS = {
  sortMapEntries: true,
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  lineWidth: 0,
  minContentWidth: 0,
} as const;

/** What would end a frontmatter block early in Astro's reader: a line starting with `---` or `+++`. */
const FENCE_LINE = /(?:^|\n)(?:---|\+\+\+)/;

/** A Markdown file: the data as a YAML frontmatter block, then the body. Throws if the block could be cut short. */
export function markdownFile(data: object, body: string): string {
  const yaml = stringify(data, YAML_OPTIONS);
  if (FENCE_LINE.test(yaml)) throw new Error('frontmatter would contain a fence line');
  return `---\n${yaml}---\n${body === '' ? '' : `\n${body}`}`;
}

/** A JSON file: keys sorted at every level, two-space indent, one final newline. */
export function jsonFile(data: unknown): string {
  return `${JSON.stringify(sortKeys(data), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => compare(a, b))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}
