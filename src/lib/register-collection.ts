/** The register collection (what `npm run fetch` was answered), read once per build and indexed for the pages. */
import { getCollection } from 'astro:content';
import { indexAnswers, type RegisterIndex } from './register-answer.ts';

let index: Promise<RegisterIndex> | undefined;

/** Every answer, in sidecar order, indexed; shared by every page of the build. */
export function registerIndex(): Promise<RegisterIndex> {
  index ??= getCollection('register').then((entries) => indexAnswers(entries.map((entry) => entry.data)));
  return index;
}
