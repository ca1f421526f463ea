import type { GetStaticPaths } from 'astro';
import { feedPaths, mentionFeed } from '../../../lib/mentions-collection.ts';

/** One feed per topic page. */
export const getStaticPaths = (() => feedPaths('topic')) satisfies GetStaticPaths;

/** RSS feed of the agenda items and sections on one topic, newest first. */
export const GET = mentionFeed;
