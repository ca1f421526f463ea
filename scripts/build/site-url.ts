/**
 * The site's canonical origin (`site` in astro.config.mjs): every canonical link, sitemap entry, feed link and citation
 * permalink is made from it. Without SITE_URL the build uses a placeholder that leads nowhere, and says so loudly.
 */

/** The origin a build without SITE_URL gets: reserved for examples (RFC 2606), so that no link made from it can work. */
export const PLACEHOLDER_SITE_URL = 'https://cosi-archive.example.org';

/** The warning a build with the placeholder prints, framed so that it stands out among Astro's own lines. */
export function placeholderWarning(): string {
  const lines = [
    'WARNING: SITE_URL is not set: this build uses the placeholder',
    `  ${PLACEHOLDER_SITE_URL}`,
    'for every canonical link, sitemap entry, feed link and citation permalink, none of which will work.',
    'Set the address the site is published at, e.g.:',
    '  SITE_URL=https://cosi.example.eu npm run build',
  ];
  const rule = '!'.repeat(Math.max(...lines.map((line) => line.length)));
  return [rule, ...lines, rule].join('\n');
}

/**
 * SITE_URL from the environment, or the placeholder; building (`astro build`) with the placeholder prints the warning
 * through `warn`.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>>, argv: readonly string[], warn: (message: string) => void): string {
  const given = env['SITE_URL'];
  if (given !== undefined && given !== '') return given;
  if (argv.includes('build')) warn(placeholderWarning());
  return PLACEHOLDER_SITE_URL;
}
