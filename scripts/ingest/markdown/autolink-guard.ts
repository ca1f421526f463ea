import type { PhrasingContent } from 'mdast';

/**
 * Where the site's renderer would start a GFM autolink literal in plain text: inside `www.`, between `http(s):` and
 * `//`, before an `@`. Sätteri finds these in the raw Markdown and in every text node, through backslash escapes and
 * character references alike (it links `www\.x.eu` and takes the `\` of `www.x.eu\<img>` into the link, leaving `<img>`
 * raw), so no escape keeps such text text: only a node between its characters does.
 */
const AUTOLINK_TRIGGER = /(?<=[Ww]{2})(?=[Ww]\.)|(?<=[Hh][Tt][Tt][Pp][Ss]?:)(?=\/\/)|(?=@)/g;

/** Three w's (any case) before a dot: what a `www.` trigger has in it besides `w.`. */
const WWW = /[Ww]{3}\./;

/** Whether a text has what every trigger has in it (`@`, `//`, `www.` in any case): one without it is not scanned. */
function mayTrigger(value: string): boolean {
  return value.includes('@') || value.includes('//') || ((value.includes('w.') || value.includes('W.')) && WWW.test(value));
}

/** What stands between the characters of a trigger: an empty HTML comment, which renders as nothing visible. */
const SEPARATOR = '<!---->';

/**
 * Plain text as mdast that the renderer reads back as the same text and never as a link: one text node, or, where the
 * text holds an autolink trigger, text nodes with an empty comment between them at each trigger.
 */
export function plainTextNodes(value: string): PhrasingContent[] {
  if (!mayTrigger(value)) return [{ type: 'text', value }];
  const nodes: PhrasingContent[] = [];
  let cursor = 0;
  for (const { index } of value.matchAll(AUTOLINK_TRIGGER)) {
    if (index === 0 || index === cursor) continue;
    nodes.push({ type: 'text', value: value.slice(cursor, index) }, { type: 'html', value: SEPARATOR });
    cursor = index;
  }
  nodes.push({ type: 'text', value: value.slice(cursor) });
  return nodes;
}
