import { satteri } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { markdownFilesOnThread, markdownThread, markdownThreadData, sharedMarkdownThread } from '../../../src/lib/markdown-ahead.ts';
import { MARKDOWN_FEATURES } from '../../../scripts/build/markdown-features.ts';

const PROJECT = new URL('../../../', import.meta.url);
const THREAD = new URL('src/lib/markdown-thread.ts', PROJECT);

/** The site's Markdown settings as Astro resolves them: its processor and Astro's defaults for the rest. */
const config = {
  markdown: { ...markdownConfigDefaults, processor: satteri({ features: MARKDOWN_FEATURES }) },
  image: { domains: [], remotePatterns: [] },
} as unknown as Parameters<typeof markdownThreadData>[0];

/** What the content layer's `renderMarkdown` gives for `content` (astro/dist/content/content-layer.js, #processMarkdown). */
async function renderMarkdown(content: string) {
  const { markdown, image } = config;
  const renderer = await satteri({ features: MARKDOWN_FEATURES }).createRenderer({ image, ...markdown } as never);
  const { frontmatter, content: body } = parseFrontmatter(content);
  const { code, metadata } = await renderer.render(body, { frontmatter });
  return { html: code, metadata: { ...metadata, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) } };
}

/** Agenda items' texts as the ingest writes them (scripts/ingest/markdown/serialise.ts): headings with fixed ids, lists, a table. */
const TEXTS = [
  'The Committee took note of the Presidency\'s report (doc. 14470/25) and "approved" it -- as set out.',
  '## 6.1. Information from the Presidency {#item-6-1}\n\nDelegations were invited to:\n\n- take note of the report;\n- reply by 3 March 2026.',
  '---\n\nA text opening with a rule, then a table:\n\n| Code | Title |\n| --- | --- |\n| 5 | COSI |',
  '### Tagung des Ständigen Ausschusses\n\n1. Annahme der Tagesordnung\n2. Λοιπά θέματα <script>x</script> & [link](https://example.org)',
];

describe('markdownThread', () => {
  it("renders each agenda item's text on its thread as the content layer renders it after an empty frontmatter block", async () => {
    const data = markdownThreadData(config);
    expect(data).not.toBeNull();
    const thread = markdownThread(THREAD, data!);
    try {
      const texts = [...TEXTS, ...Array.from({ length: 150 }, (_, n) => `Paragraph ${n} of a long agenda.`)];
      const renderings = await Promise.all(thread.renderAll(texts.map((text) => ({ body: `\n${text}` }))));
      const expected = await Promise.all(texts.map((text) => renderMarkdown(`---\n---\n${text}`)));
      expect(renderings).toEqual(expected);
      expect(renderings[1]?.html).toContain('<h2 id="item-6-1">6.1. Information from the Presidency</h2>');
      expect(renderings[1]?.metadata['headings']).toEqual([{ depth: 2, slug: 'item-6-1', text: '6.1. Information from the Presidency' }]);
      expect(renderings[2]?.html.startsWith('<hr>')).toBe(true);
      expect(renderings[0]?.html).toContain('"approved" it -- as set out.');
    } finally {
      thread.close();
    }
  });

  it('fails the renderings asked for when the thread cannot start, rather than leaving them waiting', async () => {
    const thread = markdownThread(new URL('../../../scripts/build/no-such-thread.ts', import.meta.url), markdownThreadData(config)!);
    const [rendering] = thread.renderAll([{ body: 'Text.' }]);
    await expect(rendering).rejects.toThrow();
    thread.close();
  });
});

/** What Astro's Markdown entry type renders for a file (astro/dist/vite-plugin-markdown/content-entry-type.js). */
async function renderFile(body: string, frontmatter: Record<string, unknown>, filePath: string) {
  const { markdown, image } = config;
  const renderer = await satteri({ features: MARKDOWN_FEATURES }).createRenderer({ image, ...markdown } as never);
  const { code, metadata } = await renderer.render(body, { frontmatter, fileURL: new URL(`file://${filePath}`) });
  return { html: code, metadata: { ...metadata, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) } };
}

/** A document's text as the ingest writes it under texts/ (scripts/ingest/entries/): section anchors, paragraphs, links. */
const DOCUMENT_TEXT =
  '<div id="section-0"></div>\n\nEurojust presented the cooperation with third countries, as presented in [11835/23](/documents/11835-23/).\n\n## 1. Adoption of the agenda {#item-1}\n\nThe agenda was adopted.';

