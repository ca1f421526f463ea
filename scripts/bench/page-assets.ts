/**
 * The kind of a built page, told apart by URL: `home`, `meetings`, `meeting`, `document` (ingested),
 * `reference` (only referenced), `decisions`, `decisions/*`, `search`, `not-found`; other sections are
 * named by their folder (`topics` for its index, `topics/*` for its entries).
 */
export type PageType = string;

/** Page types with their own name, by folder: [index page, entry page]. */
const NAMED_SECTIONS: Record<string, readonly [string, string]> = {
  meetings: ['meetings', 'meeting'],
  decisions: ['decisions', 'decisions/*'],
  search: ['search', 'search/*'],
};

/** The page type of a built HTML file, from its path under dist/ (`meetings/2025-11-18/index.html`). */
export function pageType(path: string, ingestedSlugs: ReadonlySet<string>): PageType {
  if (path === 'index.html') return 'home';
  if (path === '404.html') return 'not-found';
  const segments = path.split('/');
  const [section = '', second = ''] = segments;
  if (section === 'documents' && segments.length === 3) return ingestedSlugs.has(second) ? 'document' : 'reference';
  const [index, entry] = NAMED_SECTIONS[section] ?? [section, `${section}/*`];
  if (segments.length === 2) return index;
  return segments.length === 3 ? entry : `${section}/…`;
}

/** What an HTML page makes the browser fetch or run: script files, inline script bytes, stylesheets and other subresources. */
export interface PageAssets {
  scripts: string[];
  inlineScriptBytes: number;
  stylesheets: string[];
  /** Icons, images and preloads: every other subresource a first visit fetches. */
  others: string[];
}

/** Script elements that hold data, not code. */
const DATA_SCRIPT = /type\s*=\s*["']?application\/(?:ld\+)?json/i;
const attribute = (tag: string, name: string): string | null => new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1] ?? null;

/** The subresources of an HTML page, read from its tags (Astro's output is regular enough for this). */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], inlineScriptBytes: 0, stylesheets: [], others: [] };
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, tag = '', body = ''] = match;
    if (DATA_SCRIPT.test(tag)) continue;
    const src = attribute(tag, 'src');
    if (src) assets.scripts.push(src);
    else assets.inlineScriptBytes += Buffer.byteLength(body);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel === 'stylesheet') assets.stylesheets.push(href);
    else if (rel === 'modulepreload') assets.scripts.push(href);
    else if (/\b(?:icon|preload)\b/.test(rel)) assets.others.push(href);
  }
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src) assets.others.push(src);
  }
  return assets;
}

/** Static imports of a JavaScript module (`import"./a.js"`, `from "./b.js"`), which load with it. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.m?js)["']/g)].map((match) => match[1] as string);
}

/** The middle value of a list of numbers (the lower middle for an even count), 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
