/**
 * The text of the agenda item or section a mention points at, as mdast, from the entries' data (the item's plain text,
 * the section's in its document's): what an actor's or topic's feed shows of each mention. No Markdown is read.
 */
import type { Root } from 'mdast';
import { getCollection, getEntry } from 'astro:content';
import type { Mention } from '../schemas/mention-entry.ts';
import { linesMdast } from './entry-mdast.ts';

/** Units already read, by their site path: one unit is mentioned by several actors and topics. */
const read = new Map<string, Promise<Root | null>>();

/** The document entries by slug, listed once per build. */
let documents: Promise<Map<string, Awaited<ReturnType<typeof getCollection<'documents'>>>[number]>> | undefined;

/**
 * The plain text of the unit behind a mention: its agenda item's, or its section's of its document (the opening text
 * when the link has no anchor); null when gone.
 */
async function unitText(mention: Mention): Promise<string | null> {
  const { pathname, hash } = new URL(mention.href, 'http://site');
  const anchor = decodeURIComponent(hash.slice(1));
  if (mention.meeting !== null) return (await getEntry('items', `${mention.meeting}--${anchor}`))?.data.text ?? null;
  documents ??= getCollection('documents').then((entries) => new Map(entries.map((entry) => [entry.data.slug, entry])));
  const document = (await documents).get(pathname.split('/')[2] ?? '');
  const section = document?.data.sections.find((candidate) =>
    anchor === '' ? candidate.number === null && candidate.title === null : candidate.anchor === anchor,
  );
  return section?.text ?? null;
}

/** The mdast of the unit a mention points at (a paragraph per line of its text), made once per build; null when the unit cannot be found. */
export function mentionUnit(mention: Mention): Promise<Root | null> {
  let tree = read.get(mention.href);
  if (tree === undefined) {
    tree = unitText(mention).then((text) => (text === null ? null : linesMdast(text)));
    read.set(mention.href, tree);
  }
  return tree;
}
