import { describe, expect, it } from 'vitest';
import { meetingOf } from '../scripts/ingest/entries/meeting-ids.ts';
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

/**
 * The same outcome in French, and in English numbered as the register files such a meeting's documents (`COSI/PSC`),
 * in the same shapes: the record must name both committees for the meeting it files the outcome under (the archive's
 * meeting `2025-11-12-psc-cosi`, `Joint meeting of the PSC and COSI`, whichever version or notation), its day and its
 * items with their decisions. Before, the French version's `Réunion conjointe du Comité politique et de sécurité (COPS)
 * et du Comité permanent … (COSI)` filed it under a meeting of the PSC alone (`2025-11-12-psc`), and `COSI/PSC` under
 * one of COSI alone (`2025-11-12`): the versions of one meeting apart.
 */
const versions = {
  fr: {
    head: [
      'Conseil de',
      "l'Union européenne",
      '',
      'Bruxelles, le 20 novembre 2025',
      '(OR. en)',
      '15001/25',
      '',
      'LIMITE',
      '',
      'COSI 201',
      'COPS 400',
      '',
      'RÉSULTATS DES TRAVAUX',
    ],
    labels: ['Origine:', 'Destinataire:', 'Date:', 'Objet:'],
    values: [
      'Secrétariat général du Conseil',
      'Délégations',
      '12 novembre 2025',
      'Réunion conjointe du Comité politique et de sécurité (COPS) et du Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
    ],
    items: [
      {
        title: "Adoption de l'ordre du jour",
        text: "L'ordre du jour a été adopté tel qu'il figure dans le document CM 5120/25.",
        decisions: [['adopted', "l'ordre du jour tel qu'il figure dans le document CM 5120/25"]],
      },
      {
        title: 'Lien entre sécurité intérieure et extérieure – lutte contre le terrorisme au Sahel',
        text: 'Le COPS et le COSI ont procédé à un échange de vues sur la base du document de réflexion de la présidence (14567/25).',
        decisions: [['exchanged-views', 'sur la base du document de réflexion de la présidence (14567/25)']],
      },
      {
        // the delegations of both committees (`PSC and COSI delegations exchanged views …`): read since 7 December 2026
        title: 'Coopération entre la PSDC et les acteurs JAI',
        text: 'Les délégations du COPS et du COSI ont procédé à un échange de vues sur la coopération entre les missions PSDC et les agences JAI (14602/25).',
        decisions: [['exchanged-views', 'sur la coopération entre les missions PSDC et les agences JAI (14602/25)']],
      },
    ],
    footer: '15001/25\t\tAB/cd\t1\nJAI.1\tLIMITE\tFR',
  },
  en: {
    head,
    labels,
    values: [...values.slice(0, 3), 'Outcome of the COSI/PSC meeting on 12 November 2025'],
    items: items.slice(0, 2),
    footer,
  },
};

/** A version's outcome as plain `pdftotext` (`layout` false) or `-layout` prints it. */
function versionText(version: (typeof versions)[keyof typeof versions], layout: boolean): string {
  const header = layout
    ? [...version.head, ...version.labels.map((label, index) => `${label.padEnd(16)}${version.values[index] ?? ''}`)]
    : [...version.head, ...version.labels, '', ...version.values];
  const body = version.items.flatMap(({ title, text }, index) => ['', ...(layout ? [`${index + 1}.      ${title}`] : [`${index + 1}.`, '', title]), '', text]);
  return [...header, ...body, '', version.footer, '\f'].join('\n');
}

describe.each(Object.entries(versions))('the outcome of a joint meeting of the PSC and COSI (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('files it under the meeting of both committees, its day and its items (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(versionText(version, layout), flat), 'content/sources/joint-psc-outcome.txt'));
    const meeting = meetingOf(record);
    expect([record.number, record.kind, meeting?.id, meeting?.committee.title, meeting?.dates]).toEqual([
      '15001/25',
      'outcome-of-proceedings',
      '2025-11-12-psc-cosi',
      'Joint meeting of the PSC and COSI',
      ['2025-11-12'],
    ]);
    expect(record.items.map((item) => [item.title, item.decisions.map((decision) => [decision.verb, decision.object])])).toEqual(
      version.items.map(({ title, decisions }) => [title, decisions]),
    );
  });
});

describe('the French outcome of a joint meeting of the PSC and COSI whose item 3 is the exchange of views of both committees’ delegations', () => {
  it.each(TEXT_SHAPES)('names those delegations as printed, their article in small letters, as who exchanged views (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(versionText(versions.fr, layout), flat), 'content/sources/joint-psc-outcome-fr.txt'));
    expect(record.items[2]?.decisions.map(({ by, verb }) => [by, verb])).toEqual([['les délégations du COPS et du COSI', 'exchanged-views']]);
  });
});
