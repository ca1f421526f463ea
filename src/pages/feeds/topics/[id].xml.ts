import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, unitFeedItems } from '../../../lib/feeds.ts';
import { mentionIndexes } from '../../../lib/mentions-index.ts';
import { TOPICS, topicExcerpt, type Topic } from '../../../lib/topics.ts';

/** One feed per topic page. */
export const getStaticPaths = (async () => {
  const { topics } = await mentionIndexes();
  return TOPICS.flatMap((topic) => {
    const units = topics.get(topic.id);
    return units === undefined ? [] : [{ params: { id: topic.id }, props: { topic, items: unitFeedItems(units, (unit) => topicExcerpt(unit, topic.id)) } }];
  });
}) satisfies GetStaticPaths;

/** RSS feed of the agenda items and sections on one topic, newest first. */
export const GET: APIRoute = ({ props, site }) => {
  const { topic, items } = props as { topic: Topic; items: ReturnType<typeof unitFeedItems> };
  return feedResponse(site, topic.name, `COSI agenda items and report sections on ${topic.name}.`, items);
};
