import type { GetStaticPaths } from 'astro';
import { feedPaths, mentionFeed } from '../../../lib/mentions-collection.ts';

/** One feed per actor page. */
export const getStaticPaths = (() => feedPaths('actor')) satisfies GetStaticPaths;

/** RSS feed of the agenda items and sections that mention one actor, newest first. */
export const GET = mentionFeed;
