/** The body of a Markdown file as Astro's glob loader reads it (frontmatter removed, trimmed). */

/** A leading YAML frontmatter block, as Astro finds it: `---`, the YAML up to a line break, `---`. */
const FRONTMATTER = /^\uFEFF?---[\s\S]*?\n---/;

/** The Markdown body of a collection file: its frontmatter removed and the rest trimmed, as the glob loader would keep it. */
export function markdownBody(file: string): string {
  return file.replace(FRONTMATTER, '').trim();
}
