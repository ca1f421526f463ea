/** Runs of whitespace (tabs, newlines, NBSP) → one space; trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
