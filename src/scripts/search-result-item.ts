import { bestSubResult, splitExcerpt } from '../lib/search-query.ts';
import { itemPlace, resultLabel, withoutLeadingTitle, type ExcerptRun, type ResultMeta } from '../lib/search-results.ts';

/** How many sub-results (agenda items, sections) are listed under a result. */
const MAX_SUB_RESULTS = 3;

/** A heading of a page, as Pagefind returns it. */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

/** What Pagefind's `data()` gives for a result (its fragment). */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: ResultMeta & { title?: string };
  sub_results: SubResult[];
}

function excerptNodes(runs: readonly ExcerptRun[]): Node[] {
  return runs.map((run) => {
    if (!run.marked) return document.createTextNode(run.text);
    const mark = document.createElement('mark');
    mark.textContent = run.text;
    return mark;
  });
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** The fragment of a sub-result's URL: `item-5` of `/meetings/2025-11-18/#item-5`. */
function anchorOf(url: string): string {
  return url.slice(url.indexOf('#') + 1);
}

/**
 * One entry of the results list: its title links to the anchor holding most matches (or showing the document `number`
 * searched for); a line says what the page is
 * (type, date, "cited only") and, for an agenda item, which item; then the excerpt without the heading it repeats,
 * and up to two other anchors below.
 */
export function resultItem(data: ResultData, number: string | null): HTMLLIElement {
  const item = document.createElement('li');
  const anchored = data.sub_results.filter((s) => s.url.includes('#'));
  const best = bestSubResult(anchored, number);
  const heading = document.createElement('h2');
  heading.append(link(best?.url ?? data.url, data.meta.title ?? data.url));
  item.append(heading);
  const label = resultLabel(data.meta);
  if (label !== '') item.append(paragraph('result-kind', label));
  if (best !== null) item.append(paragraph('result-where', itemPlace(anchorOf(best.url), best.title)));
  const excerpt = document.createElement('p');
  const runs = splitExcerpt(best?.excerpt ?? data.excerpt);
  for (const node of excerptNodes(withoutLeadingTitle(runs, best?.title ?? data.meta.title ?? ''))) excerpt.append(node);
  item.append(excerpt);
  const others = anchored.filter((s) => s !== best).slice(0, MAX_SUB_RESULTS - 1);
  if (others.length > 0) {
    const sub = document.createElement('ul');
    sub.className = 'sub-results';
    for (const s of others) {
      const li = document.createElement('li');
      li.append(link(s.url, itemPlace(anchorOf(s.url), s.title)));
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}
