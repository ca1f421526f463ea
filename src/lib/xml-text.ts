/** Text fit for XML 1.0, whatever the sources hold: the feeds, the sitemap and the SVGs are XML. */

/**
 * The characters XML 1.0 forbids (its `Char` production leaves them out): C0 controls but tab, line feed and carriage
 * return; UTF-16 surrogates standing alone; the noncharacters U+FFFE and U+FFFF. One of them makes a document malformed,
 * and a feed reader then drops the whole feed.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** What stands for a forbidden character: the replacement character, so a reader sees that something was there. */
const REPLACEMENT = '\ufffd';

/** The text with every character XML 1.0 forbids replaced by U+FFFD; other text unchanged. */
export function xmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, REPLACEMENT);
}
