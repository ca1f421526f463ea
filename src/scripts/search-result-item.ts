import { bestSubResult, splitExcerpt } from '../lib/search-query.ts';

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
  meta: { title?: string };
  sub_results: SubResult[];
}

function excerptNodes(excerpt: string): Node[] {
  return splitExcerpt(excerpt).map((run) => {
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

/** One entry of the results list: its title links to the anchor holding most matches, with up to two other anchors below. */
export function resultItem(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const anchored = data.sub_results.filter((s) => s.url.includes('#'));
  const best = bestSubResult(anchored);
  const heading = document.createElement('h2');
  heading.append(link(best?.url ?? data.url, data.meta.title ?? data.url));
  const excerpt = document.createElement('p');
  for (const node of excerptNodes(best?.excerpt ?? data.excerpt)) excerpt.append(node);
  item.append(heading);
  if (best !== null) {
    const where = document.createElement('p');
    where.className = 'result-where';
    where.textContent = best.title;
    item.append(where);
  }
  item.append(excerpt);
  const others = anchored.filter((s) => s !== best).slice(0, MAX_SUB_RESULTS - 1);
  if (others.length > 0) {
    const sub = document.createElement('ul');
    sub.className = 'sub-results';
    for (const s of others) {
      const li = document.createElement('li');
      li.append(link(s.url, s.title));
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}
