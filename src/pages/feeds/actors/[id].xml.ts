import type { APIRoute, GetStaticPaths } from 'astro';
import { ACTORS, actorExcerpt, type Actor } from '../../../lib/actors.ts';
import { feedResponse, unitFeedItems } from '../../../lib/feeds.ts';
import { mentionIndexes } from '../../../lib/mentions-index.ts';

/** One feed per actor page. */
export const getStaticPaths = (async () => {
  const { actors } = await mentionIndexes();
  return ACTORS.flatMap((actor) => {
    const units = actors.get(actor.id);
    return units === undefined ? [] : [{ params: { id: actor.id }, props: { actor, items: unitFeedItems(units, (unit) => actorExcerpt(unit, actor.id)) } }];
  });
}) satisfies GetStaticPaths;

/** RSS feed of the agenda items and sections that mention one actor, newest first. */
export const GET: APIRoute = ({ props, site }) => {
  const { actor, items } = props as { actor: Actor; items: ReturnType<typeof unitFeedItems> };
  return feedResponse(site, actor.name, `COSI agenda items and report sections that mention ${actor.name}.`, items);
};
