import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { blocksPlain } from '../src/shared/source-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import type { LabelledHead } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { viewerCopyOfLayout } from './support/text-shapes.ts';

/**
 * A Presidency note (8730/25, as tests/fixtures/layouts/note-lead-in-table-layout prints it) whose part 2 sets out a
 * table numbered from 1 (each operational action plan, its driver and its actions), right above the heading of part 3,
 * written by hand in English, French, German and Greek and drawn as `pdftotext -layout` prints it. Read as printed, as a
 * viewer copies it and with its page run into one line: the table's last row (`3. Trafficking in human beings France 11
 * actions`) must stay a paragraph of its own, and part 3's number and heading (`3. Next steps`) must not run into it,
 * though both are numbered 3.
 */
interface Version extends LabelledHead {
  subject: string;
  parts: [string, string, string];
  introduction: string;
  lead: string;
  rows: [string, string, string][];
  next: string;
  language: string;
}

const versions: Record<string, Version> = {
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 5 May 2025',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'Subject:'],
    from: 'Presidency',
    to: 'Standing Committee on Operational Cooperation on Internal Security',
    subject: 'EMPACT 2026-2029: choice of the operational action plans',
    parts: ['Introduction', 'Operational action plans and their drivers', 'Next steps'],
    introduction: 'In March 2025 the Council set the EU priorities for the fight against serious and organised crime for 2026-2029.',
    lead: 'The Member States that offered to lead the operational action plans are set out below.',
    rows: [
      ['High-risk criminal networks', 'Netherlands', '14 actions'],
      ['Cyber-attacks', 'Germany', '9 actions'],
      ['Trafficking in human beings', 'France', '11 actions'],
    ],
    next: 'In the light of the discussion in the COSI Support Group, the Presidency invites COSI to endorse these choices.',
    language: 'EN',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 5 mai 2025',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    from: 'la présidence',
    to: 'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
    subject: "EMPACT 2026-2029: choix des plans d'action opérationnels",
    parts: ['Introduction', "Plans d'action opérationnels et leurs pilotes", 'Prochaines étapes'],
    introduction: 'En mars 2025, le Conseil a fixé les priorités de l’UE pour la lutte contre la grande criminalité organisée pour 2026-2029.',
    lead: "Les États membres qui se sont proposés pour piloter les plans d'action opérationnels sont indiqués ci-dessous.",
    rows: [
      ['Réseaux criminels à haut risque', 'Pays-Bas', '14 actions'],
      ['Cyberattaques', 'Allemagne', '9 actions'],
      ['Traite des êtres humains', 'France', '11 actions'],
    ],
    next: 'À la lumière de la discussion au sein du groupe de soutien du COSI, la présidence invite le COSI à approuver ces choix.',
    language: 'FR',
  },
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 5. Mai 2025',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    from: 'Vorsitz',
    to: 'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit',
    subject: 'EMPACT 2026-2029: Auswahl der operativen Aktionspläne',
    parts: ['Einleitung', 'Operative Aktionspläne und ihre Leiter', 'Nächste Schritte'],
    introduction: 'Im März 2025 legte der Rat die Prioritäten der EU für die Bekämpfung der schweren und organisierten Kriminalität für 2026-2029 fest.',
    lead: 'Die Mitgliedstaaten, die sich zur Leitung der operativen Aktionspläne bereit erklärt haben, sind nachstehend aufgeführt.',
    rows: [
      ['Hochriskante kriminelle Netzwerke', 'Niederlande', '14 Maßnahmen'],
      ['Cyberangriffe', 'Deutschland', '9 Maßnahmen'],
      ['Menschenhandel', 'Frankreich', '11 Maßnahmen'],
    ],
    next: 'Im Lichte der Beratungen in der COSI-Unterstützungsgruppe ersucht der Vorsitz den COSI, diese Auswahl zu billigen.',
    language: 'DE',
  },
  el: {
    institution: ['Συμβούλιο', 'της Ευρωπαϊκής Ένωσης'],
    placeDate: 'Βρυξέλλες, 5 Μαΐου 2025',
    kind: 'ΣΗΜΕΙΩΜΑ',
    labels: ['Αποστολέας:', 'Αποδέκτης:', 'Θέμα:'],
    from: 'Προεδρία',
    to: 'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια',
    subject: 'EMPACT 2026-2029: επιλογή των επιχειρησιακών σχεδίων δράσης',
    parts: ['Εισαγωγή', 'Επιχειρησιακά σχέδια δράσης και οι επικεφαλής τους', 'Επόμενα βήματα'],
    introduction:
      'Τον Μάρτιο του 2025 το Συμβούλιο καθόρισε τις προτεραιότητες της ΕΕ για την καταπολέμηση του σοβαρού και οργανωμένου εγκλήματος για την περίοδο 2026-2029.',
    lead: 'Τα κράτη μέλη που προσφέρθηκαν να ηγηθούν των επιχειρησιακών σχεδίων δράσης παρατίθενται κατωτέρω.',
    rows: [
      ['Εγκληματικά δίκτυα υψηλού κινδύνου', 'Κάτω Χώρες', '14 δράσεις'],
      ['Κυβερνοεπιθέσεις', 'Γερμανία', '9 δράσεις'],
      ['Εμπορία ανθρώπων', 'Γαλλία', '11 δράσεις'],
    ],
    next: 'Υπό το πρίσμα της συζήτησης στην ομάδα υποστήριξης της COSI, η Προεδρία καλεί τη COSI να εγκρίνει τις επιλογές αυτές.',
    language: 'EL',
  },
};

