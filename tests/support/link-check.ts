import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Attributes whose value is a URL the browser follows or loads. */
const URL_ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
/** Element ids, the targets of `#fragment`s. */
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;
/** A URL with a scheme or protocol-relative: not a link inside the site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The HTML entities Astro writes in attribute values. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every file under a folder, as site paths (`/meetings/index.html`). */
export function siteFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

/** A dead link: the page it is on, and the URL that leads nowhere. */
export interface DeadLink {
  page: string;
  url: string;
}

/** The file a site path is served from, as a static host resolves it (`/a/` → `/a/index.html`), or null. */
function resolveTarget(path: string, files: ReadonlySet<string>): string | null {
  const decoded = decodeURIComponent(path);
  if (files.has(decoded)) return decoded;
  const index = `${decoded.replace(/\/?$/, '/')}index.html`;
  return files.has(index) ? index : null;
}

/** Every internal link, image, script and form target of every HTML page of a built site that misses its file or its `#fragment`. */
export function deadLinks(root: string): DeadLink[] {
  const files = new Set(siteFiles(root));
  const html = [...files].filter((f) => f.endsWith('.html'));
  const sources = new Map(html.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsCache.get(file);
    if (ids === undefined) {
      ids = new Set([...(sources.get(file) ?? '').matchAll(ID_ATTRIBUTE)].map((m) => decodeAttribute(m[1] ?? '')));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const dead: DeadLink[] = [];
  for (const [page, text] of sources) {
    for (const match of text.matchAll(URL_ATTRIBUTE)) {
      const url = decodeAttribute(match[1] ?? '');
      if (url === '' || EXTERNAL.test(url)) continue;
      const resolved = new URL(url, `http://site${page}`);
      const target = resolveTarget(resolved.pathname, files);
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (target === null || (fragment !== '' && target.endsWith('.html') && !idsOf(target).has(fragment))) {
        dead.push({ page, url });
      }
    }
  }
  return dead;
}
