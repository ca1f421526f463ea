import type { APIRoute } from 'astro';
import { pagePath, sitemapXml, type RouteParams } from '../lib/sitemap.ts';

/** A page module as far as the sitemap needs it: a dynamic page exports getStaticPaths. */
interface PageModule {
  getStaticPaths?: (options: Record<string, unknown>) => Promise<readonly { params: RouteParams }[]> | readonly { params: RouteParams }[];
}

/** Every HTML page of the site (endpoints such as feeds and data files are not pages); the 404 page is no page to visit. */
const pages = import.meta.glob<PageModule>(['./**/*.astro', '!./404.astro'], { eager: true });

/** The sitemap of every page, generated from the page files, so a new page cannot be forgotten. */
export const GET: APIRoute = async ({ site }) => {
  const paths: string[] = [];
  for (const [file, module] of Object.entries(pages)) {
    if (module.getStaticPaths === undefined) paths.push(pagePath(file));
    else for (const { params } of await module.getStaticPaths({})) paths.push(pagePath(file, params));
  }
  return new Response(sitemapXml(site ?? '/', paths), { headers: { 'Content-Type': 'application/xml' } });
};
