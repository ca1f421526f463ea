import { satteri } from '@astrojs/markdown-satteri';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import { describe, expect, it } from 'vitest';
import { markdownThread, markdownThreadData } from '../../../src/lib/markdown-ahead.ts';
import { MARKDOWN_FEATURES } from '../../../scripts/build/markdown-features.ts';

const THREAD = new URL('../../../scripts/build/markdown-thread.ts', import.meta.url);

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
      const renderings = await Promise.all(thread.renderAll(texts.map((text) => `\n${text}`)));
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
    const [rendering] = thread.renderAll(['Text.']);
    await expect(rendering).rejects.toThrow();
    thread.close();
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
