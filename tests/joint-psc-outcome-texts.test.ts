import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * The outcome of a joint meeting of the Political and Security Committee and COSI (15001/25), as the register prints
 * one: the header (`OUTCOME OF PROCEEDINGS`, `On:` the meeting's day, the subject naming both committees), then items
 * whose text opens with the acronym of the other committee, as an outcome of a joint meeting or of a meeting with the
 * Strategic Committee on Immigration, Frontiers and Asylum words it (`PSC and COSI delegations exchanged views …`,
 * `SCIFA and COSI took note …`, `EEAS briefed …`). As plain `pdftotext` prints a LibreOffice PDF of it (each number
 * apart from its title), as `-layout` prints it, and each page of either run into one line or copied out of a viewer.
 * Each item must keep its title apart from its text and its decisions, whoever opens them. Written by hand in English
 * (the versions in other languages open such sentences with an article: `Les délégations du COPS …`, `Die Delegationen
 * des PSK …`, which is read already).
 */
const head = [
  'Council of the',
  'European Union',
  '',
  'Brussels, 20 November 2025',
  '(OR. en)',
  '15001/25',
  '',
  'LIMITE',
  '',
  'COSI 201',
  'COPS 400',
  '',
  'OUTCOME OF PROCEEDINGS',
];
const labels = ['From:', 'To:', 'On:', 'Subject:'];
const values = [
  'General Secretariat of the Council',
  'Delegations',
  '12 November 2025',
  'Joint meeting of the Political and Security Committee (PSC) and the Standing Committee on Operational Cooperation on Internal Security (COSI)',
];
const items: { title: string; text: string; decisions: [string, string][] }[] = [
  {
    title: 'Adoption of the agenda',
    text: 'The agenda was adopted as set out in CM 5120/25.',
    decisions: [['adopted', 'the agenda as set out in CM 5120/25']],
  },
  {
    title: 'Internal and external security nexus – counter-terrorism in the Sahel',
    text: 'PSC and COSI delegations exchanged views on the basis of the Presidency discussion paper (14567/25).',
    decisions: [['exchanged-views', 'on the basis of the Presidency discussion paper (14567/25)']],
  },
  {
    title: 'Migration-related security risks – state of play',
    text: 'SCIFA and COSI took note of the report on the screening of third-country nationals (14602/25).',
    decisions: [['took-note', 'the report on the screening of third-country nationals (14602/25)']],
  },
];
const footer = '15001/25\t\tAB/cd\t1\nJAI.1\tLIMITE\tEN';

/** The outcome as plain `pdftotext` (`layout` false) or `-layout` prints it. */
function outcome(layout: boolean): string {
  const header = layout ? [...head, ...labels.map((label, index) => `${label.padEnd(16)}${values[index] ?? ''}`)] : [...head, ...labels, '', ...values];
  const body = items.flatMap(({ title, text }, index) => ['', ...(layout ? [`${index + 1}.      ${title}`] : [`${index + 1}.`, '', title]), '', text]);
  return [...header, ...body, '', footer, '\f'].join('\n');
}

describe('the outcome of a joint meeting of the PSC and COSI', () => {
  it.each(TEXT_SHAPES)('keeps each title apart from the text the other committee’s acronym opens (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(outcome(layout), flat), 'content/sources/joint-psc-outcome.txt'));
    expect([record.number, record.kind, record.meeting?.dates]).toEqual(['15001/25', 'outcome-of-proceedings', ['2025-11-12']]);
    expect(record.items.map((item) => [item.title, item.decisions.map((decision) => [decision.verb, decision.object])])).toEqual(
      items.map(({ title, decisions }) => [title, decisions]),
    );
  });
});
