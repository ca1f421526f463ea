import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the files that patches/astro+7.3.5.patch changes, loaded as the build loads them.
import { createComponent, render } from '../../../node_modules/astro/dist/runtime/server/index.js';
import { renderPage } from '../../../node_modules/astro/dist/runtime/server/render/page.js';

/** Where the patched renderer keeps a page's text for the static build's writer (core/build/generate.js reads it). */
const PAGE_TEXT = Symbol.for('cosi-archive.page-text');
/** Where it kept the page's UTF-8 bytes before the encoding moved to the page writer's thread. */
const PAGE_BYTES = Symbol.for('cosi-archive.page-bytes');

/** The parts of Astro's render result that rendering a page without head, scripts, islands or CSP reads. */
function renderResult(): Parameters<typeof renderPage>[0] {
  const metadata = {
    hasHydrationScript: false,
    rendererSpecificHydrationScripts: new Set(),
    hasRenderedHead: false,
    renderedScripts: new Set(),
    hasDirectives: new Set(),
    headInTree: false,
    extraHead: [],
    propagators: new Set(),
  };
  const result = {
    componentMetadata: new Map(),
    _metadata: metadata,
    response: { status: 200, headers: new Headers() },
    scripts: new Set(),
    styles: new Set(),
    links: new Set(),
    renderers: [],
    slots: {},
    inlinedScripts: new Map(),
  };
  return result as unknown as Parameters<typeof renderPage>[0];
}

describe("Astro's page renderer, as patched", () => {
  it("keeps a static page's text beside its response, for the page writer's thread to encode: its body gives that text's UTF-8", async () => {
    const html = '<!doctype html><p>Ständiger Ausschuss für die operative Zusammenarbeit — “COSI” 😀 &amp; Ελληνικά</p>';
    const Page = createComponent(() => render`${html}`);
    const response = await renderPage(renderResult(), Page, {}, null, false, undefined);
    const kept: unknown = Reflect.get(response, PAGE_TEXT);
    expect(typeof kept).toBe('string');
    expect(kept as string).toContain('Ständiger Ausschuss für die operative Zusammenarbeit — “COSI” 😀');
    // Not encoded on the rendering thread: no bytes kept beside the text.
    expect(Reflect.get(response, PAGE_BYTES)).toBeUndefined();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(Buffer.from(new TextEncoder().encode(kept as string)))).toBe(true);
  });

  it("counts the text's length in UTF-8 for Content-Length without encoding it, lone surrogates as U+FFFD's three bytes", async () => {
    const text = 'Αριθ. προηγ. εγγρ.: 6512/25 😀 \ud800';
    const Page = createComponent(() => render`${text}`);
    const response = await renderPage(renderResult(), Page, {}, null, false, undefined);
    const kept = Reflect.get(response, PAGE_TEXT) as string;
    const encoded = new TextEncoder().encode(kept);
    expect(response.headers.get('Content-Length')).toBe(String(encoded.byteLength));
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(Buffer.from(first.value as Uint8Array).equals(Buffer.from(encoded))).toBe(true);
    expect((await reader.read()).done).toBe(true);
  });
});
