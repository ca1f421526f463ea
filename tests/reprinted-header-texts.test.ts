import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { flattenedPages } from './support/flattened-pages.ts';
import { expectOk } from './support/projection.ts';

/**
 * A partial declassification (`9876/25 EXT 1`) whose first page is its own header (the Council's name, place and date
 * of the release, number and `EXT 1`, the kind line, `of document:` / `dated:` / `new status:` and the subject) and
 * whose next page reprints the released note whole, its own header first (the Council's name, its place and date, its
 * number, `LIMITE`, `NOTE`, `From:` / `To:` / `Subject:`), then its numbered paragraphs, one of them withheld. As plain
 * `pdftotext` prints a LibreOffice PDF of it (labels as a column, then their values; each number apart from its text),
 * and each page then run into one line as a copy out of a PDF viewer gives it (its labels then before their values:
 * `of document: dated: new status: Subject: 9876/25 LIMITE 3 June 2025 Public Criminal …`). The record is the EXT 1's
 * (number, date, kind, subject from its own header, the released document's number, day and new status after their
 * labels, and as the record's `released` field: 9876/25, LIMITE, 3 June 2025, its new status as printed); the reprinted
 * header stays in the body, as printed, and no paragraph of the note is lost to it. Written by hand in English, French
 * and German.
 */
interface Version {
  own: string[];
  reprinted: string[];
  paragraphs: string[];
  date: string;
  subject: string;
  footer: (page: number) => string;
}

const versions: Record<string, Version> = {
  en: {
    own: [
      'Council of the',
      'European Union',
      '',
      'Brussels, 12 March 2026',
      '(OR. en)',
      '9876/25',
      'EXT 1',
      '',
      'COSI 101',
      'ENFOPOL 230',
      '',
      'PARTIAL DECLASSIFICATION',
      'of document:',
      'dated:',
      'new status:',
      'Subject:',
      '',
      '9876/25 LIMITE',
      '3 June 2025',
      'Public',
      'Criminal infiltration of the ports of the Union – Exchange of views',
      '',
      'Delegations will find attached the partially declassified version of the above document.',
    ],
    reprinted: [
      'Council of the',
      'European Union',
      '',
      'Brussels, 3 June 2025',
      '(OR. en)',
      '9876/25',
      'LIMITE',
      '',
      'COSI 101',
      'ENFOPOL 230',
      '',
      'NOTE',
      'From:',
      'To:',
      'Subject:',
      '',
      'Presidency',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      'Criminal infiltration of the ports of the Union – Exchange of views',
    ],
    paragraphs: [
      'At its meeting on 12 March 2025, COSI took stock of the first year of the European Ports Alliance.',
      'DELETED',
      'Delegations are invited to reply to the questions set out above at the meeting of COSI on 24 June 2025.',
    ],
    date: '2026-03-12',
    subject: 'Criminal infiltration of the ports of the Union – Exchange of views',
    footer: (page) => `9876/25 EXT 1\nJAI.1\n\nJV/mk\n\n${page}\nEN`,
  },
  fr: {
    own: [
      'Conseil de',
      "l'Union européenne",
      '',
      'Bruxelles, le 12 mars 2026',
      '(OR. en)',
      '9876/25',
      'EXT 1',
      '',
      'COSI 101',
      'ENFOPOL 230',
      '',
      'DÉCLASSIFICATION PARTIELLE',
      'du document:',
      'en date du:',
      'nouveau statut:',
      'Objet:',
      '',
      '9876/25 LIMITE',
      '3 juin 2025',
      'Public',
      "Infiltration criminelle des ports de l'Union – Échange de vues",
      '',
      'Les délégations trouveront ci-joint la version partiellement déclassifiée du document susmentionné.',
    ],
    reprinted: [
      'Conseil de',
      "l'Union européenne",
      '',
      'Bruxelles, le 3 juin 2025',
      '(OR. en)',
      '9876/25',
      'LIMITE',
      '',
      'COSI 101',
      'ENFOPOL 230',
      '',
      'NOTE',
      'Origine:',
      'Destinataire:',
      'Objet:',
      '',
      'présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      "Infiltration criminelle des ports de l'Union – Échange de vues",
    ],
    paragraphs: [
      "Lors de sa réunion du 12 mars 2025, le COSI a fait le point sur la première année de l'Alliance européenne des ports.",
      'DELETED',
      'Les délégations sont invitées à répondre aux questions ci-dessus lors de la réunion du COSI du 24 juin 2025.',
    ],
    date: '2026-03-12',
    subject: "Infiltration criminelle des ports de l'Union – Échange de vues",
    footer: (page) => `9876/25 EXT 1\nJAI.1\n\nJV/mk\n\n${page}\nFR`,
  },
  de: {
    own: [
      'Rat der',
      'Europäischen Union',
      '',
      'Brüssel, den 12. März 2026',
      '(OR. en)',
      '9876/25',
      'EXT 1',
      '',
      'COSI 101',
      'ENFOPOL 230',
      '',
      'TEILWEISE FREIGABE',
      'des Dokuments:',
      'vom:',
      'Neuer Status:',
      'Betr.:',
      '',
      '9876/25 LIMITE',
      '3. Juni 2025',
      'Öffentlich',
      'Kriminelle Unterwanderung der Häfen der Union – Gedankenaustausch',
      '',
      'Die Delegationen erhalten anbei die teilweise freigegebene Fassung des oben genannten Dokuments.',
    ],
    reprinted: [
      'Rat der',
      'Europäischen Union',
      '',
      'Brüssel, den 3. Juni 2025',
      '(OR. en)',
      '9876/25',
      'LIMITE',
      '',
      'COSI 101',
      'ENFOPOL 230',
      '',
      'VERMERK',
      'Absender:',
      'Empfänger:',
      'Betr.:',
      '',
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
      'Kriminelle Unterwanderung der Häfen der Union – Gedankenaustausch',
    ],
    paragraphs: [
      'Auf seiner Sitzung vom 12. März 2025 hat der COSI eine Bilanz des ersten Jahres der Europäischen Hafenallianz gezogen.',
      'DELETED',
      'Die Delegationen werden ersucht, die obigen Fragen auf der Sitzung des COSI vom 24. Juni 2025 zu beantworten.',
    ],
    date: '2026-03-12',
    subject: 'Kriminelle Unterwanderung der Häfen der Union – Gedankenaustausch',
    footer: (page) => `9876/25 EXT 1\nJAI.1\n\nJV/mk\n\n${page}\nDE`,
  },
};

