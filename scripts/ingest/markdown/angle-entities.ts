/** A backslash-escaped `<`: an odd run of backslashes before it (an even run escapes only backslashes). */
const ESCAPED_ANGLE = /(?<!\\)((?:\\\\)*)\\</g;

/**
 * Generated Markdown with every backslash-escaped `<` written as the entity `&lt;` instead. Both render as `<`, but a
 * GFM autolink literal right before `\<` (`www.x.eu\<img onerror=…>`) takes the backslash into the link and leaves the
 * `<` to open raw HTML; after this pass no `<` of the source is left in the file to open anything.
 */
export function angleEntities(markdown: string): string {
  return markdown.replace(ESCAPED_ANGLE, '$1&lt;');
}
