/**
 * The work of the documents route's pages made ahead on the pages' thread (src/lib/page-work-ahead.ts) while the site's
 * pages render: each page's body as shown (src/lib/document-body.ts), where its footnotes' marks or its subject's calls
 * may change the rendered HTML, then the diffs it shows (src/lib/document-diffs.ts), page by page in the route's order.
 */
import { existsSync } from 'node:fs';
import { getEntry } from 'astro:content';
import { diffedPairs, type DiffedPage } from './document-diffs.ts';
import { startPageWork, type PageWork } from './page-work-ahead.ts';
import { projectFile } from './project-file.ts';

/** Every piece of work of these pages, in their order: a page's body, then its diffs. */
export async function documentPagesWork(pages: readonly DiffedPage[]): Promise<PageWork[]> {
  const work: PageWork[] = [];
  for (const page of pages) {
    const { id, data } = page.document;
    const subjectCalls = (data.subjectFootnotes ?? []).length > 0;
    const html = subjectCalls || data.footnotes.length > 0 ? (await getEntry('texts', id))?.rendered?.html : undefined;
    if (html !== undefined) work.push({ kind: 'body', id, html, subjectCalls, footnotes: data.footnotes.map(({ mark, label }) => ({ mark, label })) });
    for (const [before, after] of await diffedPairs(page)) work.push({ kind: 'diff', before, after });
  }
  return work;
}

/** The thread's module, from the project root (the pages run from a bundle, not from src/). */
const PAGE_WORK_THREAD = 'src/lib/page-work-thread.ts';

/** In a build, the pages' work started on their thread; the dev server makes each page's as it asks for the page. */
export async function documentPagesAhead(pages: readonly DiffedPage[]): Promise<void> {
  const module = projectFile(PAGE_WORK_THREAD);
  // A build whose root holds no such module (the benchmark's bare twin renders no document pages) works on the main thread.
  if (!import.meta.env.PROD || !existsSync(module)) return;
  startPageWork(module, await documentPagesWork(pages));
}