/** The note as `pdftotext -layout` prints it: the top at the left and right, the labels' rows, the parts, the table indented, the footer. */
function layoutText(version: Version): string {
  const right = (text: string) => `${' '.repeat(49)}${text}`;
  const label = (name: string, value: string) => `${name.padEnd(25)}${value}`;
  return [
    `${version.institution[0].padEnd(49)}${version.placeDate}`,
    `${version.institution[1].padEnd(49)}(OR. en)`,
    right('8730/25'),
    '',
    right('LIMITE'),
    '',
    right('COSI 77'),
    right('ENFOPOL 160'),
    '',
    '',
    version.kind,
    '',
    label(version.labels[0], version.from),
    label(version.labels[1], version.to),
    label(version.labels[2], version.subject),
    '',
    '',
    `1.    ${version.parts[0]}`,
    '',
    version.introduction,
    '',
    `2.    ${version.parts[1]}`,
    '',
    version.lead,
    '',
    ...version.rows.map(([plan, driver, actions], index) => `      ${index + 1}.    ${plan.padEnd(37)}${driver.padEnd(20)}${actions}`),
    '',
    `3.    ${version.parts[2]}`,
    '',
    version.next,
    '',
    '',
    `8730/25${' '.repeat(40)}JV/mk${' '.repeat(45)}1`,
    `JAI.1${' '.repeat(41)}LIMITE${' '.repeat(44)}${version.language}`,
    '\f',
  ].join('\n');
}

/** The shapes a user may hold the text in. */
const SHAPES: Record<string, (text: string) => string> = {
  'as -layout prints it': (text) => text,
  'as a viewer copies it': viewerCopyOfLayout,
  'with its page run into one line': flattenedPages,
};

describe.each(Object.entries(versions))('a note whose numbered table stands right above part 3 (%s)', (_language, version) => {
  it.each(Object.entries(SHAPES))('keeps the table’s last row apart from part 3’s heading, %s', (_shape, make) => {
    const record = expectOk(parseDocument(make(layoutText(version)), 'note.txt'));
    // each section's number and heading, then its paragraphs, in the order printed
    const units = record.sections.flatMap((section) => [
      ...(section.title === null ? [] : [`${section.number ?? ''}. ${section.title}`]),
      ...section.text.map((block) => blocksPlain([block])),
    ]);
    const from = units.findIndex((unit) => unit.endsWith(version.lead));
    expect(units.slice(from + 1, from + 6)).toEqual([
      ...version.rows.map((row, index) => `${index + 1}. ${row.join(' ')}`),
      `3. ${version.parts[2]}`,
      version.next,
    ]);
    // the lead-in over the table is a paragraph of its own, under part 2's heading (also the Greek heading ending on the
    // possessive `τους` over the lead-in's article, `… και οι επικεφαλής τους Τα κράτη μέλη …`, on a page run into one line)
    expect(units.slice(from - 1, from + 1)).toEqual([`2. ${version.parts[1]}`, version.lead]);
  });
});
