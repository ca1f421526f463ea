import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { decisionFeedItems, feedResponse, feedSite } from '../../lib/feeds.ts';

/** RSS feed of COSI's decisions, newest first. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse(
    site,
    'decisions',
    'What COSI adopted, endorsed, agreed or took note of, meeting by meeting.',
    decisionFeedItems(
      (await getCollection('decisions')).map((entry) => entry.data),
      feedSite(site),
    ),
  );
