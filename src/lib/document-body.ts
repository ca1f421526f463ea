/**
 * A document's body as its page shows it (src/components/DocumentText.astro): the rendered HTML of its text with the
 * hidden calls of the subject's footnotes taken out (src/lib/shown-subject-calls.ts) and the printed footnote marks in
 * place of the renderer's numbers (src/lib/printed-marks.ts), each a parse of the HTML where the document needs it;
 * in a build, made ahead by the pages' thread (src/lib/page-work-ahead.ts).
 */
import { bodyMadeAhead, type BodyFootnote } from './page-work-ahead.ts';
import { withPrintedMarks } from './printed-marks.ts';
import { withoutHiddenSubjectCalls } from './shown-subject-calls.ts';

/**
 * The body's HTML as shown, from the text's rendered HTML, whether the subject calls footnotes, and the document's
 * footnotes; null where it is the HTML as rendered (the page then shows the rendered content itself).
 */
export function shownBody(html: string, subjectCalls: boolean, footnotes: readonly BodyFootnote[]): string | null {
  const shown = withPrintedMarks(subjectCalls ? withoutHiddenSubjectCalls(html) : html, footnotes);
  return shown === html ? null : shown;
}

/** `shownBody` of document `id`, taken from the pages' thread where it made it from the same inputs, or made here. */
export function documentBody(id: string, html: string, subjectCalls: boolean, footnotes: readonly BodyFootnote[]): string | null {
  const ahead = bodyMadeAhead(id, html, subjectCalls, footnotes);
  return ahead === undefined ? shownBody(html, subjectCalls, footnotes) : ahead;
}
