/** Generated Markdown read as plain text, for comparing versions and quoting excerpts. */

/** The raw HTML the ingest itself writes into Markdown: headings with fixed ids (escaped source `\<h2>` is left alone). */
const HTML_TAG = /(?<!\\)<\/?h[1-6](?: id="[a-z0-9-]+")?>/g;

/** A Markdown link: `[text](url)`, text kept. */
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)\s]*\)/g;

/** A Markdown backslash escape: `\*` is `*`. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A GFM footnote definition at the start of a line: `[^3]: text` reads `[3] text`. */
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:\s*/gm;

/** A GFM footnote reference (`[^3]`, not an escaped `\[^3]`): a mark a reader does not read as words. */
const FOOTNOTE_REFERENCE = /(?<!\\)\[\^[^\]\s]+\]/g;

/** The character references the ingest writes (`&lt;` for every `<` of the source, and in heading HTML), not escaped. */
const CHARACTER_REFERENCE = /(?<!\\)&(lt|gt|quot|amp|#39);/g;

/** The characters those references stand for. */
const REFERENCED: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" };

/** The words of generated Markdown as a reader sees them: tags, link targets, footnote marks, character references and escapes removed. */
export function readableText(markdown: string): string {
  return markdown
    .replace(HTML_TAG, '')
    .replace(FOOTNOTE_DEFINITION, '[$1] ')
    .replace(FOOTNOTE_REFERENCE, '')
    .replace(MARKDOWN_LINK, '$1')
    .replace(CHARACTER_REFERENCE, (_match, name: string) => REFERENCED[name] ?? '')
    .replace(MARKDOWN_ESCAPE, '$1');
}
