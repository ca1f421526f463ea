import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parseDocument } from '../../scripts/ingest/parse/parse.ts';
import { toCollections } from '../../scripts/ingest/entries/to-markdown.ts';

/** Astro's Markdown renderer as astro.config.mjs configures it (GFM, no smart punctuation, no plugins). */
let renderer: ReturnType<typeof createSatteriMarkdownProcessor> | undefined;

/** Markdown → HTML exactly as the site's build renders a collection entry's body. */
export async function renderAsTheSite(markdown: string): Promise<string> {
  renderer ??= createSatteriMarkdownProcessor({ features: { smartPunctuation: false } });
  return (await (await renderer).render(markdown, {})).code;
}

/** A small Council note whose body is the given lines (and From and Subject the given values): the ingest reads it as an ordinary document. */
export function noteWithBody(lines: readonly string[], header: { from?: string; subject?: string } = {}): string {
  const { from = 'Presidency', subject = 'A note' } = header;
  return [
    'Brussels, 3 December 2025',
    '(OR. en)',
    '',
    '16002/25',
    '',
    'COSI 251',
    '',
    'NOTE',
    '',
    `From:\t${from}`,
    'To:\tDelegations',
    `Subject:\t${subject}`,
    '',
    ...lines,
    '',
  ].join('\n');
}

/** The Markdown body of the document page the ingest writes for a source text (throws when the source does not ingest). */
export function documentMarkdown(source: string): string {
  const record = parseDocument(source, 'content/sources/hostile.txt');
  if (record.status !== 'ok') throw new Error(`${record.error.message}\n${source}`);
  const file = [...toCollections([record])].find(([path]) => path.startsWith('documents/'))?.[1] ?? '';
  return file.replace(/^---\n[\s\S]*?\n---\n/, '');
}
