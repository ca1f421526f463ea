/** Characters that are Markdown or HTML syntax anywhere in a line of plain text. */
const INLINE_SYNTAX = /[\\`*_[\]<>~|]|&(?=#?[A-Za-z0-9]+;)/g;

/** Line starts Markdown reads as a block: heading, quote, list item, ordered list item, thematic break or table. */
const BLOCK_START = /^(\s*)(?:([#>+=-])|(\d{1,9})([.)]))/;

/**
 * Plain text as one line of Markdown that renders as exactly that text: inline syntax backslash-escaped (so no HTML,
 * link or emphasis can start), a block-starting line start escaped, whitespace runs (line breaks included) one space.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE_SYNTAX, '\\$&')
    .replace(BLOCK_START, (_match, space: string, symbol: string | undefined, digits: string | undefined, delimiter: string | undefined) =>
      symbol !== undefined ? `${space}\\${symbol}` : `${space}${digits ?? ''}\\${delimiter ?? ''}`,
    );
}
