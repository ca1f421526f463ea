import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { elements, htmlFile } from './hast.ts';

/** Elements whose attribute is a URL the browser follows or loads, read as hast properties (entities decoded). */
const URL_ELEMENTS = '[href], [src], [action]';
/** The hast properties of those URLs. */
const URL_PROPERTIES = ['href', 'src', 'action'] as const;
/** A URL with a scheme or protocol-relative: not a link inside the site. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

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
  const pages = new Map([...files].filter((file) => file.endsWith('.html')).map((file) => [file, htmlFile(join(root, file))]));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (found === undefined) {
      const tree = pages.get(file);
      found = new Set(tree === undefined ? [] : elements(tree, '[id]').map((element) => String(element.properties['id'])));
      ids.set(file, found);
    }
    return found;
  };
  const dead: DeadLink[] = [];
  for (const [page, tree] of pages) {
    for (const element of elements(tree, URL_ELEMENTS)) {
      for (const property of URL_PROPERTIES) {
        const url = element.properties[property];
        if (typeof url !== 'string' || url === '' || EXTERNAL.test(url)) continue;
        const resolved = new URL(url, `http://site${page}`);
        const target = resolveTarget(resolved.pathname, files);
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (target === null || (fragment !== '' && target.endsWith('.html') && !idsOf(target).has(fragment))) dead.push({ page, url });
      }
    }
  }
  return dead;
}
