import { describe, expect, it } from 'vitest';
import { parseDocument } from '../scripts/ingest/parse/parse.ts';
import { plainBlock as plain } from './support/block-text.ts';
import { paperPage, type PaperHead } from './support/discussion-paper.ts';
import { NOTE_HEADS } from './support/note-heads.ts';
import { expectOk } from './support/projection.ts';
import { inShape, TEXT_SHAPES } from './support/text-shapes.ts';

/**
 * A Presidency discussion paper to COSI whose second part, `2. Questions to delegations`, opens straight with its first
 * question, no lead-in above it, the question opening with its verb (`Do Member States agree …?`, `Sind die
 * Mitgliedstaaten …?`, `Είναι τα κράτη μέλη …;`, `Подкрепят ли държавите членки …?`) or, in French, with its subject
 * before the verb and the pronoun repeating it (`Les États membres estiment-ils …?`); in Greek its first part's heading
 * ends on the possessive `τους` (`Τα κράτη μέλη και οι εμπειρίες τους`, the Member States and their experiences) over a
 * paragraph opening with its article (`Η Προεδρία υπενθυμίζει …`). Written by hand in English, German, French, Greek
 * and Bulgarian, the wording of tests/discussion-paper-texts.test.ts, as plain `pdftotext` and `-layout` print it, each
 * page run into one line, and a viewer's copy of `-layout`. Each shape must read each part as a section, its heading as
 * its title and its paragraphs as its text: on a page run into one line, where a heading runs on into its first
 * question or paragraph, the heading ends where the question opens (at its verb or question's word, in Greek also
 * before the question mark `;`) or where the paragraph's article follows the possessive. A page run into one line prints
 * no break between two paragraphs of a part, so there the part's text is its paragraphs joined by a space.
 */
interface Version extends PaperHead {
  parts: { title: string; paragraphs: string[] }[];
}

