import type { Page } from 'playwright-core';

/**
 * Everything in one HTML document that a browser would run or load on its own, found by parsing it with the
 * browser's own parser (DOMParser: nothing runs, nothing loads). Each finding is one line naming the element.
 * Flags: any inline script or script from elsewhere than the site's own `/…` paths; any `on*` event-handler
 * attribute; frames, objects, embeds, `<base>`, `<meta http-equiv=refresh>`; any URL attribute with a
 * `javascript:`, `vbscript:` or `data:` scheme; any loaded resource (src, srcset, poster, object data, `<link>`)
 * from another origin; any `<style>` element or `style` attribute (the site has none: CSS injection).
 */
export async function runnableContent(page: Page, html: string): Promise<string[]> {
  return page.evaluate((source) => {
    /** Elements that embed other documents or change how every URL of the page resolves. */
    const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']);
    /** Attributes whose value is a URL the browser follows or loads. */
    const URL_ATTRIBUTES = new Set([
      'href',
      'src',
      'action',
      'formaction',
      'data',
      'poster',
      'xlink:href',
      'background',
      'ping',
      'manifest',
      'codebase',
      'cite',
      'longdesc',
      'srcset',
      'imagesrcset',
    ]);
    /** Attributes whose URL is loaded as soon as the page is (links are followed only when clicked). */
    const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'imagesrcset', 'poster', 'data', 'background', 'manifest', 'codebase']);
    /** Schemes that run code or carry a whole document inside the URL. */
    const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data):/i;
    const found: string[] = [];
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const show = (element: Element) => `<${element.tagName.toLowerCase()}${[...element.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
    // The browser strips tabs and newlines from URLs and ignores leading spaces and control characters.
    const clean = (url: string) => url.replace(/[\u0000-\u0020]/g, '');
    const foreign = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i.test(clean(url));
    const elements = [doc.documentElement, ...doc.documentElement.querySelectorAll('*')];
    for (const element of elements) {
      const tag = element.tagName.toLowerCase();
      if (tag === 'script') {
        const src = element.getAttribute('src');
        if (src === null || element.textContent?.trim() !== '' || !src.startsWith('/') || src.startsWith('//'))
          found.push(`script: ${show(element)}${element.textContent ?? ''}`);
      }
      if (EMBEDDING.has(tag)) found.push(`embedding element: ${show(element)}`);
      if (tag === 'style') found.push(`style element: ${element.textContent ?? ''}`);
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push(`meta refresh: ${show(element)}`);
      // A canonical or alternate link names an address; every other link relation loads what it points at.
      const named = /^(?:canonical|alternate)$/i.test(element.getAttribute('rel') ?? '');
      if (tag === 'link' && !named && foreign(element.getAttribute('href') ?? '')) found.push(`foreign link: ${show(element)}`);
      for (const { name, value } of element.attributes) {
        const attribute = name.toLowerCase();
        if (attribute.startsWith('on')) found.push(`event handler ${name}: ${show(element)}`);
        if (attribute === 'style') found.push(`style attribute: ${show(element)}`);
        if (!URL_ATTRIBUTES.has(attribute)) continue;
        const urls = attribute.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
        for (const url of urls) {
          if (DANGEROUS_SCHEME.test(clean(url))) found.push(`${name} with a dangerous scheme: ${show(element)}`);
          else if (LOADING_ATTRIBUTES.has(attribute) && foreign(url)) found.push(`${name} loads from another origin: ${show(element)}`);
        }
      }
    }
    return found;
  }, html);
}

/** Every URL attribute of one HTML document (href, src, action, …) with its element, parsed with the browser's own parser. */
export async function urlAttributes(page: Page, html: string): Promise<{ tag: string; name: string; value: string }[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const names = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'xlink:href'];
    return [...doc.querySelectorAll('*')].flatMap((element) =>
      names.flatMap((name) => {
        const value = element.getAttribute(name);
        return value === null ? [] : [{ tag: element.tagName.toLowerCase(), name, value }];
      }),
    );
  }, html);
}
