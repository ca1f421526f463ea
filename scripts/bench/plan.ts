import type { Citations } from './citations.ts';
import type { PlannedDocument } from './model.ts';
import { meetingDays, planAgenda } from './plan-meeting.ts';
import { noteBlocks, planSections } from './plan-note.ts';
import type { Random } from './prng.ts';
import type { Skeleton } from './skeleton.ts';
import { BARE_CODES, CODE_FAMILIES, RECIPIENTS, SENDERS, TOPICS } from './vocabulary.ts';

/** Body sizes in bytes, drawn log-uniformly so that short documents are as common as long ones per octave. */
const BODY_BYTES = {
  meeting: { min: 900, max: 18_000 },
  note: { min: 700, max: 33_000 },
} as const;
/** Share of LIMITE (restricted) documents. */
const LIMITE_SHARE = 0.25;
/** The subject of an outcome of proceedings. */
const MEETING_SUBJECT = 'Outcome of Proceedings of the Standing Committee on Operational Cooperation on Internal Security (COSI)';
/** Ends of the subject of a note. */
const NOTE_SUBJECTS = [' - Exchange of views', ' - Presidency report', ': state of play', ' - Draft Council conclusions', ''] as const;

const logUniform = (random: Random, range: { min: number; max: number }): number => Math.round(range.min * (range.max / range.min) ** random.next());

function codes(random: Random, meeting: boolean): string[] {
  const head = [`COSI ${random.int(1, 340)}`, `JAI ${random.int(1, 1800)}`];
  if (random.chance(0.4)) head.reverse();
  const families = [...CODE_FAMILIES].filter(() => random.chance(0.2)).map((family) => `${family} ${random.int(1, 200)}`);
  const bare = meeting ? [...BARE_CODES].filter(() => random.chance(0.3)) : [];
  return [...head, ...families, ...bare];
}

/** The whole content of one generated document, sized between about 1 and 40 KB once printed. */
export function planDocument(random: Random, citations: Citations, skeleton: Skeleton): PlannedDocument {
  const meeting = skeleton.kindLine === 'OUTCOME OF PROCEEDINGS';
  const self = skeleton.number;
  const common = {
    number: self,
    kindLine: skeleton.kindLine,
    style: skeleton.style,
    date: skeleton.date,
    limite: random.chance(LIMITE_SHARE),
    codes: codes(random, meeting),
  };
  if (meeting) {
    const days = meetingDays(random, skeleton.date);
    return {
      ...common,
      meetingDates: days,
      from: SENDERS[0],
      to: RECIPIENTS[0],
      previous: [],
      subject: MEETING_SUBJECT,
      intro: null,
      items: planAgenda(random, citations, self, days, logUniform(random, BODY_BYTES.meeting)),
      sections: [],
    };
  }
  const counter = { next: 1 };
  const intro = noteBlocks(random, citations, self, counter, random.int(1, 2));
  const target = logUniform(random, BODY_BYTES.note);
  return {
    ...common,
    meetingDates: null,
    from: random.pick(SENDERS),
    to: random.pick(RECIPIENTS),
    previous: random.chance(0.4) ? [citations.council(random, self).id] : [],
    subject: `${random.pick(TOPICS)}${random.pick(NOTE_SUBJECTS)}`,
    intro: { number: null, title: '', ...intro },
    items: [],
    sections: planSections(random, citations, self, counter, target, skeleton.style !== 'markdown' || random.chance(0.5)),
  };
}