const versions: Record<string, Version> = {
  en: {
    ...NOTE_HEADS.en,
    values: [
      'Presidency',
      'Standing Committee on Operational Cooperation on Internal Security (COSI)',
      ['Future of the EU Policy Cycle / EMPACT after 2029', '– Presidency discussion paper'],
    ],
    parts: [
      {
        title: 'Introduction',
        paragraphs: [
          'The EU Policy Cycle for organised and serious international crime (EMPACT) has been the main tool of operational cooperation since 2010. The current cycle ends in 2029.',
        ],
      },
      {
        title: 'Questions to delegations',
        paragraphs: [
          'Do Member States agree that the number of EMPACT priorities should be reduced?',
          'Which operational results of the current cycle should the next cycle build on?',
        ],
      },
    ],
  },
  de: {
    ...NOTE_HEADS.de,
    values: [
      'Vorsitz',
      'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit (COSI)',
      ['Zukunft des EU-Politikzyklus / EMPACT nach 2029', '– Diskussionspapier des Vorsitzes'],
    ],
    parts: [
      {
        title: 'Einleitung',
        paragraphs: [
          'Der EU-Politikzyklus zur Bekämpfung der organisierten und schweren internationalen Kriminalität (EMPACT) ist seit 2010 das wichtigste Instrument der operativen Zusammenarbeit. Der derzeitige Zyklus endet 2029.',
        ],
      },
      {
        title: 'Fragen an die Delegationen',
        paragraphs: [
          'Sind die Mitgliedstaaten der Auffassung, dass die Zahl der EMPACT-Prioritäten verringert werden sollte?',
          'Auf welchen operativen Ergebnissen des derzeitigen Zyklus sollte der nächste Zyklus aufbauen?',
        ],
      },
    ],
  },
  fr: {
    ...NOTE_HEADS.fr,
    values: [
      'présidence',
      'Comité permanent de coopération opérationnelle en matière de sécurité intérieure (COSI)',
      ["Avenir du cycle politique de l'UE / EMPACT après 2029", '– document de réflexion de la présidence'],
    ],
    parts: [
      {
        title: 'Introduction',
        paragraphs: [
          "Le cycle politique de l'UE pour lutter contre la grande criminalité internationale organisée (EMPACT) est le principal outil de la coopération opérationnelle depuis 2010. Le cycle actuel prend fin en 2029.",
        ],
      },
      {
        title: 'Questions aux délégations',
        paragraphs: [
          "Les États membres estiment-ils que le nombre de priorités d'EMPACT devrait être réduit?",
          'Sur quels résultats opérationnels du cycle actuel le prochain cycle devrait-il s’appuyer?',
        ],
      },
    ],
  },
  el: {
    ...NOTE_HEADS.el,
    values: [
      'Προεδρία',
      'Μόνιμη Επιτροπή Επιχειρησιακής Συνεργασίας για την Εσωτερική Ασφάλεια (COSI)',
      ['Το μέλλον του κύκλου πολιτικής της ΕΕ / EMPACT μετά το 2029', '– έγγραφο προβληματισμού της Προεδρίας'],
    ],
    parts: [
      {
        title: 'Τα κράτη μέλη και οι εμπειρίες τους',
        paragraphs: [
          'Η Προεδρία υπενθυμίζει ότι, σύμφωνα με την αξιολόγηση της Ευρωπόλ, ο κύκλος πολιτικής της ΕΕ για το σοβαρό και οργανωμένο διεθνές έγκλημα (EMPACT) αποτελεί από το 2010 το κύριο εργαλείο επιχειρησιακής συνεργασίας. Ο τρέχων κύκλος λήγει το 2029.',
        ],
      },
      {
        title: 'Ερωτήσεις προς τις αντιπροσωπίες',
        paragraphs: [
          'Είναι τα κράτη μέλη της άποψης ότι ο αριθμός των προτεραιοτήτων της EMPACT θα πρέπει να μειωθεί;',
          'Σε ποια επιχειρησιακά αποτελέσματα του τρέχοντος κύκλου θα πρέπει να βασιστεί ο επόμενος κύκλος;',
        ],
      },
    ],
  },
  bg: {
    ...NOTE_HEADS.bg,
    values: [
      'Председателството',
      'Постоянния комитет за оперативно сътрудничество в областта на вътрешната сигурност (COSI)',
      ['Бъдещето на цикъла на политиката на ЕС / EMPACT след 2029 г.', '– документ за обсъждане на председателството'],
    ],
    parts: [
      {
        title: 'Въведение',
        paragraphs: [
          'Цикълът на политиката на ЕС за борба с тежката и организираната международна престъпност (EMPACT) е основният инструмент за оперативно сътрудничество от 2010 г. насам. Настоящият цикъл приключва през 2029 г.',
        ],
      },
      {
        title: 'Въпроси към делегациите',
        paragraphs: [
          'Подкрепят ли държавите членки намаляването на броя на приоритетите на EMPACT?',
          'Върху кои оперативни резултати от настоящия цикъл следва да се основава следващият цикъл?',
        ],
      },
    ],
  },
};

/** The paper as plain `pdftotext` prints a LibreOffice PDF of it (`layout` false: each label, value and number apart) or as `-layout` does. */
function paper(version: Version, layout: boolean): string {
  const body = version.parts.flatMap(({ title, paragraphs }, index) => [
    '',
    ...(layout ? [`${index + 1}.      ${title}`] : [`${index + 1}.`, '', title]),
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
  ]);
  return paperPage(version, layout, body);
}

describe.each(Object.entries(versions))('a discussion paper whose questions open under their heading with a verb (%s)', (_language, version) => {
  it.each(TEXT_SHAPES)('reads each part with its heading as its title and its questions as its text (%s)', (_shape, layout, flat) => {
    const record = expectOk(parseDocument(inShape(paper(version, layout), flat), 'content/sources/question-heading.txt'));
    expect([record.number, record.date, record.kind, record.from]).toEqual(['6789/26', '2026-03-04', 'note', version.values[0]]);
    expect(record.subject).toBe(version.values[2].join(' '));
    // a page run into one line prints no break between a part's paragraphs
    const printed = version.parts.map(({ title, paragraphs }, index) => ({
      number: String(index + 1),
      title,
      text: flat === true ? [paragraphs.join(' ')] : paragraphs,
    }));
    expect(record.sections.map((section) => ({ number: section.number, title: section.title, text: section.text.map(plain) }))).toEqual(printed);
  });
});
