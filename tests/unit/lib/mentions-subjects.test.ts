import { describe, expect, it } from 'vitest';
import {
  latestMentions,
  mentionCount,
  MENTION_SUBJECTS,
  mentionsBySubject,
  subjectKey,
  unitCount,
  yearDescription,
} from '../../../src/lib/mentions-subjects.ts';
import type { Mention, MentionEntry } from '../../../src/schemas/mention-entry.ts';

const mention = (date: string, anchor: string): Mention => ({
  document: '1/25',
  label: anchor,
  title: anchor,
  href: `/meetings/${date}/#${anchor}`,
  meeting: date,
  date,
  excerpt: null,
});
const entry = (year: string, ...mentions: Mention[]): MentionEntry => ({ kind: 'actor', id: 'europol', year, mentions });
const entries = [entry('2017', mention('2017-11-21', 'x')), entry('2025', mention('2025-11-18', 'y'), mention('2025-03-01', 'z'))];

describe('mentionsBySubject', () => {
  it('groups the entries of an actor by year, newest year first, and counts them', () => {
    const years = mentionsBySubject(entries).get(subjectKey('actor', 'europol')) ?? [];
    expect(years.map(([year, list]) => [year, list.length])).toEqual([
      ['2025', 2],
      ['2017', 1],
    ]);
    expect(mentionCount(years)).toBe(3);
  });

  it('keeps actors and topics of the same id apart', () => {
    const bySubject = mentionsBySubject([...entries, { ...entry('2021', mention('2021-11-22', 'v')), kind: 'topic' }]);
    expect(bySubject.get(subjectKey('topic', 'europol'))?.map(([year]) => year)).toEqual(['2021']);
    expect(bySubject.get(subjectKey('actor', 'europol'))?.map(([year]) => year)).toEqual(['2025', '2017']);
  });
});

describe('latestMentions', () => {
  it('takes the newest mentions across years, newest first', () => {
    const years = mentionsBySubject(entries).get(subjectKey('actor', 'europol')) ?? [];
    expect(latestMentions(years, 2).map((m) => m.href)).toEqual(['/meetings/2025-11-18/#y', '/meetings/2025-03-01/#z']);
    expect(latestMentions(years, 20).map((m) => m.date)).toEqual(['2025-11-18', '2025-03-01', '2017-11-21']);
  });
});

describe('MENTION_SUBJECTS', () => {
  it('gives an actor its group in the breadcrumb and a topic none, with the paths of their pages and feeds', () => {
    const europol = MENTION_SUBJECTS.actor.find((subject) => subject.id === 'europol');
    expect(europol?.page).toBe('/actors/europol/');
    expect(europol?.feed).toBe('/feeds/actors/europol.xml');
    expect(europol?.group).toBe('EU bodies and agencies');
    expect(europol?.groupHref).toBe('/actors/#group-eu-body');
    const empact = MENTION_SUBJECTS.topic.find((subject) => subject.id === 'empact');
    expect(empact?.index).toEqual({ href: '/topics/', title: 'Topics' });
    expect(empact?.group).toBeNull();
    expect(empact?.groupHref).toBeNull();
    expect(empact?.names).toContain('EU Policy Cycle');
  });
});

describe('unitCount', () => {
  it('says one agenda item or section in the singular, and a topic’s units are on it while an actor’s mention it', () => {
    const [topic] = MENTION_SUBJECTS.topic;
    const [actor] = MENTION_SUBJECTS.actor;
    if (topic === undefined || actor === undefined) throw new Error('no topic or actor');
    expect(unitCount(1, topic.wording)).toBe('1 agenda item or section is on');
    expect(unitCount(3, topic.wording, '2025')).toBe('3 agenda items and sections of 2025 are on');
    expect(unitCount(1, actor.wording, '2017')).toBe('1 agenda item or section of 2017 mentions');
  });
});

describe('yearDescription', () => {
  it('describes a year page with one unit in the singular and with several in the plural', () => {
    const europol = MENTION_SUBJECTS.actor.find((subject) => subject.id === 'europol');
    const empact = MENTION_SUBJECTS.topic.find((subject) => subject.id === 'empact');
    if (europol === undefined || empact === undefined) throw new Error('no Europol or EMPACT');
    expect(yearDescription(1, '2021', europol.wording, 'Europol')).toBe('The 1 COSI agenda item or report section of 2021 that mentions Europol.');
    expect(yearDescription(4, '2025', europol.wording, 'Europol')).toBe('The 4 COSI agenda items and report sections of 2025 that mention Europol.');
    expect(yearDescription(1, '2017', empact.wording, 'EMPACT')).toBe('The 1 COSI agenda item or report section of 2017 on EMPACT.');
  });
});
