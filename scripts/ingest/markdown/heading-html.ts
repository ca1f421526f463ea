import { documentPath } from './link-references.ts';
import { findReferences } from '../../../src/shared/references.ts';

/** What every form of document reference contains (a number with a slash, or `COM(2023) 516`): titles without it are not scanned. */
const MAY_CITE = /\/|COM/;

/** Characters that would be markup inside HTML text or an attribute value, and their references. */
const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to stand inside an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * A heading with a fixed id as a raw HTML block (Markdown headings cannot carry a chosen id). The text is escaped, its
 * document references linked, and kept on one line so that the block ends where it should:
 * `<h3 id="item-6-1">6. Title on <a href="/documents/14470-25/">14470/25</a></h3>`.
 */
export function headingHtml(level: number, id: string, text: string): string {
  const tag = `h${level}`;
  const line = text.replace(/\s+/g, ' ').trim();
  let html = '';
  let cursor = 0;
  for (const reference of MAY_CITE.test(line) ? findReferences(line) : []) {
    html += `${escapeHtml(line.slice(cursor, reference.start))}<a href="${escapeHtml(documentPath(reference.id))}">${escapeHtml(line.slice(reference.start, reference.end))}</a>`;
    cursor = reference.end;
  }
  return `<${tag} id="${escapeHtml(id)}">${html}${escapeHtml(line.slice(cursor))}</${tag}>`;
}

/** An empty block that only carries an anchor, for text without a heading (the part of a note before its first heading). */
export function anchorHtml(id: string): string {
  return `<div id="${escapeHtml(id)}"></div>`;
}

/** The opening tag of a block the ingest wraps around generated Markdown, e.g. the header block. */
export function openBlockHtml(id: string, className: string): string {
  return `<div id="${escapeHtml(id)}" class="${escapeHtml(className)}">`;
}

/** The closing tag matching openBlockHtml. */
export const CLOSE_BLOCK_HTML = '</div>';

/** Heading levels made safe for a page whose title is the h1: none above h2, none more than one below the previous. */
export function clampLevels(desired: readonly number[]): number[] {
  let previous = 1;
  return desired.map((level) => {
    previous = Math.max(2, Math.min(level, previous + 1, 6));
    return previous;
  });
}
