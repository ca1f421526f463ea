/**
 * The text of the agenda item or section a mention points at, as mdast, read from the entry's file (the I/O edge):
 * what an actor's or topic's feed shows of each mention.
 */
import type { Root } from 'mdast';
import { getCollection, getEntry } from 'astro:content';
import type { Mention } from '../schemas/mention-entry.ts';
import { entryMdast, linesMdast } from './entry-mdast.ts';
import { entryText } from './entry-text.ts';

/** Units already read, by their site path: one unit is mentioned by several actors and topics. */
const read = new Map<string, Promise<Root | null>>();

/** The document entries by slug, listed once per build. */
let documents: Promise<Map<string, Awaited<ReturnType<typeof getCollection<'documents'>>>[number]>> | undefined;

/**
 * The tree of the unit behind a mention: its agenda item's entry (its Markdown), or its section of its document (the
 * section's plain text in the entry's data: the opening text when the link has no anchor); null when gone.
 */
async function unitTree(mention: Mention): Promise<Root | null> {
  const { pathname, hash } = new URL(mention.href, 'http://site');
  const anchor = decodeURIComponent(hash.slice(1));
  if (mention.meeting !== null) {
    const item = await getEntry('items', `${mention.meeting}--${anchor}`);
    return item === undefined ? null : entryMdast(await entryText(item));
  }
  documents ??= getCollection('documents').then((entries) => new Map(entries.map((entry) => [entry.data.slug, entry])));
  const document = (await documents).get(pathname.split('/')[2] ?? '');
  const section = document?.data.sections.find((candidate) =>
    anchor === '' ? candidate.number === null && candidate.title === null : candidate.anchor === anchor,
  );
  return section === undefined ? null : linesMdast(section.text);
}

/** The mdast of the unit a mention points at, read once per build; null when the unit cannot be found. */
export function mentionUnit(mention: Mention): Promise<Root | null> {
  let tree = read.get(mention.href);
  if (tree === undefined) {
    tree = unitTree(mention);
    read.set(mention.href, tree);
  }
  return tree;
}
