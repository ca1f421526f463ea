import type { Citations } from './citations.ts';
import type { Block, PlannedFootnote, PlannedSection } from './model.ts';
import { FOOTNOTE_MARK } from './model.ts';
import type { Random } from './prng.ts';
import { fillerSentence } from './sentences.ts';
import { FOOTNOTE_TEXTS, TOPICS } from './vocabulary.ts';

/** Share of paragraphs of a note that carry a footnote marker. */
const FOOTNOTE_SHARE = 0.35;

/** Numbers footnotes across one document, as the Council prints them (1, 2, … to the end). */
export interface FootnoteCounter {
  next: number;
}

/** A footnote text: mostly a bare reference ("16515/09."), sometimes prose around one, or a note. */
function footnoteText(random: Random, citations: Citations, self: string): string {
  const roll = random.next();
  if (roll < 0.55) return `${citations.any(random, self).written}.`;
  if (roll < 0.85)
    return `${random.pick(['See', 'As set out in', 'Reference is made to'])} ${citations.any(random, self).written}, ${random.int(1, 28)}.${random.int(1, 12)}.20${random.int(10, 26)}.`;
  return random.pick(FOOTNOTE_TEXTS);
}

/** Paragraphs of filler, some with a footnote marker at the end of a sentence; their footnotes are returned beside them. */
export function noteBlocks(
  random: Random,
  citations: Citations,
  self: string,
  counter: FootnoteCounter,
  count: number,
): { blocks: Block[]; footnotes: PlannedFootnote[] } {
  const blocks: Block[] = [];
  const footnotes: PlannedFootnote[] = [];
  for (let index = 0; index < count; index++) {
    const sentences = Array.from({ length: random.int(2, 7) }, () => fillerSentence(random, citations, self));
    if (random.chance(FOOTNOTE_SHARE)) {
      const at = random.int(0, sentences.length - 1);
      const mark = counter.next;
      counter.next += 1;
      sentences[at] = `${(sentences[at] as string).replace(/\.$/, '')}${FOOTNOTE_MARK.open}${mark}${FOOTNOTE_MARK.close}.`;
      footnotes.push({ mark, text: footnoteText(random, citations, self) });
    }
    blocks.push(random.chance(0.1) ? { type: 'list', entries: sentences.slice(0, 3) } : { type: 'paragraph', text: sentences.join(' ') });
  }
  return { blocks, footnotes };
}

/**
 * The sections of a note or report, grown until their text reaches `targetBytes`: numbered headings
 * `1.` with sub-headings `1.1` (or, when `numbered` is false, unnumbered headings as in seed 003).
 */
export function planSections(
  random: Random,
  citations: Citations,
  self: string,
  counter: FootnoteCounter,
  targetBytes: number,
  numbered: boolean,
): PlannedSection[] {
  const sections: PlannedSection[] = [];
  let bytes = 0;
  let major = 0;
  while (bytes < targetBytes && major < 30) {
    major += 1;
    const subsections = numbered && random.chance(0.4) ? random.int(2, 4) : 0;
    const heading = { number: numbered ? String(major) : null, title: random.pick(TOPICS) };
    if (subsections === 0) {
      const body = noteBlocks(random, citations, self, counter, random.int(1, 4));
      sections.push({ ...heading, ...body });
      bytes += JSON.stringify(body).length;
      continue;
    }
    sections.push({ ...heading, title: heading.title.toUpperCase(), blocks: [], footnotes: [] });
    for (let sub = 1; sub <= subsections && bytes < targetBytes; sub++) {
      const body = noteBlocks(random, citations, self, counter, random.int(1, 3));
      sections.push({ number: `${major}.${sub}`, title: random.pick(TOPICS), ...body });
      bytes += JSON.stringify(body).length;
    }
  }
  return sections;
}
