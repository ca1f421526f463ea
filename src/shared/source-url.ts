/** The folder, under the content root, that holds the sources a user adds. */
const SOURCES_FOLDER = 'sources';

/**
 * A source's path inside the sources folder, as the documents entry records it relative to the
 * working directory (`content/sources/2025/a.txt` → `2025/a.txt`); a path without that folder keeps its last segment.
 */
export function sourceRelativePath(source: string): string {
  const parts = source.split('/').filter((p) => p !== '' && p !== '.');
  const at = parts.indexOf(SOURCES_FOLDER);
  const rest = at >= 0 ? parts.slice(at + 1) : parts.slice(-1);
  return rest.filter((p) => p !== '..').join('/');
}

/** The URL a source file is served at for download: `/sources/<path inside the sources folder>`, percent-encoded. */
export function sourceUrl(source: string): string {
  return `/sources/${sourceRelativePath(source).split('/').map(encodeURIComponent).join('/')}`;
}
