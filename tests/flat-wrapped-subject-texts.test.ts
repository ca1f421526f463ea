import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import type { OkRecord } from '../src/schemas/record.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A note whose subject wraps over two lines and whose body opens with an introduction's heading before paragraph 1, as
 * plain `pdftotext` prints it (`… Working Party` / blank line / `Introduction` / `1.` / blank line / `At its meeting …`),
 * each page then run into one line, as a copy out of a PDF viewer gives it (`… Working Party Introduction 1. At its
 * meeting …`). The heading is the body's, not the subject's last word; a subject whose last part a dash or colon opens
 * keeps such a word (`… – Background`). council-pdf/limite-note-wrapped-subject (8812/1/19 REV 1, made the Council's
 * way), and the same first page written by hand in French and German.
 */
interface Note {
  text: string;
  subject: string;
  heading: string;
}

const notes: Record<string, Note> = {
  fr: {
    text: [
      "Conseil de\nl'Union européenne\n\nBruxelles, le 3 mai 2019\n(OR. en)\n8812/1/19\nREV 1\nLIMITE\nCOSI 71\nENFOPOL 204\n\nNOTE\nOrigine:\nDestinataire:\nN° doc. préc.:\nObjet:",
      'présidence\ndélégations\n8812/19\nProjet de conclusions du Conseil sur le renforcement de la coopération internationale entre les autorités répressives et les parties privées\ncontre l’exploitation sexuelle des enfants en ligne – texte révisé à la suite de la réunion du groupe "Application de la loi"',
      'Introduction\n1.',
      'Lors de sa réunion du 12 avril 2019, le groupe "Application de la loi" a examiné le premier projet de conclusions du Conseil établi par la présidence.',
      '2.\n\nÀ la suite de la réunion, onze États membres et la Commission ont transmis des observations écrites.',
      '8812/1/19 REV 1\nJAI.1\n\nKR/mj\nLIMITE\n\n1\nFR',
    ].join('\n\n'),
    subject:
      'Projet de conclusions du Conseil sur le renforcement de la coopération internationale entre les autorités répressives et les parties privées contre l’exploitation sexuelle des enfants en ligne – texte révisé à la suite de la réunion du groupe "Application de la loi"',
    heading: 'Introduction',
  },
  de: {
    text: [
      'Rat der\nEuropäischen Union\n\nBrüssel, den 3. Mai 2019\n(OR. en)\n8812/1/19\nREV 1\nLIMITE\nCOSI 71\nENFOPOL 204\n\nVERMERK\nAbsender:\nEmpfänger:\nNr. Vordok.:\nBetr.:',
      'Vorsitz\nDelegationen\n8812/19\nEntwurf von Schlussfolgerungen des Rates zur Stärkung der internationalen Zusammenarbeit zwischen Strafverfolgungsbehörden und privaten Parteien\ngegen die sexuelle Ausbeutung von Kindern im Internet – überarbeiteter Text im Anschluss an die Sitzung der Gruppe „Strafverfolgung“',
      'Einleitung\n1.',
      'Die Gruppe „Strafverfolgung“ hat auf ihrer Sitzung vom 12. April 2019 den ersten Entwurf des Vorsitzes für die Schlussfolgerungen des Rates geprüft.',
      '2.\n\nIm Anschluss an die Sitzung sind schriftliche Bemerkungen von elf Mitgliedstaaten und von der Kommission eingegangen.',
      '8812/1/19 REV 1\nJAI.1\n\nKR/mj\nLIMITE\n\n1\nDE',
    ].join('\n\n'),
    subject:
      'Entwurf von Schlussfolgerungen des Rates zur Stärkung der internationalen Zusammenarbeit zwischen Strafverfolgungsbehörden und privaten Parteien gegen die sexuelle Ausbeutung von Kindern im Internet – überarbeiteter Text im Anschluss an die Sitzung der Gruppe „Strafverfolgung“',
    heading: 'Einleitung',
  },
};

/** The body's text, its sections' titles and blocks joined by a space. */
function bodyText(record: OkRecord): string {
  return record.sections
    .flatMap((section) => [section.title ?? '', ...section.text.map((block) => block.inline.map((node) => ('value' in node ? node.value : '')).join(''))])
    .filter((part) => part !== '')
    .join(' ');
}

describe('council-pdf/limite-note-wrapped-subject, plain pdftotext with each page run into one line', () => {
  const path = 'tests/fixtures/council-pdf/limite-note-wrapped-subject/pdftotext.txt';
  const record = expectOk(parseDocument(flattenedPages(readFileSync(path, 'utf8')), 'content/sources/limite-note-wrapped-subject.txt'));

  it('ends the subject before the introduction’s heading, which opens the body', () => {
    expect(record.subject).toBe(
      'Draft Council conclusions on strengthening international cooperation between law enforcement authorities and private parties against the online sexual exploitation of children – revised text following the meeting of the Law Enforcement Working Party',
    );
    expect(bodyText(record).startsWith('Introduction 1. At its meeting on 12 April 2019,')).toBe(true);
  });
});

describe.each(Object.entries(notes))('a note whose body opens with an introduction’s heading (%s), each page run into one line', (_language, note) => {
  const record = expectOk(parseDocument(flattenedPages(note.text), 'content/sources/note.txt'));

  it('ends the subject before the heading, which opens the body', () => {
    expect(record.subject).toBe(note.subject);
    expect(bodyText(record).startsWith(`${note.heading} 1.`)).toBe(true);
  });
});

describe('a subject whose last part a dash opens, each page run into one line', () => {
  const text = [
    'Council of the\nEuropean Union\n\nBrussels, 3 May 2019\n(OR. en)\n8812/19\nLIMITE\nCOSI 71\n\nNOTE\nFrom:\nTo:\nSubject:',
    'Presidency\nDelegations\nStrengthening international cooperation between law enforcement authorities and private parties\nagainst the online sexual exploitation of children – Background',
    '1.\n\nAt its meeting on 12 April 2019, the Law Enforcement Working Party examined the Presidency’s first draft.',
    '8812/19\nJAI.1\n\nKR/mj\nLIMITE\n\n1\nEN',
  ].join('\n\n');
  const record = expectOk(parseDocument(flattenedPages(text), 'content/sources/note.txt'));

  it('keeps the word after the dash in the subject', () => {
    expect(record.subject).toBe(
      'Strengthening international cooperation between law enforcement authorities and private parties against the online sexual exploitation of children – Background',
    );
  });
});