/** The two pages as plain `pdftotext` prints them. */
function pages(version: Version): string {
  const paragraphs = version.paragraphs.flatMap((paragraph, index) => [`${index + 1}.`, '', paragraph, '']);
  return [...version.own, '', version.footer(1), '\f', ...version.reprinted, '', ...paragraphs, version.footer(2), '\f'].join('\n');
}

describe.each(Object.entries(versions))('an EXT 1 that reprints the header of the note it releases (%s)', (_language, version) => {
  it.each([
    ['as plain pdftotext prints it', false],
    ['each page run into one line', true],
  ])(
    'reads its own header with the released document after its labels, keeps the reprinted one in the body and every paragraph after it (%s)',
    (_shape, flat) => {
      const text = flat ? flattenedPages(pages(version)) : pages(version);
      const record = expectOk(parseDocument(text, 'content/sources/ext.txt'));
      expect([record.number, record.kind, record.date, record.limite]).toEqual(['9876/25 EXT 1', 'partial-declassification', version.date, false]);
      expect(record.subject).toBe(version.subject);
      // the released document, its day and its new status after their labels (`of document: 9876/25 LIMITE`)
      const labels = version.own.slice(12, 15);
      const values = version.own.slice(17, 20);
      expect(record.otherHeaderLines).toEqual(expect.arrayContaining(labels.map((label, index) => `${label} ${values[index] ?? ''}`)));
      // and as the record's own field: the released note's number, its marking, its day and its new status as printed
      expect(record.released).toEqual({ number: '9876/25', marking: 'LIMITE', date: '2025-06-03', status: values[2] });
      const blocks = record.sections.flatMap((section) => section.text.map(plain));
      const body = blocks.join(' ');
      // the reprinted header's date and sender stay on the page, as printed
      expect(body).toContain(version.reprinted[3]);
      expect(body).toContain(version.reprinted[16]);
      expect(version.paragraphs.map((paragraph, index) => `${index + 1}. ${paragraph}`).filter((paragraph) => !blocks.includes(paragraph))).toEqual([]);
    },
  );
});
