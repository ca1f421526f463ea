import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedResponse, feedSite, meetingFeedItems } from '../../lib/feeds.ts';

/** RSS feed of COSI meetings, newest first. */
export const GET: APIRoute = async ({ site }) =>
  feedResponse(
    site,
    'meetings',
    'New COSI meetings, as their outcomes of proceedings record them.',
    meetingFeedItems(
      (await getCollection('meetings')).map((entry) => entry.data),
      feedSite(site),
    ),
  );
