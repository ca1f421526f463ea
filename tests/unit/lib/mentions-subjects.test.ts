import { describe, expect, it } from 'vitest';
import { latestMentions, mentionCount, MENTION_SUBJECTS, mentionsBySubject, subjectKey } from '../../../src/lib/mentions-subjects.ts';
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
