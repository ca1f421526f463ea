import type { Citations } from './citations.ts';
import type { Block, PlannedDecision, PlannedItem } from './model.ts';
import type { Random } from './prng.ts';
import { agendaSentence, decisionSentence, fillerSentence, otherBusinessPoint } from './sentences.ts';
import { AGENDA_SECTIONS, TOPICS } from './vocabulary.ts';

/** Endings of item titles, as the seeds write them ("… – way forward", "…: recommendations"). */
const TITLE_SUFFIXES = ['', '', '', ' – way forward', ' – state of play', ': recommendations', ': update and exchange of views'] as const;
/** Share of discussion items split into numbered sub-items (`6.1`, `6.2`). */
const SUB_ITEM_SHARE = 0.1;
/** Share of meetings whose "Any other business" is unnumbered. */
const UNNUMBERED_AOB_SHARE = 0.2;

/** A paragraph of filler sentences, with a decision sentence first or last when one is given. */
function paragraph(random: Random, citations: Citations, self: string, decisions: PlannedDecision[], decide: boolean): Block {
  const sentences = Array.from({ length: random.int(1, 5) }, () => fillerSentence(random, citations, self));
  if (decide) {
    const sentence = decisionSentence(random, citations, self);
    if (sentence.decision) decisions.push(sentence.decision);
    if (random.chance(0.6)) sentences.unshift(sentence.text);
    else sentences.push(sentence.text);
  }
  return { type: 'paragraph', text: sentences.join(' ') };
}

function discussed(random: Random, citations: Citations, self: string, title: string, section: string | null, day: string | null, number: string): PlannedItem {
  const decisions: PlannedDecision[] = [];
  const count = random.int(1, 3);
  const blocks = Array.from({ length: count }, (_, index) => paragraph(random, citations, self, decisions, index === 0 || random.chance(0.2)));
  return { number, title, section, day, blocks, decisions };
}

/** The meeting days an outcome of proceedings records: one day, two consecutive days, or two days apart, in one month. */
export function meetingDays(random: Random, documentDate: string): string[] {
  const last = Date.parse(documentDate) - random.int(3, 25) * 86_400_000;
  const roll = random.next();
  const gap = roll < 0.7 ? 0 : roll < 0.95 ? 1 : 2;
  const [first, end] = [last - gap * 86_400_000, last].map((time) => new Date(time).toISOString().slice(0, 10)) as [string, string];
  // Two days across a month boundary are written differently in every secretariat: keep one day then.
  return gap === 0 || first.slice(0, 7) !== end.slice(0, 7) ? [end] : [first, end];
}

/**
 * The agenda of a meeting, grown item by item until its text reaches `targetBytes`: the adoption of the
 * agenda, information by the Presidency, items under agenda headings (some split into sub-items), and
 * "Any other business" last; on a two-day meeting the second half of the agenda falls on the second day.
 */
export function planAgenda(random: Random, citations: Citations, self: string, days: string[], targetBytes: number): PlannedItem[] {
  const firstDay = days.length > 1 ? (days[0] ?? null) : null;
  const agenda = agendaSentence(random, citations);
  const items: PlannedItem[] = [
    {
      number: '1',
      title: 'Adoption of the agenda',
      section: null,
      day: firstDay,
      blocks: [{ type: 'paragraph', text: agenda.text }],
      decisions: [agenda.decision],
    },
    {
      number: '2',
      title: 'Information provided by the Presidency',
      section: null,
      day: firstDay,
      blocks: [{ type: 'paragraph', text: fillerSentence(random, citations, self) }],
      decisions: [],
    },
  ];
  let bytes = 0;
  let counter = 2;
  let sectionIndex = 0;
  const sizeOf = (item: PlannedItem): number =>
    item.title.length + item.blocks.reduce((sum, block) => sum + (block.type === 'paragraph' ? block.text.length : block.entries.join(' ').length), 0);
  while (bytes < targetBytes && counter < 40) {
    const section = AGENDA_SECTIONS[Math.min(sectionIndex, AGENDA_SECTIONS.length - 1)] as string;
    const day = days.length > 1 && bytes > targetBytes / 2 ? (days[days.length - 1] ?? null) : firstDay;
    counter += 1;
    const title = `${random.pick(TOPICS)}${random.pick(TITLE_SUFFIXES)}`;
    if (random.chance(SUB_ITEM_SHARE)) {
      items.push({ number: String(counter), title, section, day, blocks: [], decisions: [] });
      for (let sub = 1; sub <= random.int(2, 3); sub++) {
        const item = discussed(random, citations, self, random.pick(TOPICS), section, day, `${counter}.${sub}`);
        items.push(item);
        bytes += sizeOf(item);
      }
    } else {
      const item = discussed(random, citations, self, title, section, day, String(counter));
      items.push(item);
      bytes += sizeOf(item);
    }
    if (random.chance(0.3)) sectionIndex += 1;
  }
  const points = Array.from({ length: random.int(1, 3) }, () => otherBusinessPoint(random));
  const unnumbered = random.chance(UNNUMBERED_AOB_SHARE);
  items.push({
    number: unnumbered ? null : String(counter + 1),
    title: unnumbered ? 'Any other business' : random.pick(['AOB', 'Any other business']),
    section: items[items.length - 1]?.section ?? null,
    day: items[items.length - 1]?.day ?? null,
    blocks: [{ type: 'list', entries: points }],
    decisions: [],
  });
  return items;
}