/** A loader standing for Astro's glob loader: it asks its context's `.md` entry type for a renderer, as glob.js does. */
function globLike(files: readonly { body: string; filePath: string }[], seen: { entryTypes?: unknown; rendered: unknown[] }): Loader {
  return {
    name: 'glob-like',
    load: async (context) => {
      const entryTypes = (
        context as LoaderContext & { entryTypes: Map<string, { getRenderFunction: (c: unknown) => Promise<(entry: object) => Promise<unknown>> }> }
      ).entryTypes;
      seen.entryTypes = entryTypes;
      const render = await entryTypes.get('.md')!.getRenderFunction(context.config);
      seen.rendered = await Promise.all(files.map(({ body, filePath }) => render({ id: filePath, data: {}, body, filePath })));
    },
  };
}

describe('markdownFilesOnThread', () => {
  const files = [
    { body: DOCUMENT_TEXT, filePath: '/archive/content/texts/14470-25.md' },
    { body: 'Ο Πρόεδρος ενημέρωσε την επιτροπή.', filePath: '/archive/content/texts/éa b.md' },
  ];
  const original = { getRenderFunction: () => Promise.reject(new Error('rendered on the main thread')) };

  it("renders the loader's Markdown files on the thread as Astro's entry type renders them: body, frontmatter and URL", async () => {
    const seen: { entryTypes?: unknown; rendered: unknown[] } = { rendered: [] };
    const context = { config: { ...config, root: PROJECT }, entryTypes: new Map([['.md', original]]) } as unknown as LoaderContext;
    await markdownFilesOnThread(globLike(files, seen)).load(context);
    expect(seen.rendered).toEqual(await Promise.all(files.map(({ body, filePath }) => renderFile(body, {}, filePath))));
    expect((seen.rendered[0] as { html: string }).html).toContain('<a href="/documents/11835-23/">11835/23</a>');
    expect((seen.rendered[0] as { html: string }).html).toContain('<h2 id="item-1">1. Adoption of the agenda</h2>');
  });

  it("leaves a dev server's loader its own renderer: its watcher renders changed files once `load` is done", async () => {
    const seen: { entryTypes?: unknown; rendered: unknown[] } = { rendered: [] };
    const entryTypes = new Map([['.md', original]]);
    const context = { config: { ...config, root: PROJECT }, entryTypes, watcher: {} } as unknown as LoaderContext;
    await expect(markdownFilesOnThread(globLike(files, seen)).load(context)).rejects.toThrow('rendered on the main thread');
    expect(seen.entryTypes).toBe(entryTypes);
  });
});

describe('sharedMarkdownThread', () => {
  it('renders for each loader on one thread, let go of when the last loader is done with it', async () => {
    const data = markdownThreadData(config)!;
    const items = sharedMarkdownThread(THREAD, data);
    const texts = sharedMarkdownThread(THREAD, data);
    const [item] = items.renderAll([{ body: 'Item 1.' }]);
    items.close();
    items.close();
    expect((await texts.render({ body: 'Text 1.' })).html).toBe('<p>Text 1.</p>\n');
    expect((await item)?.html).toBe('<p>Item 1.</p>\n');
    texts.close();
    const next = sharedMarkdownThread(THREAD, data);
    expect((await next.render({ body: 'Text 2.' })).html).toBe('<p>Text 2.</p>\n');
    next.close();
  });
});

describe('markdownThreadData', () => {
  it('gives the Sätteri features and the shared settings to the thread', () => {
    const data = markdownThreadData(config);
    expect(data?.features).toEqual({ smartPunctuation: false, headingAttributes: true });
    expect(data?.shared.gfm).toBe(true);
  });

  it('gives nothing where the thread could not make the same renderer: another processor, plugins, settings holding functions', () => {
    const other = {
      ...config,
      markdown: { ...config.markdown, processor: { name: 'unified', options: {}, createRenderer: () => Promise.reject(new Error()) } },
    };
    expect(markdownThreadData(other as typeof config)).toBeNull();
    const plugged = { ...config, markdown: { ...config.markdown, processor: satteri({ features: MARKDOWN_FEATURES, hastPlugins: [{ name: 'x' }] as never }) } };
    expect(markdownThreadData(plugged)).toBeNull();
    const transformed = {
      ...config,
      markdown: { ...config.markdown, shikiConfig: { ...config.markdown.shikiConfig, transformers: [{ pre: () => undefined }] } },
    };
    expect(markdownThreadData(transformed as typeof config)).toBeNull();
  });
});
