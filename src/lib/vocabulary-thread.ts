/**
 * The code of the thread that makes the search's vocabulary while the content sync goes on (src/lib/vocabulary-ahead.ts
 * starts it): each message `{ kind: 'texts', texts }` gives texts to count (the words of one collection, or the site's
 * lists), and `{ kind: 'build' }`, sent once all are given, asks for the vocabulary of everything given, answered as the
 * map buildVocabulary makes of the same texts.
 */
import { parentPort } from 'node:worker_threads';
import { countSeparated, vocabularyOf } from './search-vocabulary.ts';

/** A message to the thread. */
export type VocabularyTask = { kind: 'texts'; texts: string[] } | { kind: 'build' };

const counts = new Map<string, number>();

parentPort?.on('message', (task: VocabularyTask) => {
  if (task.kind === 'texts') countSeparated(task.texts, counts);
  else parentPort?.postMessage(vocabularyOf([counts]));
});
