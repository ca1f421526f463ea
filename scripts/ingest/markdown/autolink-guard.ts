import type { PhrasingContent } from 'mdast';

/**
 * Where the site's renderer would start a GFM autolink literal in plain text: inside `www.`, between `http(s):` and
 * `//`, before an `@`. Sätteri finds these in the raw Markdown and in every text node, through backslash escapes and
 * character references alike (it links `www\.x.eu` and takes the `\` of `www.x.eu\<img>` into the link, leaving `<img>`
 * raw), so no escape keeps such text text: only a node between its characters does.
 */
const AUTOLINK_TRIGGER = /(?<=[Ww]{2})(?=[Ww]\.)|(?<=[Hh][Tt][Tt][Pp][Ss]?:)(?=\/\/)|(?=@)/g;

/** What every trigger has in it (`@`, `//`, `www.` in any case): text without it is one text node, unscanned. */
const MAY_TRIGGER = /@|\/\/|[Ww]{3}\./;

/** What stands between the characters of a trigger: an empty HTML comment, which renders as nothing visible. */
const SEPARATOR = '<!---->';

/**
 * Plain text as mdast that the renderer reads back as the same text and never as a link: one text node, or, where the
 * text holds an autolink trigger, text nodes with an empty comment between them at each trigger.
 */
export function plainTextNodes(value: string): PhrasingContent[] {
  if (!MAY_TRIGGER.test(value)) return [{ type: 'text', value }];
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
