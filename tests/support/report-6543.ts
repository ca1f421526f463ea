import { layoutHead } from './layout-head.ts';
import type { LabelledHead } from './note-heads.ts';

/**
 * The head of the Presidency's report on COSI's proceedings, 6543/25 of 27 February 2025 (tests/fixtures/seed-pdf-texts/001),
 * written by hand in each version's words, as `pdftotext -layout` and plain `pdftotext` print its first page: for
 * tests/flat-contents-over-pages-texts.test.ts, tests/flat-layout-wrapped-headings-texts.test.ts and
 * tests/report-sub-sections-texts.test.ts, which give each the subject's lines as their copy wraps them.
 */

/** The head's words in one version: the Council's name over two lines, the place and date, the kind, the labels, sender and recipient. */
export type Head6543 = LabelledHead;

/** The head in each version written so far, by its language code. */
export const HEADS_6543: Readonly<Record<'de' | 'en' | 'es' | 'fr' | 'it' | 'pl', Head6543>> = {
  de: {
    institution: ['Rat der', 'Europäischen Union'],
    placeDate: 'Brüssel, den 27. Februar 2025',
    kind: 'VERMERK',
    labels: ['Absender:', 'Empfänger:', 'Betr.:'],
    from: 'Vorsitz',
    to: 'Delegationen',
  },
  en: {
    institution: ['Council of the', 'European Union'],
    placeDate: 'Brussels, 27 February 2025',
    kind: 'NOTE',
    labels: ['From:', 'To:', 'Subject:'],
    from: 'Presidency',
    to: 'Delegations',
  },
  es: {
    institution: ['Consejo de la', 'Unión Europea'],
    placeDate: 'Bruselas, 27 de febrero de 2025',
    kind: 'NOTA',
    labels: ['De:', 'A:', 'Asunto:'],
    from: 'Presidencia',
    to: 'Delegaciones',
  },
  fr: {
    institution: ['Conseil de', "l'Union européenne"],
    placeDate: 'Bruxelles, le 27 février 2025',
    kind: 'NOTE',
    labels: ['Origine:', 'Destinataire:', 'Objet:'],
    from: 'présidence',
    to: 'délégations',
  },
  it: {
    institution: ['Consiglio', "dell'Unione europea"],
    placeDate: 'Bruxelles, 27 febbraio 2025',
    kind: 'NOTA',
    labels: ['Origine:', 'Destinatario:', 'Oggetto:'],
    from: 'Presidenza',
    to: 'Delegazioni',
  },
  pl: {
    institution: ['Rada Unii', 'Europejskiej'],
    placeDate: 'Bruksela, 27 lutego 2025 r.',
    kind: 'NOTA',
    labels: ['Od:', 'Do:', 'Dotyczy:'],
    from: 'Prezydencja',
    to: 'Delegacje',
  },
};

/** The head as `-layout` prints it: the number and the codes in the right-hand column, the subject's further lines under its first. */
export function layoutHead6543(head: Head6543, subject: readonly string[]): string[] {
  return layoutHead(head, ['6543/25', '', 'COSI 38', 'JAI 236'], subject);
}

/** The head as plain `pdftotext` prints it: each line of the left column, the labels, then their values, the codes last. */
export function plainHead6543(head: Head6543, subject: readonly string[]): string[] {
  return [
    ...head.institution,
    '',
    head.placeDate,
    '(OR. en)',
    '6543/25',
    '',
    head.kind,
    ...head.labels,
    '',
    head.from,
    head.to,
    ...subject,
    '',
    'COSI 38',
    'JAI 236',
  ];
}
