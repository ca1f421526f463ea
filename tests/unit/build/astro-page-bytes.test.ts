import { describe, expect, it } from 'vitest';
// Not among Astro's exports: the files that patches/astro+7.3.5.patch changes, loaded as the build loads them.
import { createComponent, render } from '../../../node_modules/astro/dist/runtime/server/index.js';
import { renderPage } from '../../../node_modules/astro/dist/runtime/server/render/page.js';

/** Where the patched renderer keeps a page's bytes for the static build's writer (core/build/generate.js reads them). */
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
  it("keeps a static page's bytes beside its response: the same bytes its body gives, UTF-8 of the whole page", async () => {
    const html = '<!doctype html><p>Ständiger Ausschuss für die operative Zusammenarbeit — “COSI” 😀 &amp; Ελληνικά</p>';
    const Page = createComponent(() => render`${html}`);
    const response = await renderPage(renderResult(), Page, {}, null, false, undefined);
    const kept: unknown = Reflect.get(response, PAGE_BYTES);
    expect(kept).toBeInstanceOf(Uint8Array);
    const body = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(kept as Uint8Array).equals(Buffer.from(body))).toBe(true);
    expect(new TextDecoder().decode(body)).toContain('Ständiger Ausschuss für die operative Zusammenarbeit — “COSI” 😀');
  });

  it('gives those bytes as its body without a copy of them: the stream yields the kept array itself, once', async () => {
    const Page = createComponent(() => render`${'<!doctype html><p>Αριθ. προηγ. εγγρ.: 6512/25</p>'}`);
    const response = await renderPage(renderResult(), Page, {}, null, false, undefined);
    const kept: unknown = Reflect.get(response, PAGE_BYTES);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(first.value).toBe(kept);
    expect((await reader.read()).done).toBe(true);
    expect(response.headers.get('Content-Length')).toBe(String((kept as Uint8Array).byteLength));
  });
});
