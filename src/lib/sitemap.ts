/** The sitemap: the site path of every page, from the page files and their static paths, as sitemaps.org XML. */

/** Route parameters of one generated page. */
export type RouteParams = Readonly<Record<string, string | number | undefined>>;

/** A dynamic segment of a page file name: `[id]` or `[...path]`. */
const DYNAMIC_SEGMENT = /\[(?:\.\.\.)?([^\]]+)\]/g;

/**
 * The site path of a page file (relative to src/pages, e.g. `./meetings/[id].astro`) with its params,
 * in the site's trailing-slash form: `/meetings/2025-11-18/`; `index` is the folder itself.
 */
export function pagePath(file: string, params: RouteParams = {}): string {
  const route = file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .replace(/(?:^|\/)index$/, '')
    .replace(DYNAMIC_SEGMENT, (_, name: string) => String(params[name] ?? ''));
  return route === '' ? '/' : `/${route}/`.replace(/\/{2,}/g, '/');
}

/** Characters XML text must escape. */
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A sitemaps.org `urlset` of absolute URLs, sorted and distinct. */
export function sitemapXml(site: URL | string, paths: readonly string[]): string {
  const urls = [...new Set(paths.map((path) => new URL(path, site).href))].sort();
  const entries = urls.map((url) => `<url><loc>${url.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
